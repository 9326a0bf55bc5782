import type { LoadedContract } from '../contract/types.js';
import type { OasdiffChange } from '../oasdiff/run-oasdiff.js';
import { appendPointer, getAtPointer } from '../source/json-pointer.js';
import { mediaTypeOfChange } from './change-media-type.js';
import { type ChangeRoute, parseChangeRoute } from './change-route.js';
import type { ContractChange, DiffLocation } from './types.js';
import { type NodeView, type WalkResult, walkRoute } from './walk-route.js';

/** One side of a diff: the bundled contract and the pointer of every line of the YAML oasdiff read. */
export interface DiffSide {
  contract: LoadedContract;
  /** The first node on a (1-based) line of the file oasdiff read: for the lines it names. */
  pointerAtLine: (line: number) => string | undefined;
  /** Turns a location in this side's files into the one shown (e.g. temp copy of a git ref -> repo path). */
  present: (location: DiffLocation) => DiffLocation;
  /** Read access to the nodes without the document (a file as written, answered from its line index). */
  nodes?: NodeView | undefined;
}

/** A change mapped to both revisions; `element` is what identifies it (see dedupeChanges). */
export type MappedChange = Omit<ContractChange, 'key' | 'consumers'> & {
  /** The element's pointer in the base (or, when new, in the head), and the schema its property path starts at. */
  element: { side: 'base' | 'head'; pointer: string; schemaRoot?: string; propertyNode?: string };
  route: ChangeRoute;
};

/**
 * Where a change happened, in both revisions. The route the change names (operation, parameter by name and
 * `in`, response, media type, property path through `$ref`s, enum value) is walked in each revision: the
 * element's line, or for something removed the nearest part of the route still present (the enum, the
 * `properties:`, the `parameters:` it left). oasdiff's own line is kept when it is the element or one of its
 * fields (`nullable:`, `maximum:`, the enum item), and used when the route cannot be followed.
 */
export function mapChange(change: OasdiffChange, base: DiffSide, head: DiffSide): MappedChange {
  const method = change.operation?.toLowerCase();
  const operation = change.path !== undefined && method ? operationPointerOf(change.path, method) : undefined;
  const route = parseChangeRoute(change.id, change.text);
  const baseLine = change.baseSource ? base.pointerAtLine(change.baseSource.line) : undefined;
  const headLine = change.revisionSource ? head.pointerAtLine(change.revisionSource.line) : undefined;
  const baseNodes = nodesOf(base);
  const headNodes = nodesOf(head);
  if (operation !== undefined) {
    const probe = { operation, route, id: change.id, base: baseNodes, head: headNodes, named: baseLine ?? headLine };
    const media = mediaTypeOfChange(probe);
    if (media !== undefined) route.mediaType = { base: media, head: media };
  }
  const baseWalk = walkRoute(baseNodes, operation, route, 'base', change.id);
  const headWalk = walkRoute(headNodes, operation, route, 'head', change.id);
  const baseNamed = change.baseSource ? baseLine : changedField(baseNodes, baseWalk, change.id);
  const headNamed = change.revisionSource ? headLine : changedField(headNodes, headWalk, change.id);
  const whole = WHOLE_ELEMENT.test(change.id);
  const inHead = choose(headWalk, headNamed, whole);
  const inBase = choose(baseWalk, baseNamed, whole);
  const at = { ...locate(head, inHead.pointer), exact: inHead.exact };
  const inBaseToo = inBase.exact || baseNamed !== undefined;
  const walk = inBaseToo ? baseWalk : headWalk;
  const element = {
    side: inBaseToo ? ('base' as const) : ('head' as const),
    pointer: (inBaseToo ? inBase : inHead).pointer,
  };
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
    ...(inBaseToo ? { baseLocation: locate(base, inBase.pointer) } : {}),
    element: {
      ...element,
      ...(walk.schemaRoot !== undefined ? { schemaRoot: walk.schemaRoot } : {}),
      ...(walk.propertyNode !== undefined ? { propertyNode: walk.propertyNode } : {}),
    },
    route,
  };
}

/**
 * The element the walk reached, or oasdiff's line when that is the element or one of its fields (more
 * precise: the `nullable:` that changed), or oasdiff's line when the walk could not reach the element.
 * Otherwise the nearest part of the route present: a parent, not the element (`exact: false`).
 */
function choose(walk: WalkResult, named: string | undefined, whole: boolean): { pointer: string; exact: boolean } {
  if (named !== undefined && isOnElement(named, walk, whole)) return { pointer: named, exact: true };
  if (walk.complete) return { pointer: walk.pointer, exact: true };
  if (named !== undefined) return { pointer: named, exact: true };
  return { pointer: walk.pointer, exact: false };
}

/**
 * The element itself or a field of it. For a schema element (a property) only its own fields count: neither
 * the definition its `$ref` points at (the property is what changed, not the shared schema) nor a line
 * deeper inside (a property of a new `oneOf` member). For a parameter, response, header or media type that
 * changed, any line inside it (or inside the component it refers to) is on it; one added or removed whole
 * is located at its own line.
 */
function isOnElement(named: string, walk: WalkResult, whole: boolean): boolean {
  if (!walk.complete) return false;
  if (named === walk.pointer) return true;
  if (walk.schemaRoot !== undefined) return isFieldOf(named, walk.pointer);
  return !whole && walk.targets.some((target) => isInside(named, target));
}

/**
 * The keyword oasdiff names for a change (`type:` of a type change, `nullable:`, `maximum:`), in the element,
 * in the component it refers to, or in a parameter's or header's own `schema`: where oasdiff read JSON and so
 * gave no line of its own, the same line it would.
 */
function changedField(nodes: NodeView, walk: WalkResult, id: string): string | undefined {
  if (!walk.complete) return undefined;
  const fields = CHANGED_FIELDS.find(([pattern]) => pattern.test(id))?.[1];
  if (fields === undefined) return undefined;
  for (const field of fields) {
    for (const target of walk.targets) {
      const own = appendPointer(target, field);
      if (nodes.has(own)) return own;
      const inSchema = appendPointer(target, 'schema', field);
      if (walk.schemaRoot === undefined && nodes.has(inSchema)) return inSchema;
    }
  }
  return undefined;
}

const CHANGED_FIELDS: Array<[RegExp, string[]]> = [
  [/-type-changed$/, ['type', 'format']],
  [/-became-(not-)?nullable$/, ['nullable']],
  [/-parameter-became-(required|optional)$/, ['required']],
  [/^api-(sunset|deprecated)-|-deprecated$/, ['deprecated']],
  [/-max-length-(increased|decreased|set|unset)$/, ['maxLength']],
  [/-min-length-(increased|decreased|set|unset)$/, ['minLength']],
  [/-max-items-(increased|decreased|set|unset)$/, ['maxItems']],
  [/-min-items-(increased|decreased|set|unset)$/, ['minItems']],
  [/-exclusive-max-(increased|decreased|set|unset)$/, ['exclusiveMaximum']],
  [/-exclusive-min-(increased|decreased|set|unset)$/, ['exclusiveMinimum']],
  [/-max-(increased|decreased|set|unset)$/, ['maximum']],
  [/-min-(increased|decreased|set|unset)$/, ['minimum']],
  [/-pattern-(added|changed|generalized)$/, ['pattern']],
  [/-default-value-(added|changed)$/, ['default']],
];

/** Checks that add or remove a whole parameter, response, header, media type or body: the element's own line. */
const WHOLE_ELEMENT =
  /^(request-parameter-removed|new-(required|optional)-request-(default-)?parameter|new-request-path-parameter|request-body-(added|removed)|.*media-type-(added|removed)|.*response-header-(added|removed)|(required|optional)-response-header-removed|response-(non-)?success-status-(added|removed)|api-path-removed|api-removed|endpoint-added|webhook-)/;

function isInside(pointer: string, parent: string): boolean {
  return pointer.length > parent.length + 1 && pointer.startsWith(`${parent}/`);
}

/** A keyword directly under the node (`nullable`, `type`, `maximum`), not one of its list items. */
function isFieldOf(pointer: string, parent: string): boolean {
  return isInside(pointer, parent) && !pointer.includes('/', parent.length + 1) && !/\/\d+$/.test(pointer);
}

const views = new WeakMap<DiffSide, NodeView>();

/** The side's node access: its line index when it has one, else its document. */
export function nodesOf(side: DiffSide): NodeView {
  let view = views.get(side);
  if (!view) {
    view = side.nodes ?? documentNodes(() => side.contract.document);
    views.set(side, view);
  }
  return view;
}

/** Node access on a parsed document. */
export function documentNodes(document: () => unknown): NodeView {
  const at = (pointer: string): unknown => getAtPointer(document(), pointer);
  return {
    has: (pointer) => at(pointer) !== undefined,
    scalar(pointer) {
      const value = at(pointer);
      return value !== null && typeof value === 'object' ? undefined : value;
    },
    keys(pointer) {
      const value = at(pointer);
      return value !== null && typeof value === 'object' ? Object.keys(value) : [];
    },
  };
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
  let cache = located.get(side);
  if (!cache) {
    cache = new Map();
    located.set(side, cache);
  }
  let location = cache.get(pointer);
  if (!location) {
    const { file, line, column } = side.contract.sourceMap.locate(pointer);
    location = side.present({ file, line, column });
    cache.set(pointer, location);
  }
  return location;
}
