import type { JsonObject } from '../../contract/types.js';
import { patternRegex } from '../../schema/read-pattern.js';
import { generateForSchema } from '../response/example-data.js';
import type { ResourceBinding } from './seed-state.js';

/** Keywords that make an id field more than "any string": a readable `<singular>_<n>` would not fit. */
const CONSTRAINING = ['pattern', 'format', 'enum', 'const', 'minLength', 'maxLength'];

/**
 * A new id for a record: `readable` (`order_1001`) when the id field takes any string, else a value
 * generated from the field's schema with `seed`, so that the id fits the contract (Twilio's
 * `^CA[0-9a-fA-F]{32}$` sids, uuids, integers) and requests naming it pass validation.
 */
export function mintId(binding: ResourceBinding | undefined, readable: string, seed: number): string {
  const schema = binding?.resource.idSchema;
  if (!binding || !schema || !constrains(schema)) return readable;
  const value = generateForSchema(schema, { ...binding.data, seed }, 'response');
  return typeof value === 'string' || typeof value === 'number' ? String(value) : readable;
}

/** The id as the record stores it: a number where the id field is numeric. */
export function idValue(binding: ResourceBinding | undefined, id: string): string | number {
  const type = binding?.resource.idSchema?.type;
  return (type === 'integer' || type === 'number') && id.trim() !== '' && Number.isFinite(Number(id)) ? Number(id) : id;
}

/** Whether `id` could be a record's id: it fits the id schema's type, enum, length and pattern. */
export function idFits(binding: ResourceBinding | undefined, id: string): boolean {
  const schema = binding?.resource.idSchema;
  if (!schema) return true;
  const type = schema.type;
  if ((type === 'integer' || type === 'number') && !(id.trim() !== '' && Number.isFinite(Number(id)))) return false;
  if (Array.isArray(schema.enum) && !schema.enum.map(String).includes(id)) return false;
  if (typeof schema.minLength === 'number' && id.length < schema.minLength) return false;
  if (typeof schema.maxLength === 'number' && id.length > schema.maxLength) return false;
  return typeof schema.pattern !== 'string' || patternRegex(schema.pattern)?.test(id) !== false;
}

function constrains(schema: JsonObject): boolean {
  return CONSTRAINING.some((keyword) => keyword in schema) || schema.type === 'integer' || schema.type === 'number';
}
