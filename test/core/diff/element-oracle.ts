import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/**
 * An independent judge of where a change's element is, for the check ids of the Twilio pair: its own YAML
 * parse (the `yaml` package, not mockforge's line index) and its own small walk over the JavaScript value.
 * It answers the lines a location may have: the element, or one of its own fields (`type:`, `nullable:`);
 * for a removal in the head, the part of the operation the element left (the enum, `properties:`, ...).
 */
export interface Revision {
  value: unknown;
  /** JSON pointer -> 1-based line of its key (or of a list item's start). */
  lines: Map<string, number>;
}

export function readRevision(text: string): Revision {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const lines = new Map<string, number>();
  const visit = (node: unknown, pointer: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const child = `${pointer}/${escapeKey(String(pair.key.value))}`;
        if (pair.key.range) lines.set(child, counter.linePos(pair.key.range[0]).line);
        visit(pair.value, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const child = `${pointer}/${index}`;
        const range = (item as { range?: [number, number, number] }).range;
        if (range) lines.set(child, counter.linePos(range[0]).line);
        visit(item, child);
      });
    }
  };
  visit(doc.contents, '');
  return { value: doc.toJS({ maxAliasCount: -1 }), lines };
}

export type Verdict = 'element' | 'operation' | 'other';

export interface Judged {
  head: Verdict;
  base: Verdict | 'none';
}

interface Change {
  id: string;
  text: string;
  operation?: { method: string; path: string };
  location: { line: number };
  baseLocation?: { line: number };
}

/** Where the element of a change is in each revision, and whether the reported lines are on it. */
export function judge(change: Change, base: Revision, head: Revision): Judged {
  const expectedHead = expected(change, head, 'head');
  const expectedBase = expected(change, base, 'base');
  const verdict = (revision: Revision, place: Place | undefined, line: number): Verdict => {
    if (place && linesOf(revision, place).includes(line)) return 'element';
    const operation = change.operation ? operationPointer(change.operation) : undefined;
    return operation && revision.lines.get(operation) === line ? 'operation' : 'other';
  };
  return {
    head: verdict(head, expectedHead, change.location.line),
    base: change.baseLocation ? verdict(base, expectedBase, change.baseLocation.line) : 'none',
  };
}

/** The element's pointer, and whether lines of its own fields count too (a modified element). */
interface Place {
  pointer: string;
  withFields: boolean;
}

function linesOf(revision: Revision, place: Place): number[] {
  const own = revision.lines.get(place.pointer);
  const lines = own === undefined ? [] : [own];
  if (!place.withFields) return lines;
  for (const [pointer, line] of revision.lines) {
    const rest = pointer.startsWith(`${place.pointer}/`) ? pointer.slice(place.pointer.length + 1) : undefined;
    if (rest !== undefined && !rest.includes('/')) lines.push(line);
  }
  return lines;
}

function expected(change: Change, revision: Revision, side: 'base' | 'head'): Place | undefined {
  if (!change.operation) return undefined;
  const op = operationPointer(change.operation);
  const at = (pointer: string) => valueAt(revision.value, pointer);
  const resolve = (pointer: string): string => {
    for (let hop = 0; hop < 20; hop++) {
      const ref = (at(pointer) as { $ref?: unknown } | undefined)?.$ref;
      if (typeof ref !== 'string' || !ref.startsWith('#/')) return pointer;
      pointer = ref.slice(1);
    }
    return pointer;
  };
  const quoted = [...change.text.matchAll(/`([^`]*)`/g)].map((m) => m[1] as string);
  const property = (schema: string, path: string): { parent: string; node: string } => {
    let node = schema;
    let parent = schema;
    for (const step of path.split('/')) {
      parent = resolve(node);
      node =
        step === 'items' && at(`${parent}/items`) !== undefined
          ? `${parent}/items`
          : `${parent}/properties/${escapeKey(step)}`;
    }
    return { parent, node };
  };
  const responseSchema = (status: string) => {
    const response = resolve(`${op}/responses/${escapeKey(status)}`);
    const content = at(`${response}/content`) as Record<string, unknown> | undefined;
    const media = Object.keys(content ?? {})[0] ?? 'application/json';
    return `${response}/content/${escapeKey(media)}/schema`;
  };
  const enumPlace = (schemaNode: string, value: string): Place => {
    const schema = resolve(schemaNode);
    const list = at(`${schema}/enum`);
    if (side === 'base' && Array.isArray(list)) {
      const index = list.findIndex((v) => String(v) === value);
      return { pointer: `${schema}/enum/${index}`, withFields: false };
    }
    return { pointer: Array.isArray(list) ? `${schema}/enum` : schemaNode, withFields: false };
  };
  switch (change.id) {
    case 'request-parameter-enum-value-removed': {
      const [value = '', where, name] = quoted;
      const pathItem = op.slice(0, op.lastIndexOf('/'));
      for (const owner of [op, pathItem]) {
        const list = at(`${owner}/parameters`);
        if (!Array.isArray(list)) continue;
        for (let index = 0; index < list.length; index++) {
          const parameter = resolve(`${owner}/parameters/${index}`);
          const found = at(parameter) as { name?: unknown; in?: unknown };
          if (found?.name === name && found?.in === where) return enumPlace(`${parameter}/schema`, value);
        }
      }
      return undefined;
    }
    case 'request-property-enum-value-removed': {
      const [value = '', path = ''] = quoted;
      const body = resolve(`${op}/requestBody`);
      const content = at(`${body}/content`) as Record<string, unknown> | undefined;
      for (const media of Object.keys(content ?? {})) {
        const { node } = property(`${body}/content/${escapeKey(media)}/schema`, path);
        if (at(node) !== undefined) return enumPlace(node, value);
      }
      return undefined;
    }
    case 'response-property-type-changed':
    case 'response-property-became-nullable': {
      const status = quoted.at(-1) ?? '';
      return { pointer: property(responseSchema(status), quoted[0] ?? '').node, withFields: true };
    }
    case 'response-optional-property-removed': {
      const [path = '', status = ''] = quoted;
      const { parent, node } = property(responseSchema(status), path);
      if (side === 'base') return { pointer: node, withFields: false };
      return { pointer: at(`${parent}/properties`) !== undefined ? `${parent}/properties` : parent, withFields: false };
    }
    case 'response-success-status-removed': {
      const status = quoted[0] ?? '';
      return {
        pointer: side === 'base' ? `${op}/responses/${escapeKey(status)}` : `${op}/responses`,
        withFields: false,
      };
    }
    default:
      return undefined;
  }
}

function operationPointer(operation: { method: string; path: string }): string {
  return `/paths/${escapeKey(operation.path)}/${operation.method.toLowerCase()}`;
}

function escapeKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const raw of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
