import { matchPathTemplate, type PathTemplate, templateSpecificity } from './path-template.js';

export interface RoutableEntry {
  /** Upper-case method. */
  method: string;
  template: PathTemplate;
}

export type RouteMatch<R> =
  | { kind: 'found'; route: R; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found'; closest: string[] };

/** Routes bucketed by segment count and sorted by specificity, so a lookup tests only a few templates. */
export class RouteTable<R extends RoutableEntry> {
  readonly #exact = new Map<number, R[]>();
  readonly #wildcard: R[] = [];
  readonly #all: R[];

  constructor(routes: readonly R[]) {
    const sorted = [...routes].sort((a, b) => templateSpecificity(b.template) - templateSpecificity(a.template));
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

  match(method: string, segments: readonly string[], path: string): RouteMatch<R> {
    const allow = new Set<string>();
    let head: { route: R; params: Record<string, string> } | undefined;
    for (const bucket of [this.#exact.get(segments.length), this.#wildcard]) {
      if (!bucket) continue;
      for (const route of bucket) {
        const params = matchPathTemplate(route.template, segments);
        if (!params) continue;
        if (route.method === method || route.method === '*') return { kind: 'found', route, params };
        if (method === 'HEAD' && route.method === 'GET' && !head) head = { route, params };
        allow.add(route.method);
      }
    }
    if (head) return { kind: 'found', ...head };
    if (allow.size > 0) {
      if (allow.has('GET')) allow.add('HEAD');
      return { kind: 'method-not-allowed', allow: [...allow].sort() };
    }
    return { kind: 'not-found', closest: this.closest(path) };
  }

  /** Up to three route templates nearest to `path` by edit distance, for 404 hints. */
  closest(path: string, limit = 3): string[] {
    const scored = new Map<string, number>();
    for (const route of this.#all) {
      const text = route.template.text;
      if (!scored.has(text)) scored.set(text, editDistance(path, text));
    }
    return [...scored.entries()]
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([text]) => text);
  }
}

function editDistance(a: string, b: string): number {
  const left = a.slice(0, 200);
  const right = b.slice(0, 200);
  let previous = Array.from({ length: right.length + 1 }, (_, i) => i);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}
