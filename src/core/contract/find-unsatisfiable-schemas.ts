import { appendPointer, parsePointer } from '../source/json-pointer.js';
import type { JsonObject } from './types.js';

export interface UnsatisfiableSchema {
  /** The component that no finite value fits, e.g. `Node`. */
  name: string;
  /** The `$ref` node (bundled pointer) through which it needs itself, e.g. `.../properties/next`. */
  refAt: string;
  /** The component that ref names. */
  needs: string;
}

const SCHEMAS = '/components/schemas/';
const MAX_DEPTH = 64;

/**
 * Component schemas no finite value can satisfy: an object that requires itself (`Node` with
 * `required: [next]`, `next: Node`), directly or through other schemas, with no way out (an optional,
 * nullable or empty-array step, or another `anyOf`/`oneOf` branch). Nothing sent, served or generated can
 * fit them. A least fixpoint: a schema is satisfiable when what it requires is; each is evaluated again only
 * when one of the schemas it refers to turns out satisfiable.
 */
export function findUnsatisfiableSchemas(document: JsonObject): UnsatisfiableSchema[] {
  const schemas = ((document.components as JsonObject | undefined)?.schemas ?? {}) as JsonObject;
  if (schemas === null || typeof schemas !== 'object') return [];
  const names = Object.keys(schemas);
  const satisfiable = new Set<string>();
  const dependents = new Map<string, string[]>();
  const queue = [...names];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (satisfiable.has(name)) continue;
    const needed = new Set<string>();
    if (isSatisfiable(schemas[name], schemas, satisfiable, needed, 0)) {
      satisfiable.add(name);
      queue.push(...(dependents.get(name) ?? []));
      dependents.delete(name);
    } else {
      for (const other of needed) {
        const waiting = dependents.get(other);
        if (waiting) waiting.push(name);
        else dependents.set(other, [name]);
      }
    }
  }
  const found: UnsatisfiableSchema[] = [];
  for (const name of names) {
    if (satisfiable.has(name)) continue;
    const culprit = findCulprit(schemas[name], appendPointer('/components/schemas', name), schemas, satisfiable, 0);
    if (culprit) found.push({ name, ...culprit });
  }
  return found;
}

function componentOf(ref: unknown, schemas: JsonObject): string | undefined {
  if (typeof ref !== 'string' || !ref.startsWith(`#${SCHEMAS}`)) return undefined;
  const name = parsePointer(ref).at(-1);
  return name !== undefined && Object.hasOwn(schemas, name) ? name : undefined;
}

function allowsNull(node: JsonObject): boolean {
  return node.nullable === true || node.type === 'null' || (Array.isArray(node.type) && node.type.includes('null'));
}

/** The parts a value of `node` must satisfy: [pointer suffix, sub-schema], and whether any one of them will do. */
function requiredParts(node: JsonObject): { all: Array<[string[], unknown]>; any: Array<[string[], unknown]> } {
  const all: Array<[string[], unknown]> = [];
  const any: Array<[string[], unknown]> = [];
  if (Array.isArray(node.allOf)) for (const [i, part] of node.allOf.entries()) all.push([['allOf', String(i)], part]);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = node[key];
    if (Array.isArray(branches)) for (const [i, part] of branches.entries()) any.push([[key, String(i)], part]);
  }
  const properties = node.properties as JsonObject | undefined;
  if (Array.isArray(node.required) && properties && typeof properties === 'object') {
    for (const name of node.required) {
      if (typeof name === 'string' && Object.hasOwn(properties, name))
        all.push([['properties', name], properties[name]]);
    }
  }
  if (typeof node.minItems === 'number' && node.minItems > 0 && node.items !== undefined) {
    all.push([['items'], node.items]);
  }
  return { all, any };
}

function isSatisfiable(
  node: unknown,
  schemas: JsonObject,
  satisfiable: ReadonlySet<string>,
  needed: Set<string>,
  depth: number,
): boolean {
  if (node === null || typeof node !== 'object' || Array.isArray(node) || depth > MAX_DEPTH) return true;
  const schema = node as JsonObject;
  if (allowsNull(schema)) return true;
  const component = componentOf(schema.$ref, schemas);
  if (component !== undefined) {
    needed.add(component);
    return satisfiable.has(component);
  }
  const { all, any } = requiredParts(schema);
  const fits = (part: unknown) => isSatisfiable(part, schemas, satisfiable, needed, depth + 1);
  return all.every(([, part]) => fits(part)) && (any.length === 0 || any.some(([, part]) => fits(part)));
}

/** The first `$ref` on the way down that names an unsatisfiable component: where the loop closes. */
function findCulprit(
  node: unknown,
  pointer: string,
  schemas: JsonObject,
  satisfiable: ReadonlySet<string>,
  depth: number,
): { refAt: string; needs: string } | undefined {
  if (node === null || typeof node !== 'object' || Array.isArray(node) || depth > MAX_DEPTH) return undefined;
  const schema = node as JsonObject;
  if (allowsNull(schema)) return undefined;
  const component = componentOf(schema.$ref, schemas);
  if (component !== undefined) return satisfiable.has(component) ? undefined : { refAt: pointer, needs: component };
  const { all, any } = requiredParts(schema);
  const ignore = new Set<string>();
  const parts = any.every(([, part]) => !isSatisfiable(part, schemas, satisfiable, ignore, depth + 1))
    ? [...all, ...any]
    : all;
  for (const [suffix, part] of parts) {
    const found = findCulprit(part, appendPointer(pointer, ...suffix), schemas, satisfiable, depth + 1);
    if (found) return found;
  }
  return undefined;
}
