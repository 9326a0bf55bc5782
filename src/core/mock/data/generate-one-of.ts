import { resolveLocalRef } from '../../contract/resolve-ref.js';
import type { JsonObject } from '../../contract/types.js';
import { isObject } from '../../source/json-object.js';
import { branchIndex, flattenSchema } from './flatten-schema.js';
import type { Walk } from './types.js';

// A `oneOf` value must fit exactly one branch. Branches written without a discriminator often overlap (open
// objects whose properties are a subset of another's, an enum inside a plain string), so the value of one
// branch also fits another and every validator rejects it. Each branch is generated in turn and checked by
// the compiled validator; when every value fits several, one is made distinguishable: a property another
// branch requires is left out, or one is given a value this branch accepts and the others reject.

/** Branch generations (and regenerated property values) one generated value may spend on `oneOf` searches. */
export const SEARCH_BUDGET = 400;
/** Values every validator tells apart by type: what a branch that does not declare a property accepts. */
const PROBES: unknown[] = [0, 'mockforge', true, {}, []];
const MAX_NAMES = 40;
/** A path step into an array's items (see #names). */
const ITEMS: unique symbol = Symbol('items');
type Step = string | typeof ITEMS;

type Generate = (raw: unknown, walk: Walk) => unknown;
type Check = (value: unknown) => boolean;

/** A branch no value was found for that fits it alone, and the branches its best value also fit. */
export interface OneOfOverlap {
  branch: number;
  alsoFits: number[];
}

/**
 * The `oneOf` node `raw` stands for, when the generator must make its value exclusive, and what to
 * generate its branches from; else undefined (also when its branches declare types no value shares: any
 * value of one fits no other). A `oneOf` that is an `allOf` member (Intellifi's `Item`: `allOf: [ItemUpdate,
 * {...}, {oneOf: [...]}]`) counts too, distributed over its branches (see distributedOneOf).
 */
export function exclusiveOneOf(raw: unknown, walk: Walk): { raw: unknown; node: JsonObject } | undefined {
  if (!walk.context.fitsNode || walk.branch !== undefined) return undefined;
  const resolved = resolveLocalRef(walk.context.document, raw);
  if (!isObject(resolved)) return undefined;
  const distributed = Array.isArray(resolved.oneOf) ? undefined : distributedOneOf(resolved, walk);
  const node = distributed ?? resolved;
  if (!Array.isArray(node.oneOf) || node.oneOf.length < 2) return undefined;
  return typesDisjoint(node, walk) ? undefined : { raw: distributed ?? raw, node };
}

const distributedByNode = new WeakMap<object, JsonObject | null>();

/**
 * `allOf: [A, {oneOf: [X, Y]}]` as `oneOf: [{allOf: [A, X]}, {allOf: [A, Y]}]` (the node's other keywords
 * in each branch): the same values (given A, exactly one of X and Y fits), and a search over branches can
 * make one exclusive. Made once per node, so each branch keeps its compiled check.
 */
function distributedOneOf(node: JsonObject, walk: Walk): JsonObject | undefined {
  let made = distributedByNode.get(node);
  if (made === undefined) {
    made = null;
    const members = Array.isArray(node.allOf) ? node.allOf : [];
    const at = members.findIndex((member) => {
      const resolved = resolveLocalRef(walk.context.document, member);
      return isObject(resolved) && Array.isArray(resolved.oneOf) && resolved.oneOf.length > 1;
    });
    if (at >= 0) {
      const { allOf: _allOf, ...own } = node;
      const others = members.filter((_, i) => i !== at);
      const choice = resolveLocalRef(walk.context.document, members[at]) as JsonObject;
      const { oneOf: branches, ...beside } = choice;
      made = {
        oneOf: (branches as unknown[]).map((branch) => ({
          ...own,
          allOf: [...others, { ...beside, allOf: [branch] }],
        })),
      };
    }
    distributedByNode.set(node, made);
  }
  return made ?? undefined;
}

const disjointByNode = new WeakMap<object, boolean>();

/** Whether every branch declares its types (refs followed, `allOf` merged) and no two share one. */
function typesDisjoint(node: JsonObject, walk: Walk): boolean {
  let answer = disjointByNode.get(node);
  if (answer === undefined) {
    const seen = new Set<string>();
    answer = (node.oneOf as unknown[]).every((branch) => {
      const types = declaredTypes(branch, walk);
      if (!types || types.some((t) => seen.has(t))) return false;
      for (const t of types) seen.add(t);
      return true;
    });
    disjointByNode.set(node, answer);
  }
  return answer;
}

/** A branch's types (`integer` counting as a number), or undefined when it does not say or nests a choice. */
function declaredTypes(branch: unknown, walk: Walk): string[] | undefined {
  const resolved = resolveLocalRef(walk.context.document, branch);
  if (!isObject(resolved) || resolved.oneOf !== undefined || resolved.anyOf !== undefined) return undefined;
  const { branch: _branch, ...outer } = walk;
  const flat = flattenSchema(branch, outer).schema;
  const declared = Array.isArray(flat.type) ? flat.type : typeof flat.type === 'string' ? [flat.type] : undefined;
  if (!declared || declared.length === 0) return undefined;
  const types = declared.map((t) => (t === 'integer' ? 'number' : String(t)));
  return flat.nullable === true ? [...types, 'null'] : types;
}

/** Keywords beside `oneOf` that constrain nothing: without others, "fits the node" is "fits one branch". */
const ANNOTATIONS = new Set([
  'oneOf',
  'description',
  'title',
  'example',
  'examples',
  'externalDocs',
  'xml',
  'deprecated',
  'readOnly',
  'writeOnly',
  'default',
]);

/**
 * A value of `node` that fits exactly one of its `oneOf` branches: the branch `walk`'s variant names first,
 * then the others; a value made distinguishable only when no branch's own value is. When none is found
 * (branches identical, or one accepting every value of the others) the first branch's value is returned.
 */
export function generateOneOf(raw: unknown, node: JsonObject, walk: Walk, generate: Generate): unknown {
  const search = new OneOfSearch(raw, node, walk, generate);
  const order = search.order();
  const own = new Map<number, unknown>();
  for (const k of order) {
    if (walk.budget.left <= 0) break;
    const value = search.branchValue(k);
    own.set(k, value);
    if (search.exclusive(value, k)) return value;
  }
  for (const k of order) {
    if (!own.has(k)) break;
    const made = search.distinguish(own.get(k), k);
    if (made.found) return made.value;
  }
  const first = order[0] as number;
  return own.has(first) ? own.get(first) : generate(raw, { ...walk, branch: first });
}

/** Every branch of `node` no value was found for that fits it alone (lint: such branches overlap). */
export function findOneOfOverlaps(node: JsonObject, walk: Walk, generate: Generate): OneOfOverlap[] {
  if (typesDisjoint(node, walk)) return [];
  const search = new OneOfSearch(node, node, walk, generate);
  const out: OneOfOverlap[] = [];
  for (const k of search.order().sort((a, b) => a - b)) {
    const value = search.branchValue(k);
    if (search.exclusive(value, k)) continue;
    const made = search.distinguish(value, k);
    // No value that fits k at all is a generator failure (lint names its keyword elsewhere), not an overlap.
    if (!made.found && made.alsoFits.length > 0) out.push({ branch: k, alsoFits: made.alsoFits });
  }
  return out;
}

class OneOfSearch {
  readonly #raw: unknown;
  readonly #walk: Walk;
  readonly #generate: Generate;
  readonly #branches: unknown[];
  readonly #node: JsonObject;
  readonly #fitsNode: (schema: object) => Check;
  /** Compiled on first use: most searches end at the first branch's own value. */
  readonly #fitsBranch: Array<Check | undefined>;
  readonly #flat = new Map<number, JsonObject>();

  constructor(raw: unknown, node: JsonObject, walk: Walk, generate: Generate) {
    this.#fitsNode = walk.context.fitsNode as (schema: object) => Check;
    this.#raw = raw;
    this.#node = node;
    this.#walk = walk;
    this.#generate = generate;
    this.#branches = node.oneOf as unknown[];
    this.#fitsBranch = this.#branches.map(() => undefined);
  }

  /** The node's own keywords beside `oneOf` (a discriminator, `type`, `properties`) checked too. */
  #fitsWhole(value: unknown): boolean {
    if (Object.keys(this.#node).every((key) => ANNOTATIONS.has(key) || key.startsWith('x-'))) return true;
    return this.#fitsNode(this.#node)(value);
  }

  order(): number[] {
    const count = this.#branches.length;
    const first = branchIndex(this.#walk, count);
    return Array.from({ length: count }, (_, i) => (first + i) % count);
  }

  branchValue(k: number, salt = 0): unknown {
    this.#walk.budget.left--;
    const context =
      salt === 0 ? this.#walk.context : { ...this.#walk.context, seed: `${this.#walk.context.seed}~${salt}` };
    return this.#generate(this.#raw, { ...this.#walk, context, branch: k });
  }

  /** The other branches the value fits. */
  rivals(value: unknown, k: number): number[] {
    return this.#branches.flatMap((_, j) => (j !== k && this.#fits(j, value) ? [j] : []));
  }

  exclusive(value: unknown, k: number): boolean {
    return this.#fits(k, value) && this.rivals(value, k).length === 0 && this.#fitsWhole(value);
  }

  /**
   * Branch k's value (or one regenerated with another seed) changed until no other branch accepts it; when
   * none is found, the fewest other branches a value that fits k was brought down to (none: no value fit k).
   */
  distinguish(value: unknown, k: number): { found: true; value: unknown } | { found: false; alsoFits: number[] } {
    const tries = [value];
    for (let salt = 1; salt <= 2 && this.#walk.budget.left > 0; salt++) tries.push(this.branchValue(k, salt));
    let alsoFits: number[] = [];
    for (const candidate of tries) {
      if (this.exclusive(candidate, k)) return { found: true, value: candidate };
      if (!this.#fits(k, candidate)) continue;
      const rivals = this.rivals(candidate, k);
      if (alsoFits.length === 0 || rivals.length < alsoFits.length) alsoFits = rivals;
      if (!isObject(candidate)) continue;
      const made = this.#reduceRivals(candidate, k);
      if ('value' in made) return { found: true, value: made.value };
      if (made.rivals.length < alsoFits.length) alsoFits = made.rivals;
    }
    return { found: false, alsoFits };
  }

  #fits(k: number, value: unknown): boolean {
    let check = this.#fitsBranch[k];
    if (!check) {
      const branch = this.#branches[k];
      check = isObject(branch) ? this.#fitsNode(branch) : () => branch !== false;
      this.#fitsBranch[k] = check;
    }
    return check(value);
  }

  /** One change at a time, each the one leaving the fewest other branches that accept the value. */
  #reduceRivals(value: JsonObject, k: number): { value: JsonObject } | { rivals: number[] } {
    let current = value;
    let rivals = this.rivals(current, k);
    const candidates = new Map<string, unknown[]>();
    while (rivals.length > 0) {
      let best: { value: JsonObject; rivals: number[] } | undefined;
      for (const next of this.#changes(current, k, candidates)) {
        if (!this.#fits(k, next)) continue;
        const left = this.rivals(next, k);
        if (!best || left.length < best.rivals.length) best = { value: next, rivals: left };
        if (left.length === 0) break;
      }
      if (!best || best.rivals.length >= rivals.length) return { rivals };
      current = best.value;
      rivals = best.rivals;
    }
    return this.#fitsWhole(current) ? { value: current } : { rivals };
  }

  /** Single changes of an object: a property left out, then one set to a value of this branch or a probe. */
  *#changes(current: JsonObject, k: number, candidates: Map<string, unknown[]>): Generator<JsonObject> {
    for (const name of Object.keys(current)) {
      const { [name]: _left, ...rest } = current;
      yield rest;
    }
    for (const name of this.#names(k, [])) {
      let values = candidates.get(name);
      if (!values) {
        values = this.#valuesFor(k, name);
        candidates.set(name, values);
      }
      const now = JSON.stringify(current[name]);
      for (const value of values) if (JSON.stringify(value) !== now) yield { ...current, [name]: value };
      // One level down: a nested object (or an array's first item) told apart by one of its own properties.
      const inner = current[name];
      const item = Array.isArray(inner) ? inner[0] : inner;
      const path: Step[] = Array.isArray(inner) ? [name, ITEMS] : [name];
      if (!isObject(item)) continue;
      for (const innerName of this.#names(k, path))
        for (const probe of PROBES) {
          const changed = { ...item, [innerName]: probe };
          yield { ...current, [name]: Array.isArray(inner) ? [changed, ...inner.slice(1)] : changed };
        }
    }
  }

  /** Property names any branch declares at `path` (branch k's first), at most MAX_NAMES. */
  #names(k: number, path: Step[]): string[] {
    const names = new Set<string>();
    for (const j of [k, ...this.#branches.keys()]) {
      let schema: unknown = this.#flatBranch(j);
      for (const step of path)
        schema = this.#flatten(step === ITEMS ? (schema as JsonObject).items : propertiesOf(schema)[step]);
      for (const name of Object.keys(propertiesOf(schema))) names.add(name);
    }
    return [...names].slice(0, MAX_NAMES);
  }

  /** Values branch k may give a property: its enum, two generated ones, and values of every JSON type. */
  #valuesFor(k: number, name: string): unknown[] {
    const declared = propertiesOf(this.#flatBranch(k))[name];
    if (declared === undefined) return PROBES;
    const flat = this.#flatten(declared);
    const out = Array.isArray(flat.enum) ? flat.enum.slice(0, 6) : [];
    const { branch: _branch, ...walk } = this.#walk;
    for (let salt = 1; salt <= 2 && this.#walk.budget.left > 0; salt++) {
      this.#walk.budget.left--;
      const context = { ...walk.context, seed: `${walk.context.seed}~${name}~${salt}` };
      out.push(this.#generate(declared, { ...walk, context, path: [...walk.path, name], depth: walk.depth + 1 }));
    }
    return [...out, ...PROBES];
  }

  #flatBranch(j: number): JsonObject {
    let flat = this.#flat.get(j);
    if (!flat) {
      flat = this.#flatten(this.#branches[j]);
      this.#flat.set(j, flat);
    }
    return flat;
  }

  #flatten(raw: unknown): JsonObject {
    const { branch: _branch, ...walk } = this.#walk;
    return flattenSchema(raw, walk).schema;
  }
}

function propertiesOf(schema: unknown): JsonObject {
  return isObject(schema) && isObject(schema.properties) ? schema.properties : {};
}

/** `2 (Refused)` for a ref to a component, `2` for an inline branch (1-based, as people count). */
export function branchName(branches: unknown[], k: number): string {
  const ref = (branches[k] as JsonObject | undefined)?.$ref;
  const component = typeof ref === 'string' ? /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1] : undefined;
  return component ? `${k + 1} (${component})` : String(k + 1);
}
