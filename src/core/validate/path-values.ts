import { resolveLocalRef } from '../contract/resolve-ref.js';
import type { JsonObject, LoadedContract, Operation } from '../contract/types.js';
import { resolveChild } from '../mock/contract-node.js';
import { namedExamples } from '../mock/data/generate-example.js';
import { createRandom, hashSeed } from '../mock/random.js';
import { stringForPattern } from '../schema/string-for-pattern.js';
import { isObject } from '../source/json-object.js';
import { type IdSource, type KnownIds, namesNoResource, normaliseName } from './known-ids.js';
import { sampleValue } from './sample-value.js';

export interface PathValue {
  value: string;
  source: IdSource;
}

export interface PathValueInputs {
  contract: LoadedContract;
  operation: Operation;
  known: KnownIds;
  /** From the scenario step that calls the operation. */
  scenario?: Record<string, string> | undefined;
  /** A resource created earlier in a chain. */
  override?: Record<string, string> | undefined;
  /** Whether a value fits the parameter's schema (strings coerced as the service would). */
  fits: (parameter: JsonObject, value: string) => boolean;
}

/**
 * A value for each path parameter, real ids first: the scenario's, then what the service showed during the
 * run (URLs in bodies that match this path, the items of the list one level up, fields named like the
 * parameter); only then made-up ones: the parameter's example, the response schema's id example or
 * pattern (`sid: ^PN[0-9a-f]{32}$`), a value built from the parameter's schema, and last `phone_number_123`.
 */
export function resolvePathValues(inputs: PathValueInputs): Record<string, PathValue> {
  const { operation, known } = inputs;
  const out: Record<string, PathValue> = {};
  const parameters = operation.parameters.filter((p) => p.in === 'path');
  const names = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  const byName = new Map(parameters.map((p) => [String(p.name), p]));
  const consistent = (set: Record<string, string>) =>
    Object.entries(out).every(([name, known]) => set[name] === undefined || set[name] === known.value);
  for (const name of names) {
    const parameter = byName.get(name) ?? { name, in: 'path', schema: { type: 'string' } };
    // A value with a '/' is no single segment (Azure lists name each item by its whole resource path,
    // `/subscriptions/s/.../automationAccounts/a`): sent as %2F, servers and proxies refuse it, the mock too.
    const fits = (value: string | undefined): value is string =>
      value !== undefined && !value.includes('/') && inputs.fits(parameter, value);
    const real = (): PathValue | undefined => {
      if (inputs.scenario?.[name] !== undefined) return { value: inputs.scenario[name], source: 'scenario' };
      if (inputs.override?.[name] !== undefined) return { value: inputs.override[name], source: 'captured' };
      const linked = known.linked(operation).find((set) => consistent(set) && fits(set[name]))?.[name];
      if (linked !== undefined) return { value: linked, source: 'link' };
      const listed = known.listed(listPath(operation.path, name, out)).find(fits);
      if (listed !== undefined) return { value: listed, source: 'list' };
      if (namesNoResource(name)) return undefined;
      const named = known.named(name).find(fits);
      return named !== undefined ? { value: named, source: 'captured' } : undefined;
    };
    out[name] = real() ?? madeUpPathValue(inputs.contract, operation, parameter);
  }
  return out;
}

/** The concrete path of the list one level above a parameter: `/v1/Services/MG1/PhoneNumbers` for `{Sid}`. */
export function listPath(template: string, name: string, values: Record<string, PathValue>): string {
  const segments = template.split('/');
  const index = segments.findIndex((s) => s.includes(`{${name}}`));
  const suffix = (segments[index] ?? '').replace(`{${name}}`, ''); // `{Sid}.json` lists at `Calls.json`
  const prefix = segments.slice(0, index).map((s) => s.replace(/\{([^}]+)\}/g, (_, n) => values[n]?.value ?? `{${n}}`));
  if (suffix && prefix.length > 1) prefix[prefix.length - 1] += suffix;
  return prefix.join('/');
}

/**
 * A value nobody showed us: the parameter's example, the response schema's own id (its example, else its
 * pattern), a value built from the parameter's schema, else a persona-like id (`phone_number_123`).
 */
export function madeUpPathValue(contract: LoadedContract, operation: Operation, parameter: JsonObject): PathValue {
  const document = contract.document;
  const name = String(parameter.name);
  if ('example' in parameter) return { value: serialise(parameter.example), source: 'example' };
  const first = namedExamples(parameter, document).values().next();
  if (!first.done) return { value: serialise(first.value), source: 'example' };
  const schema = (resolveLocalRef(document, parameter.schema) ?? {}) as JsonObject;
  const constrained = schema.pattern || schema.format || schema.enum || schema.const !== undefined;
  if (!constrained) {
    const fromResponse = responseIdValue(contract, operation, name);
    if (fromResponse) return fromResponse;
  }
  const value = serialise(sampleValue(schema, document, name));
  if (value !== `${name}_1`) return { value, source: constrained ? 'example' : 'invented' };
  const before = operation.path.split(`/{${name}}`)[0]?.split('/').at(-1) ?? '';
  const noun = before && !before.includes('{') ? before.replace(/ies$/, 'y').replace(/s$/, '') : name;
  return { value: `${noun}_123`, source: 'invented' };
}

/** The id field of the resource this path names (`sid` of the item GET's 200), as its example or pattern shows it. */
function responseIdValue(contract: LoadedContract, operation: Operation, name: string): PathValue | undefined {
  const document = contract.document;
  const last = operation.path.endsWith(`{${name}}`) || /\{[^}]+\}\.\w+$/.test(operation.path);
  const item = contract.operations.find((o) => o.path === operation.path && o.method === 'get') ?? operation;
  const responses = resolveChild(document, item.pointer, 'responses')?.node ?? {};
  const success = Object.keys(responses).find((k) => /^2/.test(k));
  if (!success) return undefined;
  const media = resolveChild(document, item.pointer, 'responses', success, 'content', 'application/json');
  const schema = resolveLocalRef(document, media?.node.schema);
  if (!isObject(schema) || !isObject(schema.properties)) return undefined;
  const wanted = normaliseName(name);
  const key =
    Object.keys(schema.properties).find((k) => normaliseName(k) === wanted) ??
    (last ? Object.keys(schema.properties).find((k) => /^(id|sid|uuid)$/i.test(k)) : undefined);
  const field = key ? (resolveLocalRef(document, schema.properties[key]) as JsonObject | undefined) : undefined;
  if (!field) return undefined;
  if (typeof field.example === 'string') return { value: field.example, source: 'example' };
  const fromPattern =
    typeof field.pattern === 'string'
      ? stringForPattern(field.pattern, createRandom(hashSeed(field.pattern, name)))
      : undefined;
  return fromPattern === undefined ? undefined : { value: fromPattern, source: 'example' };
}

function serialise(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
