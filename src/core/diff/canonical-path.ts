import { appendPointer } from '../source/json-pointer.js';
import { decodeFragment, type NodeView, resolveRef } from './walk-route.js';

/** Schema nodes one breadth-first search visits at most; beyond it oasdiff's own path is kept. */
const MAX_NODES = 200_000;

const COMBINATIONS = ['allOf', 'anyOf', 'oneOf'] as const;
const NESTED = ['items', 'additionalProperties', 'not'] as const;

interface Search {
  /** Node pointer (as written, before its `$ref` is followed) -> its shortest path from the root. */
  found: Map<string, string>;
  /** Resolved schemas already expanded. */
  expanded: Set<string>;
  queue: string[];
  head: number;
}

const searches = new WeakMap<NodeView, Map<string, Search>>();

/**
 * The shortest property path (oasdiff's notation: `data/items/name`, `allOf[#/components/schemas/Pet]/id`)
 * from a schema to one of its nodes, breadth first in document order, so the same node always gets the
 * same path. oasdiff reports one change once per path that reaches it, and on cyclic schemas which paths
 * it finds varies from run to run; keys built on this path do not. Undefined when the node is not reached.
 */
export function shortestPropertyPath(view: NodeView, root: string, node: string): string | undefined {
  let byRoot = searches.get(view);
  if (!byRoot) {
    byRoot = new Map();
    searches.set(view, byRoot);
  }
  let search = byRoot.get(root);
  if (!search) {
    search = { found: new Map([[root, '']]), expanded: new Set(), queue: [root], head: 0 };
    byRoot.set(root, search);
  }
  // Resumed where the last lookup stopped: every node is expanded once per root.
  while (!search.found.has(node) && search.head < search.queue.length && search.found.size < MAX_NODES) {
    const at = search.queue[search.head++] as string;
    expand(view, search, at);
  }
  return search.found.get(node);
}

function expand(view: NodeView, search: Search, at: string): void {
  const schema = resolveRef(view, at);
  if (search.expanded.has(schema)) return;
  search.expanded.add(schema);
  const path = search.found.get(at) as string;
  const visit = (child: string, label: string) => {
    if (search.found.has(child)) return;
    search.found.set(child, path === '' ? label : `${path}/${label}`);
    search.queue.push(child);
  };
  const properties = appendPointer(schema, 'properties');
  for (const name of view.keys(properties)) visit(appendPointer(properties, name), name);
  for (const keyword of NESTED) {
    const child = appendPointer(schema, keyword);
    if (view.has(child) && view.scalar(child) === undefined) visit(child, keyword);
  }
  for (const list of COMBINATIONS) {
    const members = appendPointer(schema, list);
    for (const index of view.keys(members)) {
      const member = `${members}/${index}`;
      visit(member, `${list}[${subschemaLabel(view, member, Number(index))}]`);
    }
  }
}

/** oasdiff's name for a member of a combination: its component, its title, or its position. */
function subschemaLabel(view: NodeView, member: string, index: number): string {
  const ref = view.scalar(`${member}/$ref`);
  if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) return `#${decodeFragment(ref)}`;
  const title = view.scalar(`${resolveRef(view, member)}/title`);
  return typeof title === 'string' && title !== '' ? `subschema #${index + 1}: ${title}` : `subschema #${index + 1}`;
}
