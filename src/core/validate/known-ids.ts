import type { LoadedContract, Operation } from '../contract/types.js';
import { compilePathTemplate, matchPathTemplate, type PathTemplate } from '../mock/routing/path-template.js';
import { isObject } from '../source/json-object.js';
import { safeDecode } from '../source/safe-decode.js';

/**
 * Where a path parameter's value came from. The first four name things the service itself has (or a
 * scenario says it has); `example` (the contract's example, pattern or schema) and `invented` are made up
 * here, so a 4xx to them says nothing about the service.
 */
export type IdSource = 'scenario' | 'list' | 'link' | 'captured' | 'example' | 'invented';

const REAL: ReadonlySet<IdSource> = new Set(['scenario', 'list', 'link', 'captured']);

export function isRealId(source: IdSource): boolean {
  return REAL.has(source);
}

/** Values kept per name or list: enough to find one that fits, bounded on huge lists. */
const MAX_KEPT = 20;
/** How deep a response body is searched for ids and URLs. */
const MAX_DEPTH = 4;

/** `ServiceSid`, `service_sid` and `serviceSid` are one name. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Fields whose values are remembered by name (`service_sid`, `userId`). */
export const ID_KEY = /(^|_|[a-z])(sid|id|uuid|Sid|Id|ID)$/;

/** `Sid` or `id` alone names no resource: any record's sid would do, and would be the wrong kind. */
export function namesNoResource(name: string): boolean {
  return /^(id|sid|uuid|key|name)$/i.test(normaliseName(name));
}

/**
 * Ids the service has shown during the run: items of the lists it returned (by concrete list path), ids of
 * what it created, fields named like ids (`service_sid`), and URLs in its bodies (Twilio's `url` and
 * `links`) matched against the contract's path templates.
 */
export class KnownIds {
  readonly #lists = new Map<string, string[]>();
  readonly #byName = new Map<string, string[]>();
  readonly #links = new Map<string, Array<Record<string, string>>>();
  readonly #templates: Array<{ operation: Operation; template: PathTemplate; segments: number }>;
  readonly #basePath: string;

  constructor(contract: LoadedContract) {
    this.#basePath = contract.basePath;
    const seen = new Set<string>();
    this.#templates = [];
    for (const operation of contract.operations) {
      if (seen.has(operation.path) || !operation.path.includes('{')) continue;
      seen.add(operation.path);
      const template = compilePathTemplate(operation.path);
      this.#templates.push({ operation, template, segments: template.segments.length });
    }
  }

  /** Learns from one answered request: `path` is the concrete request path below the base path. */
  capture(method: string, path: string, body: unknown): void {
    const list = listItems(body);
    const upper = method.toUpperCase();
    if (upper === 'GET' && list) for (const item of list.slice(0, MAX_KEPT)) this.#addToList(path, idOf(item));
    if (upper === 'POST' && isObject(body) && !list) this.#addToList(path, idOf(body));
    this.#walk(body, 0);
  }

  /** Ids of the items of a list at a concrete path (`/v1/Services`), newest capture last. */
  listed(path: string): readonly string[] {
    return this.#lists.get(path) ?? [];
  }

  /** Values of fields named like `name` (`ServiceSid` finds `service_sid`). */
  named(name: string): readonly string[] {
    return this.#byName.get(normaliseName(name)) ?? [];
  }

  /** Parameter sets of URLs seen in bodies that match this operation's path template. */
  linked(operation: Operation): ReadonlyArray<Record<string, string>> {
    return this.#links.get(operation.path) ?? [];
  }

  /** A deleted resource's id is no longer real: it must not name later requests. */
  forget(id: string): void {
    for (const map of [this.#lists, this.#byName]) {
      for (const [key, values] of map)
        map.set(
          key,
          values.filter((v) => v !== id),
        );
    }
    for (const [key, sets] of this.#links)
      this.#links.set(
        key,
        sets.filter((set) => !Object.values(set).includes(id)),
      );
  }

  #addToList(path: string, id: string | undefined): void {
    if (id === undefined) return;
    const ids = this.#lists.get(path) ?? [];
    if (!ids.includes(id) && ids.length < MAX_KEPT) ids.push(id);
    this.#lists.set(path, ids);
  }

  #walk(value: unknown, depth: number): void {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, 5)) this.#walk(item, depth + 1);
      return;
    }
    if (!isObject(value)) return;
    for (const [key, field] of Object.entries(value)) {
      if (typeof field === 'string' || typeof field === 'number') {
        if (ID_KEY.test(key) && String(field) !== '') this.#remember(this.#byName, normaliseName(key), String(field));
        if (typeof field === 'string' && (field.startsWith('/') || /^https?:\/\//.test(field))) this.#matchUrl(field);
      } else this.#walk(field, depth + 1);
    }
  }

  #matchUrl(url: string): void {
    let path = url;
    if (/^https?:\/\//.test(url)) {
      try {
        path = new URL(url).pathname;
      } catch {
        return;
      }
    }
    path = path.replace(/[?#].*$/, '');
    if (this.#basePath && path.startsWith(this.#basePath)) path = path.slice(this.#basePath.length);
    const segments = path.split('/').filter(Boolean).map(safeDecode);
    const matches: Array<{ operation: Operation; rank: number[]; params: Record<string, string> }> = [];
    for (const { operation, template, segments: count } of this.#templates) {
      if (count !== segments.length) continue;
      const params = matchPathTemplate(template, segments);
      if (params) matches.push({ operation, rank: specificity(template), params });
    }
    // As a router reads it: `/gists/g1/comments` is the comments list, not the gist at revision `comments`
    // (`/gists/{gist_id}/{sha}`); the template with a literal where the other has a parameter wins.
    const best = matches.reduce<number[] | undefined>(
      (top, { rank }) => (top && compareRanks(top, rank) >= 0 ? top : rank),
      undefined,
    );
    for (const { operation, rank, params } of matches) {
      if (best && compareRanks(rank, best) < 0) continue;
      const found = this.#links.get(operation.path) ?? [];
      if (found.length < MAX_KEPT) found.push({ ...params });
      this.#links.set(operation.path, found);
    }
  }

  #remember(map: Map<string, string[]>, key: string, value: string): void {
    const values = map.get(key) ?? [];
    if (!values.includes(value) && values.length < MAX_KEPT) values.push(value);
    map.set(key, values);
  }
}

/** Per segment: 2 for literal text, 1 for text around parameters, 0 for a bare parameter. */
function specificity(template: PathTemplate): number[] {
  return template.segments.map((segment) => (segment.kind === 'literal' ? 2 : segment.kind === 'mixed' ? 1 : 0));
}

/** The first segment where two templates differ decides which is more specific. */
function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** The items of a list response: a bare array, or the one array property of an envelope (`{services: [...], meta}`). */
function listItems(body: unknown): unknown[] | undefined {
  if (Array.isArray(body)) return body;
  if (!isObject(body)) return undefined;
  const arrays = Object.values(body).filter((v) => Array.isArray(v) && v.some(isObject)) as unknown[][];
  return arrays.length === 1 ? arrays[0] : undefined;
}

/** The id of one record: `id`, `sid`, `uuid`, else the one field named like an id. */
function idOf(item: unknown): string | undefined {
  if (!isObject(item)) return undefined;
  for (const key of ['id', 'sid', 'uuid', 'ID', 'Id', 'Sid']) {
    const value = item[key];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return undefined;
}
