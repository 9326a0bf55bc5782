import { appendPointer, formatPointer, parsePointer } from '../source/json-pointer.js';
import type { ChangeRoute, PathStep, RouteSection, SubschemaName } from './change-route.js';

/** Read access to one revision's nodes by JSON pointer (its document, or its line index). */
export interface NodeView {
  has(pointer: string): boolean;
  /** A scalar at the pointer (a `key: value` entry or a list item); undefined for anything else. */
  scalar(pointer: string): unknown;
  /** The keys of a mapping, or the indexes of a list, in document order. */
  keys(pointer: string): string[];
}

export interface WalkResult {
  /** The deepest node of the route present in this revision: the element, or the parent it was removed from. */
  pointer: string;
  /** True when the whole route is present: `pointer` is the element itself. */
  complete: boolean;
  /** The element and, when it is a `$ref`, what it refers to: a line oasdiff names inside these is on it. */
  targets: string[];
  /** The schema the property path starts from (a media type's, a parameter's or a header's). */
  schemaRoot?: string;
  /** The node the whole property path leads to, when it does. */
  propertyNode?: string;
}

const MAX_REF_HOPS = 32;

/** Checks about a request body or media type as a whole, not about the schema inside it. */
const BODY_ITSELF = /^request-body-(added|removed|became-(required|optional))|media-type-(added|removed|name-)/;

/**
 * Follows the route of a change through one revision, from its operation: parameters are matched by name
 * and `in` (never by position), responses by status, media types by name, properties through `$ref`s,
 * `items` and the `allOf`/`anyOf`/`oneOf` lists, enum values by value. Stops at the deepest node present.
 */
export function walkRoute(
  view: NodeView,
  operation: string | undefined,
  route: ChangeRoute,
  side: 'base' | 'head',
  id: string,
): WalkResult {
  const walk = new Walk(view);
  if (route.document) return walk.to(appendPointer('', ...route.document));
  if (operation === undefined || !walk.to(operation).complete) return walk.result(false);
  if (route.field) {
    if (!walk.child(walk.at, route.field.name)) return walk.result(false);
    if (route.field.value !== undefined && !walk.itemValued(walk.at, route.field.value)) return walk.result(false);
    return walk.result(true);
  }
  const section = route.section;
  if (!section) return walk.result(true);
  const intoSchema = isInsideSchema(route, id);
  if (section.kind === 'response' && section.status === undefined) {
    // No status named: the first response the rest of the route holds in.
    return bestOf(
      view
        .keys(`${operation}/responses`)
        .map((status) =>
          walkSection(new Walk(view, walk), operation, { ...route, section: { ...section, status } }, side, intoSchema),
        ),
      walk,
    );
  }
  return walkSection(walk, operation, route, side, intoSchema);
}

/** The change is about a part of a schema (a property, an enum value...), not a body or response as a whole. */
export function isInsideSchema(route: ChangeRoute, id: string): boolean {
  return (
    route.property !== undefined ||
    route.enumValue !== undefined ||
    route.subschema !== undefined ||
    route.entry !== undefined ||
    (id.includes('-body-') && !BODY_ITSELF.test(id)) ||
    id.includes('list-of-types')
  );
}

/** From the operation: its parameter, request body or response, then the media type and the schema part. */
function walkSection(
  walk: Walk,
  operation: string,
  route: ChangeRoute,
  side: 'base' | 'head',
  intoSchema: boolean,
): WalkResult {
  const section = route.section as RouteSection;
  let container: string;
  if (section.kind === 'parameter') {
    if (!walk.parameter(operation, section.in, section.name)) return walk.result(false);
    if (!(route.property || route.enumValue || route.subschema || route.entry)) return walk.result(true);
    container = walk.resolve(walk.at);
    if (walk.view.has(`${container}/schema`)) return walk.schemaPart(`${container}/schema`, route, side);
  } else if (section.kind === 'requestBody') {
    if (!walk.child(walk.at, 'requestBody')) return walk.result(false);
    if (!intoSchema && !route.mediaType) return walk.result(true);
    container = walk.resolve(walk.at);
  } else {
    if (!walk.child(walk.at, 'responses') || !walk.child(walk.at, section.status ?? '')) return walk.result(false);
    if (section.header !== undefined) {
      if (!walk.child(walk.resolve(walk.at), 'headers') || !walk.child(walk.at, section.header))
        return walk.result(false);
      if (!(route.property || route.enumValue)) return walk.result(true);
      return walk.schemaPart(`${walk.resolve(walk.at)}/schema`, route, side);
    }
    if (!intoSchema && !route.mediaType) return walk.result(true);
    container = walk.resolve(walk.at);
  }
  if (!walk.child(container, 'content')) return walk.result(false);
  const content = walk.at;
  const named = route.mediaType?.[side];
  if (named !== undefined) {
    if (!walk.child(content, named)) return walk.result(false);
    if (!intoSchema) return walk.result(true);
    return walk.schemaPart(appendPointer(walk.at, 'schema'), route, side);
  }
  // No media type named: the first whose schema holds the whole route, else the one that gets deepest.
  return bestOf(
    walk.view.keys(content).map((media) => {
      const attempt = new Walk(walk.view, walk);
      if (!attempt.child(content, media)) return attempt.result(false);
      return attempt.schemaPart(appendPointer(attempt.at, 'schema'), route, side);
    }),
    walk,
  );
}

/** The first complete walk, else the one that got deepest (else where `fallback` stands). */
function bestOf(results: WalkResult[], fallback: Walk): WalkResult {
  let best: WalkResult | undefined;
  for (const result of results) {
    if (result.complete) return result;
    if (!best || depth(result.pointer) > depth(best.pointer)) best = result;
  }
  return best ?? fallback.result(false);
}

const listIndexes = new WeakMap<NodeView, Map<string, Map<string, string>>>();

/**
 * A list's items by a name computed from each (their value, a parameter's `in` and `name`): built once per
 * list and revision, since thousands of changes look up the same enum or parameter list. First item wins.
 */
function listIndex(
  view: NodeView,
  kind: 'value' | 'parameter',
  list: string,
  nameOf: (item: string) => string | undefined,
): Map<string, string> {
  let lists = listIndexes.get(view);
  if (!lists) {
    lists = new Map();
    listIndexes.set(view, lists);
  }
  let index = lists.get(`${kind} ${list}`);
  if (!index) {
    index = new Map();
    for (const key of view.keys(list)) {
      const name = nameOf(`${list}/${key}`);
      if (name !== undefined && !index.has(name)) index.set(name, key);
    }
    lists.set(`${kind} ${list}`, index);
  }
  return index;
}

/** Where a local `$ref` at the pointer leads (followed until a node that is not a ref). */
export function resolveRef(view: NodeView, pointer: string): string {
  let at = pointer;
  for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
    const ref = view.scalar(`${at}/$ref`);
    if (typeof ref !== 'string' || !ref.startsWith('#')) return at;
    at = decodeFragment(ref);
  }
  return at;
}

class Walk {
  at = '';
  private schemaRoot: string | undefined;
  private propertyNode: string | undefined;

  constructor(
    readonly view: NodeView,
    from?: Walk,
  ) {
    if (from) this.at = from.at;
  }

  result(complete: boolean): WalkResult {
    const targets = [this.at];
    const resolved = this.resolve(this.at);
    if (resolved !== this.at) targets.push(resolved);
    return {
      pointer: this.at,
      complete,
      targets,
      ...(this.schemaRoot !== undefined ? { schemaRoot: this.schemaRoot } : {}),
      ...(this.propertyNode !== undefined ? { propertyNode: this.propertyNode } : {}),
    };
  }

  /** The node at `pointer` when present, else its deepest present ancestor. */
  to(pointer: string): WalkResult {
    for (let at = pointer; ; at = at.slice(0, at.lastIndexOf('/'))) {
      if (at === '' || this.view.has(at)) {
        this.at = at;
        return this.result(at === pointer);
      }
    }
  }

  /** Steps into `parent`'s child when it exists. */
  child(parent: string, key: string): boolean {
    const next = appendPointer(parent, key);
    if (!this.view.has(next)) return false;
    this.at = next;
    return true;
  }

  /** Steps into the first item of the list at `list` that `matches` (given the item's pointer). */
  item(list: string, matches: (pointer: string) => boolean): boolean {
    for (const index of this.view.keys(list)) {
      const pointer = `${list}/${index}`;
      if (matches(pointer)) {
        this.at = pointer;
        return true;
      }
    }
    return false;
  }

  resolve(pointer: string): string {
    return resolveRef(this.view, pointer);
  }

  /** The item of a list whose scalar value is `value` (an enum value, a tag). */
  itemValued(list: string, value: string): boolean {
    const index = listIndex(this.view, 'value', list, (item) => {
      const scalar = this.view.scalar(item);
      return scalar === undefined ? undefined : String(scalar);
    }).get(value);
    if (index === undefined) return false;
    this.at = `${list}/${index}`;
    return true;
  }

  /** The operation's parameter (else its path item's) with this name and `in`. */
  parameter(operation: string, where: string, name: string): boolean {
    const pathItem = operation.slice(0, operation.lastIndexOf('/'));
    for (const owner of [operation, pathItem]) {
      const list = `${owner}/parameters`;
      const index = listIndex(this.view, 'parameter', list, (item) => {
        const target = this.resolve(item);
        return `${this.view.scalar(`${target}/in`)} ${this.view.scalar(`${target}/name`)}`;
      }).get(`${where} ${name}`);
      if (index === undefined) continue;
      this.at = `${list}/${index}`;
      return true;
    }
    this.at = this.view.has(`${operation}/parameters`) ? `${operation}/parameters` : operation;
    return false;
  }

  /** From a schema: the property path, then the enum value or subschema the route names. */
  schemaPart(root: string, route: ChangeRoute, side: 'base' | 'head'): WalkResult {
    if (!this.view.has(root)) return this.result(false);
    this.at = root;
    this.schemaRoot = root;
    for (const step of route.property?.steps ?? []) {
      if (!this.step(step, side)) return this.result(false);
    }
    if (route.property) this.propertyNode = this.at;
    if (route.enumValue !== undefined) {
      if (!this.child(this.resolve(this.at), 'enum')) return this.result(false);
      const value = route.enumValue;
      if (!this.itemValued(this.at, value)) return this.result(false);
    }
    if (route.subschema) {
      if (!this.child(this.resolve(this.at), route.subschema.list)) return this.result(false);
      if (!this.subschema(this.at, route.subschema.name)) return this.result(false);
    }
    if (route.entry) {
      if (!this.child(this.resolve(this.at), route.entry.list) || !this.child(this.at, route.entry.name))
        return this.result(false);
    }
    return this.result(true);
  }

  private step(step: PathStep, side: 'base' | 'head'): boolean {
    const node = this.resolve(this.at);
    switch (step.kind) {
      case 'keyword':
        return this.child(node, step.name) || (step.name === 'items' && this.property(node, step.name));
      case 'entry':
        return this.child(node, step.list) && this.child(this.at, step.name);
      case 'subschema':
        return this.child(node, step.list) && this.subschema(this.at, side === 'base' ? step.base : step.head);
      default:
        return this.property(node, step.name);
    }
  }

  /**
   * `properties/<name>` of the schema. Members of `allOf`/`anyOf`/`oneOf` are not searched: oasdiff names
   * them in the path (`allOf[...]/name`), and a property that moved into a new `oneOf` member is one it
   * reports as removed.
   */
  private property(node: string, name: string): boolean {
    return this.child(node, 'properties') && this.child(this.at, name);
  }

  /** The list item oasdiff names; the list itself when it names several (`subschema #1, subschema #2`). */
  private subschema(list: string, name: SubschemaName): boolean {
    if (name.several) return true;
    if (name.component !== undefined) {
      const suffix = `/components/schemas/${name.component}`;
      return this.item(list, (item) => {
        const ref = this.view.scalar(`${item}/$ref`);
        return typeof ref === 'string' && decodeFragment(ref) === suffix;
      });
    }
    if (name.index !== undefined) return this.child(list, String(name.index));
    return false;
  }
}

/** A local `$ref` (`#/components/schemas/My%20Pet`) as a pointer written the way this module writes them. */
export function decodeFragment(ref: string): string {
  return formatPointer(parsePointer(ref));
}

function depth(pointer: string): number {
  let count = 0;
  for (let at = pointer.indexOf('/'); at >= 0; at = pointer.indexOf('/', at + 1)) count++;
  return count;
}
