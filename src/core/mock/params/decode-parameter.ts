import type { RawValue } from './convert-strings.js';
import type { ParameterSpec } from './parameter-spec.js';
import { formDecode, type RawPairs, reservedDecode } from './query-pairs.js';

/** Where a request's parameters come from, each still as sent. */
export interface ParameterSources {
  /** Path parameters by name, percent-decoded segment text. */
  path: Readonly<Record<string, string>>;
  /** The query as encoded pairs, Prism's `__` keys left out. */
  query: RawPairs;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The Cookie header as pairs. */
  cookies: RawPairs;
  /** Names of every declared parameter of the location, which an exploded object must not claim. */
  declared: ReadonlySet<string>;
}

/** A value that does not have its style's form (a `label` path parameter without its leading `.`). */
export class StyleMismatch {
  constructor(readonly message: string) {}
}

/**
 * Decodes one parameter by its `style` and `explode` (OpenAPI 3.0/3.1 "Style Values" table): the text
 * split into a list or a map as its schema's shape asks; undefined when the request does not carry it.
 */
export function decodeParameter(spec: ParameterSpec, sources: ParameterSources): RawValue | StyleMismatch | undefined {
  switch (spec.in) {
    case 'path': {
      const text = sources.path[spec.name];
      return text === undefined ? undefined : decodePath(spec, text);
    }
    case 'header': {
      const header = sources.headers[spec.key];
      if (header === undefined) return undefined;
      const text = Array.isArray(header) ? header.join(', ') : header;
      return splitSimple(spec, text, true);
    }
    case 'query':
      return decodePairs(spec, sources.query, sources.declared, spec.allowReserved ? reservedDecode : formDecode);
    case 'cookie':
      return decodePairs(spec, sources.cookies, sources.declared, formDecode);
  }
}

/** Query, cookie and form-body values: `form`, `spaceDelimited`, `pipeDelimited`, `deepObject`. */
export function decodePairs(
  spec: ParameterSpec,
  pairs: RawPairs,
  declared: ReadonlySet<string>,
  decode: (raw: string) => string,
): RawValue | StyleMismatch | undefined {
  if (spec.shape === 'object' && spec.style === 'deepObject') return decodeDeepObject(spec.name, pairs, decode);
  if (spec.shape === 'object' && spec.explode) return collectProperties(spec, pairs, declared, decode);
  const values: string[] = [];
  for (const [rawKey, rawValue] of pairs) if (formDecode(rawKey) === spec.name) values.push(decode(rawValue));
  if (values.length === 0) return undefined;
  if (spec.shape === 'primitive') return values.length === 1 ? (values[0] as string) : values;
  if (spec.explode) return spec.shape === 'array' ? values : pairsToObject(values);
  if (values.length > 1) {
    return new StyleMismatch(
      `sent ${values.length} times; style ${spec.style} without explode sends one delimited value`,
    );
  }
  const delimiter = spec.style === 'spaceDelimited' ? ' ' : spec.style === 'pipeDelimited' ? '|' : ',';
  const parts = (values[0] as string).split(delimiter);
  return spec.shape === 'array' ? parts : pairsToObject(parts);
}

/** An exploded object spreads its properties over the query: `?offset=1&limit=10` for `pagination`. */
function collectProperties(
  spec: ParameterSpec,
  pairs: RawPairs,
  declared: ReadonlySet<string>,
  decode: (raw: string) => string,
): RawValue | undefined {
  const object: Record<string, RawValue> = {};
  let found = false;
  for (const [rawKey, rawValue] of pairs) {
    const key = formDecode(rawKey);
    const mine = spec.properties.has(key) || (spec.openProperties && !declared.has(key));
    if (!mine || key === '__proto__') continue;
    const value = decode(rawValue);
    const existing = object[key];
    object[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
    found = true;
  }
  return found ? object : undefined;
}

/** `filter[color]=red&filter[size][max]=3` -> {color: 'red', size: {max: '3'}}. */
function decodeDeepObject(name: string, pairs: RawPairs, decode: (raw: string) => string): RawValue | undefined {
  let object: Record<string, RawValue> | undefined;
  for (const [rawKey, rawValue] of pairs) {
    const key = formDecode(rawKey);
    if (!key.startsWith(`${name}[`)) continue;
    const path = [...key.slice(name.length).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] as string);
    // `a[tags][]=x` appends to a list, like `a[tags]=x&a[tags]=y`.
    while (path.at(-1) === '') path.pop();
    if (path.length === 0 || path.includes('__proto__')) continue;
    object ??= {};
    let node = object;
    for (const segment of path.slice(0, -1)) {
      const next = node[segment];
      if (next === undefined || typeof next === 'string' || Array.isArray(next)) node[segment] = {};
      node = node[segment] as Record<string, RawValue>;
    }
    const last = path.at(-1) as string;
    const value = decode(rawValue);
    const existing = node[last];
    node[last] =
      existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing as string, value];
  }
  return object;
}

/** Path styles: `simple` (`a,b`), `label` (`.a.b`, `.a,b`), `matrix` (`;id=a;id=b`, `;id=a,b`). */
function decodePath(spec: ParameterSpec, text: string): RawValue | StyleMismatch {
  if (spec.style === 'label') {
    if (!text.startsWith('.')) return new StyleMismatch(`'${text}' is not label style (it starts with '.')`);
    const body = text.slice(1);
    if (spec.shape === 'primitive') return body;
    return splitSimple(spec, spec.explode ? body.split('.').join(',') : body, false);
  }
  if (spec.style === 'matrix') {
    if (!text.startsWith(';')) return new StyleMismatch(`'${text}' is not matrix style (it starts with ';')`);
    const parts = text.split(';').filter((p) => p !== '');
    if (spec.shape === 'object' && spec.explode) return splitSimple(spec, parts.join(','), false);
    const values = parts.map((p) => (p.startsWith(`${spec.name}=`) ? p.slice(spec.name.length + 1) : p));
    if (spec.shape === 'primitive') return values[0] ?? '';
    return spec.explode ? values : splitSimple(spec, values.join(','), false);
  }
  return splitSimple(spec, text, false);
}

/** `simple` style: `a,b,c`; objects `k,v,k,v`, or `k=v,k=v` when exploded. */
function splitSimple(spec: ParameterSpec, text: string, trim: boolean): RawValue {
  if (spec.shape === 'primitive') return text;
  const parts = text.split(',').map((p) => (trim ? p.trim() : p));
  if (spec.shape === 'array') return parts;
  if (!spec.explode) return pairsToObject(parts);
  const object: Record<string, RawValue> = {};
  for (const part of parts) {
    const index = part.indexOf('=');
    const key = index < 0 ? part : part.slice(0, index);
    if (key !== '__proto__') object[key] = index < 0 ? '' : part.slice(index + 1);
  }
  return object;
}

function pairsToObject(parts: string[]): Record<string, RawValue> {
  const object: Record<string, RawValue> = {};
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const key = parts[i] as string;
    if (key !== '__proto__') object[key] = parts[i + 1] as string;
  }
  return object;
}
