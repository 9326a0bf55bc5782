import type { LoadedContract, Operation } from '../contract/types.js';
import type { TransportResponse } from '../http/transport.js';
import { safeDecode } from '../source/safe-decode.js';
import type { IdFrom } from './curl.js';

/** create -> read -> delete over one resource: `POST /pets`, `GET /pets/{id}`, `DELETE /pets/{id}`. */
export interface ResourceChain {
  create: Operation;
  read: Operation | undefined;
  remove: Operation | undefined;
  /** The path parameter naming the created resource (`id`). */
  param: string;
}

/** Chains for every POST on a collection that has an item path `<collection>/{param}`. */
export function planChains(contract: LoadedContract): ResourceChain[] {
  const chains: ResourceChain[] = [];
  for (const create of contract.operations) {
    if (create.method !== 'post') continue;
    const itemPath = new RegExp(`^${escapeRegExp(create.path.replace(/\/+$/, ''))}/\\{([^}/]+)\\}$`);
    const items = contract.operations.filter((o) => itemPath.test(o.path));
    const read = items.find((o) => o.method === 'get');
    const remove = items.find((o) => o.method === 'delete');
    const param = (read ?? remove)?.path.match(itemPath)?.[1];
    if (param && (read || remove)) chains.push({ create, read, remove, param });
  }
  return chains;
}

/** The id of a created resource: the body's field named like the parameter, or `id`, or the Location header's last segment. */
export function createdId(response: TransportResponse, param: string): { id: string; from: IdFrom } | undefined {
  try {
    const body = JSON.parse(response.body) as Record<string, unknown> | null;
    if (body && typeof body === 'object') {
      for (const key of [param, 'id', 'ID', 'uuid', 'sid']) {
        const value = body[key];
        if (typeof value === 'string' || typeof value === 'number') return { id: String(value), from: { body: key } };
      }
    }
  } catch {
    // not JSON: try the Location header
  }
  const location = response.headers.location;
  if (!location) return undefined;
  // The target's header: a malformed escape must not abort the whole run.
  const id = safeDecode(
    location
      .replace(/[?#].*$/, '')
      .split('/')
      .filter(Boolean)
      .at(-1) ?? '',
  );
  return { id, from: { location: true } };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
