import { patternRegex } from '../../schema/read-pattern.js';
import { stringForPattern } from '../../schema/string-for-pattern.js';
import { dateTimeFrom, hex, hintString, randomWord, uuidFrom } from './name-hints.js';
import { between, fieldName, personaAt, pick, type Random, randomAt } from './pick.js';
import type { FlatSchema, Walk } from './types.js';

const PATTERN_TRIES = 3;

/** A string for the schema: format, then pattern, then the field name's hint, then words; lengths honoured. */
export function generateString(schema: FlatSchema, walk: Walk): string {
  const random = randomAt(walk);
  const format = typeof schema.format === 'string' ? schema.format : undefined;
  if (format) {
    const formatted = formatValue(format, walk, random);
    if (formatted !== undefined && fits(formatted, schema)) return formatted;
  }
  if (typeof schema.pattern === 'string') {
    const lengths = {
      minLength: numberOr(schema.minLength, 0),
      maxLength: numberOr(schema.maxLength, Number.POSITIVE_INFINITY),
    };
    for (let i = 0; i < PATTERN_TRIES; i++) {
      const value = stringForPattern(schema.pattern, randomAt(walk, `pattern${i}`), lengths);
      if (value !== undefined && fits(value, schema)) return value;
    }
  }
  const hinted = hintString(fieldName(walk), walk.entity, random, personaAt(walk));
  if (hinted !== undefined && fits(hinted, schema)) return hinted;
  return sizeTo(`${randomWord(random)}-${between(random, 100, 999)}`, schema, random);
}

/** Values for the formats of OpenAPI, JSON Schema and common vendor extensions (Twilio's). */
function formatValue(format: string, walk: Walk, random: Random): string | undefined {
  const hinted = hintString(fieldName(walk), walk.entity, random, personaAt(walk));
  switch (format) {
    case 'email':
    case 'idn-email':
      return hinted?.includes('@') ? hinted : `user${between(random, 1, 999)}@example.com`;
    case 'uuid':
      return uuidFrom(random);
    case 'date-time':
      return dateTimeFrom(random);
    case 'date':
      return dateTimeFrom(random).slice(0, 10);
    case 'time':
      return `${dateTimeFrom(random).slice(11, 19)}Z`;
    case 'duration':
      return `PT${between(random, 1, 59)}M`;
    case 'uri':
    case 'url':
    case 'iri':
    case 'uri-reference':
    case 'iri-reference':
      return hinted?.startsWith('https://')
        ? hinted
        : `https://example.com/${randomWord(random)}/${between(random, 1, 999)}`;
    case 'uri-template':
      return `https://example.com/${randomWord(random)}/{id}`;
    case 'hostname':
    case 'idn-hostname':
      return `${randomWord(random)}.example.com`;
    case 'ipv4':
      return `192.0.2.${between(random, 1, 254)}`;
    case 'ipv6':
      return `2001:db8::${hex(random, 4).replace(/^0+(?=.)/, '')}`;
    case 'byte':
      return Buffer.from(`${randomWord(random)}-${between(random, 100, 999)}`).toString('base64');
    case 'binary':
      return `${randomWord(random)}-${between(random, 100, 999)}`;
    case 'password':
      return `Pw-${randomWord(random)}-${between(random, 1000, 9999)}`;
    case 'json-pointer':
      return `/${randomWord(random)}/${between(random, 0, 9)}`;
    case 'regex':
      return '^[a-z]+$';
    case 'phone':
    case 'phone-number':
      return `+1555${String(between(random, 0, 9999999)).padStart(7, '0')}`;
    case 'date-time-rfc-2822':
      return new Date(dateTimeFrom(random)).toUTCString().replace('GMT', '+0000');
    case 'http-method':
      return pick(random, ['GET', 'POST']);
    case 'currency':
      return pick(random, ['USD', 'EUR', 'GBP']);
    case 'iso-country-code':
      return pick(random, ['US', 'DE', 'JP']);
    default:
      return undefined;
  }
}

/** Pads or cuts a free-form string to the schema's lengths. */
function sizeTo(text: string, schema: FlatSchema, random: Random): string {
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Number.POSITIVE_INFINITY;
  let out = text;
  while ([...out].length < min) out += randomWord(random);
  return [...out].slice(0, Math.max(max, 0)).join('');
}

/** Lengths (in code points, as JSON Schema counts) and every pattern of the schema. */
export function fits(value: string, schema: FlatSchema): boolean {
  const length = [...value].length;
  if (typeof schema.minLength === 'number' && length < schema.minLength) return false;
  if (typeof schema.maxLength === 'number' && length > schema.maxLength) return false;
  const patterns = [schema.pattern, ...(schema['x-mf-patterns'] ?? [])];
  for (const pattern of patterns) {
    if (typeof pattern === 'string' && patternRegex(pattern)?.test(value) === false) return false;
  }
  return true;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}
