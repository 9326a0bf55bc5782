import { editDistance } from '../../config/did-you-mean.js';
import type { PathCondition } from '../../contract/path-key.js';
import { matchPathTemplate, type PathTemplate, templateSpecificity } from './path-template.js';

export interface RoutableEntry {
  /** Upper-case method. */
  method: string;
  template: PathTemplate;
  /** What a `paths` key encodes after `?` or `#` (see splitPathKey): the request must carry it too. */
  conditions?: readonly PathCondition[];
}

/** Whether the request carries a path key's conditions (query parameters or headers). */
export type ConditionCheck = (conditions: readonly PathCondition[]) => boolean;

export type RouteMatch<R> =
  | { kind: 'found'; route: R; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[]; onPath: R[] }
  | { kind: 'not-found'; closest: string[] };

/** Routes bucketed by segment count and sorted by specificity, so a lookup tests only a few templates. */
export class RouteTable<R extends RoutableEntry> {
  readonly #exact = new Map<number, R[]>();
  readonly #wildcard: R[] = [];
  readonly #all: R[];

  constructor(routes: readonly R[]) {
    const sorted = [...routes].sort(
      (a, b) =>
        templateSpecificity(b.template) - templateSpecificity(a.template) ||
        (b.conditions?.length ?? 0) - (a.conditions?.length ?? 0),
    );
    this.#all = sorted;
    for (const route of sorted) {
      if (route.template.wildcardTail) {
        this.#wildcard.push(route);
        continue;
      }
      const length = route.template.segments.length;
      const bucket = this.#exact.get(length) ?? [];
      this.#exact.set(length, bucket);
      bucket.push(route);
    }
  }

  get routes(): readonly R[] {
    return this.#all;
  }

  match(method: string, segments: readonly string[], path: string, carries?: ConditionCheck): RouteMatch<R> {
    const onPath: R[] = [];
    let head: { route: R; params: Record<string, string> } | undefined;
    for (const bucket of [this.#exact.get(segments.length), this.#wildcard]) {
      if (!bucket) continue;
      for (const route of bucket) {
        const params = matchPathTemplate(route.template, segments);
        if (!params) continue;
        if (route.conditions?.length && !carries?.(route.conditions)) continue;
        if (route.method === method || route.method === '*') return { kind: 'found', route, params };
        if (method === 'HEAD' && route.method === 'GET' && !head) head = { route, params };
        onPath.push(route);
      }
    }
    if (head) return { kind: 'found', ...head };
    if (onPath.length > 0) {
      const allow = new Set(onPath.map((route) => route.method));
      if (allow.has('GET')) allow.add('HEAD');
      return { kind: 'method-not-allowed', allow: [...allow].sort(), onPath };
    }
    return { kind: 'not-found', closest: this.closest(path) };
  }

  /** Up to three route templates nearest to `path` by edit distance, for 404 hints. */
  closest(path: string, limit = 3): string[] {
    const scored = new Map<string, number>();
    // Cut long paths: a request path is client input, and the distance is quadratic in its length.
    const cut = path.slice(0, 200);
    for (const route of this.#all) {
      const text = route.template.text;
      if (!scored.has(text)) scored.set(text, editDistance(cut, text.slice(0, 200)));
    }
    return [...scored.entries()]
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([text]) => text);
  }
}
