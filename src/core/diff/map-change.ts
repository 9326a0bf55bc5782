import type { LoadedContract } from '../contract/types.js';
import type { OasdiffChange } from '../oasdiff/run-oasdiff.js';
import { appendPointer, getAtPointer } from '../source/json-pointer.js';
import type { ContractChange, DiffLocation } from './types.js';

/** One side of a diff: the bundled contract and the pointer of every line of the YAML oasdiff read. */
export interface DiffSide {
  contract: LoadedContract;
  linePointers: readonly string[];
  /** Turns a location in this side's files into the one shown (e.g. temp copy of a git ref -> repo path). */
  present: (location: DiffLocation) => DiffLocation;
  /** Whether a node exists, when the side can tell without parsing its document. */
  has?: ((pointer: string) => boolean) | undefined;
  /** The scalar at a pointer, when the side can tell without parsing its document. */
  scalar?: ((pointer: string) => unknown) | undefined;
}

/** Existence and scalar values from the side's line index when it has one, else from its document. */
const exists = (side: DiffSide, pointer: string) =>
  side.has ? side.has(pointer) : getAtPointer(side.contract.document, pointer) !== undefined;
const valueAt = (side: DiffSide, pointer: string) =>
  side.scalar ? side.scalar(pointer) : getAtPointer(side.contract.document, pointer);

/** Where a change happened: oasdiff's line in the YAML we gave it -> bundled pointer -> original file:line. */
export function mapChange(
  change: OasdiffChange,
  base: DiffSide,
  head: DiffSide,
): Omit<ContractChange, 'key' | 'consumers'> {
  const headPointer = change.revisionSource ? head.linePointers[change.revisionSource.line - 1] : undefined;
  let basePointer = change.baseSource ? base.linePointers[change.baseSource.line - 1] : undefined;
  const method = change.operation?.toLowerCase();
  const operationPointer = change.path !== undefined && method ? operationPointerOf(change.path, method) : undefined;
  if (basePointer === undefined && headPointer === undefined && operationPointer !== undefined) {
    if (exists(base, operationPointer)) basePointer = operationPointer;
  }
  const at =
    headPointer !== undefined
      ? { ...locate(head, headPointer), exact: true }
      : { ...locate(head, fallbackPointer(change, basePointer, operationPointer, base, head)), exact: false };
  return {
    id: change.id,
    level: change.level >= 3 ? 'error' : 'warning',
    text: change.text,
    ...(change.path !== undefined && change.operation
      ? {
          operation: {
            method: change.operation.toUpperCase(),
            path: change.path,
            ...(change.operationId ? { operationId: change.operationId } : {}),
          },
        }
      : {}),
    location: { file: at.file, line: at.line, column: at.column, ...(at.ref ? { ref: at.ref } : {}) },
    exact: at.exact,
    ...(basePointer !== undefined ? { baseLocation: locate(base, basePointer) } : {}),
  };
}

/**
 * For a change oasdiff located only in the base: the nearest surviving parent in the head. When all that
 * survives is the components section (the schema the operation used is gone), the operation is nearer:
 * its parameter of the same name, or the operation itself.
 */
function fallbackPointer(
  change: OasdiffChange,
  basePointer: string | undefined,
  operationPointer: string | undefined,
  base: DiffSide,
  head: DiffSide,
): string {
  const survivor = survivingPointer(basePointer ?? operationPointer ?? '', base, head);
  if (depth(survivor) > 2 || operationPointer === undefined) return survivor;
  const operation = survivingPointer(operationPointer, base, head);
  if (operation !== operationPointer) return depth(survivor) >= depth(operation) ? survivor : operation;
  const parameter = /`(query|header|path|cookie)` request parameter `([^`]+)`/.exec(change.text);
  if (parameter) {
    const [, where, name] = parameter;
    // The operation's own parameter first (it overrides a path-level one of the same name and place).
    const pathItem = operationPointer.slice(0, operationPointer.lastIndexOf('/'));
    const found = memo(parameters, head, `${operationPointer} ${where} ${name}`, () =>
      [operationPointer, pathItem].map((owner) => findParameter(head, owner, where, name)).find(Boolean),
    );
    if (found) return found;
  }
  return operationPointer;
}

/** The item of `owner`'s parameters (inline or a local `$ref`) with this name and place. */
function findParameter(head: DiffSide, owner: string, where: string | undefined, name: string | undefined) {
  for (let index = 0; exists(head, `${owner}/parameters/${index}`); index++) {
    const item = `${owner}/parameters/${index}`;
    const ref = valueAt(head, `${item}/$ref`);
    const target = typeof ref === 'string' && ref.startsWith('#/') ? ref.slice(1) : item;
    if (valueAt(head, `${target}/in`) === where && valueAt(head, `${target}/name`) === name) return item;
  }
  return undefined;
}

const operationPointers = new Map<string, string>();

function operationPointerOf(path: string, method: string): string {
  const key = `${method} ${path}`;
  let pointer = operationPointers.get(key);
  if (pointer === undefined) {
    pointer = appendPointer('/paths', path, method);
    if (operationPointers.size < 10_000) operationPointers.set(key, pointer);
  }
  return pointer;
}

const located = new WeakMap<DiffSide, Map<string, DiffLocation>>();

/** Many changes share a node (every removed value of one enum): each pointer is located once per side. */
function locate(side: DiffSide, pointer: string): DiffLocation {
  return memo(located, side, pointer, () => {
    const { file, line, column } = side.contract.sourceMap.locate(pointer);
    return side.present({ file, line, column });
  });
}

/**
 * The deepest node of the base pointer that still exists in the head. An array item is never "the same" by
 * index (enum values, parameters shift), so the search starts at the array itself.
 */
export function survivingPointer(pointer: string, base: DiffSide, head: DiffSide): string {
  const cut = pointer.lastIndexOf('/');
  const parent = cut <= 0 ? '' : pointer.slice(0, cut);
  const start = cut >= 0 && memo(arrays, base, parent, () => isArrayAt(base, parent)) ? parent : pointer;
  return memo(survivors, head, start, () => {
    for (let candidate = start; candidate !== ''; candidate = candidate.slice(0, candidate.lastIndexOf('/'))) {
      if (exists(head, candidate)) return candidate;
    }
    return '';
  });
}

/** A file as written answers from its line index (an array has an item 0) without parsing the document. */
function isArrayAt(side: DiffSide, pointer: string): boolean {
  return side.has ? side.has(`${pointer}/0`) : Array.isArray(getAtPointer(side.contract.document, pointer));
}

/** Per-side caches: thousands of changes share a few arrays and parents (the values of one enum). */
function memo<T>(caches: WeakMap<DiffSide, Map<string, T>>, side: DiffSide, key: string, compute: () => T): T {
  let cache = caches.get(side);
  if (!cache) {
    cache = new Map();
    caches.set(side, cache);
  }
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  return value;
}

const arrays = new WeakMap<DiffSide, Map<string, boolean>>();
const survivors = new WeakMap<DiffSide, Map<string, string>>();
const parameters = new WeakMap<DiffSide, Map<string, string | undefined>>();

function depth(pointer: string): number {
  let count = 0;
  for (let at = pointer.indexOf('/'); at >= 0; at = pointer.indexOf('/', at + 1)) count++;
  return count;
}

/**
 * A key that survives rewording and line moves: the check id, the operation and the values oasdiff quotes
 * (property names, status codes, enum values). Duplicates get `#2`, `#3` in report order.
 */
export function assignKeys<T extends { id: string; text: string; operation?: { method: string; path: string } }>(
  changes: readonly T[],
): Array<T & { key: string }> {
  const seen = new Map<string, number>();
  return changes.map((change) => {
    const values = [...change.text.matchAll(/`([^`]*)`/g)].map((m) => m[1]);
    const where = change.operation ? ` ${change.operation.method} ${change.operation.path}` : '';
    let key = `${change.id}${where}${values.length > 0 ? ` [${values.join('|')}]` : ''}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count > 1) key = `${key} #${count}`;
    return { ...change, key };
  });
}
