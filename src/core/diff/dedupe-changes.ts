import type { OasdiffChange } from '../oasdiff/run-oasdiff.js';
import type { Pacer } from '../pacer.js';
import { shortestPropertyPath } from './canonical-path.js';
import { mediaTypeNoted } from './change-route.js';
import { type DiffSide, type MappedChange, nodesOf } from './map-change.js';
import type { ContractChange } from './types.js';

/** A change ready for keys: mapped, deduplicated, with the values its key is made of. */
export type PairChange = Omit<ContractChange, 'key' | 'consumers'> & { keyValues: string[] };

export interface ChangeCollector {
  add(change: OasdiffChange): void;
  /** The distinct changes, in a fixed order (not oasdiff's, which varies between runs). */
  changes(): OasdiffChange[];
  /** How many items oasdiff printed, duplicates included. */
  readonly received: number;
}

/**
 * Collects oasdiff's changes as they stream in, keeping one per change however many paths reached it:
 * oasdiff reports a change inside a shared schema once per path from the operation to it (hundreds of
 * thousands of items on large contracts). Items are the same change when the check, the operation, the
 * lines oasdiff names, the media type and the quoted values agree, a property path compared by its last step
 * only. Media types that share one schema are one change again once mapped (see dedupeMapped).
 */
export function createChangeCollector(): ChangeCollector {
  const kept = new Map<string, OasdiffChange>();
  let received = 0;
  return {
    add(change) {
      received++;
      const identity = [
        change.id,
        change.operation ?? '',
        change.path ?? '',
        change.baseSource?.line ?? '',
        change.revisionSource?.line ?? '',
        mediaTypeNoted(change.text) ?? '',
        ...quotedValues(change.text).map(lastStep),
      ].join('\0');
      const earlier = kept.get(identity);
      if (!earlier || isPreferred(change.text, earlier.text)) kept.set(identity, slim(change));
    },
    changes: () => [...kept.values()].sort((a, b) => compareText(a.text, b.text)),
    get received() {
      return received;
    },
  };
}

/**
 * One change per element and operation, each with the values of its key: the check id's quoted values,
 * with a property path replaced by the shortest path to the same node (see shortestPropertyPath), so one
 * change has one key in every run. Of changes that agree, the one with the shortest text is kept.
 */
export async function dedupeMapped(
  changes: readonly MappedChange[],
  base: DiffSide,
  head: DiffSide,
  pacer: Pacer,
): Promise<PairChange[]> {
  const kept = new Map<string, PairChange>();
  for (const change of changes) {
    if (pacer.due()) await pacer.pause();
    const values = quotedValues(change.text);
    const property = change.route.property?.text;
    const { element } = change;
    if (property !== undefined && element.schemaRoot !== undefined && element.propertyNode !== undefined) {
      const view = nodesOf(element.side === 'base' ? base : head);
      const shortest = shortestPropertyPath(view, element.schemaRoot, element.propertyNode);
      const at = values.indexOf(property);
      if (shortest !== undefined && shortest !== '' && at >= 0) values[at] = shortest;
    }
    const where = change.operation ? `${change.operation.method} ${change.operation.path}` : '';
    const identity = [change.id, where, element.side, element.pointer, ...values].join('\0');
    const earlier = kept.get(identity);
    if (earlier && !isPreferred(change.text, earlier.text)) continue;
    const { element: _element, route: _route, ...rest } = change;
    kept.set(identity, { ...rest, keyValues: values });
  }
  return [...kept.values()];
}

/**
 * A key that survives rewording, line moves and oasdiff's traversal order: the check id, the operation and
 * the key values. Changes that share a key but not a media type are told apart by it (`[y|200|text/json]`);
 * any that still share one get `#2`, `#3` in the order of their locations.
 */
export function assignKeys<T extends PairChange>(changes: readonly T[]): Array<T & { key: string }> {
  const keyOf = (change: T, values: readonly string[]) => {
    const where = change.operation ? ` ${change.operation.method} ${change.operation.path}` : '';
    return `${change.id}${where}${values.length > 0 ? ` [${values.join('|')}]` : ''}`;
  };
  const plain = changes.map((change) => keyOf(change, change.keyValues));
  const sharing = new Map<string, number>();
  for (const key of plain) sharing.set(key, (sharing.get(key) ?? 0) + 1);
  const keyed = changes.map((change, index) => {
    const key = plain[index] as string;
    const media = (sharing.get(key) ?? 0) > 1 ? mediaTypeNoted(change.text) : undefined;
    return { change, key: media === undefined ? key : keyOf(change, [...change.keyValues, media]) };
  });
  const order = [...keyed].sort(
    (a, b) =>
      compareText(a.key, b.key) ||
      compareText(a.change.location.file, b.change.location.file) ||
      a.change.location.line - b.change.location.line ||
      compareText(a.change.text, b.change.text),
  );
  const seen = new Map<string, number>();
  const numbered = new Map<(typeof keyed)[number], string>();
  for (const entry of order) {
    const count = (seen.get(entry.key) ?? 0) + 1;
    seen.set(entry.key, count);
    numbered.set(entry, count > 1 ? `${entry.key} #${count}` : entry.key);
  }
  return keyed.map((entry) => {
    const { keyValues: _values, ...change } = entry.change;
    return { ...(change as T), key: numbered.get(entry) as string };
  });
}

export function quotedValues(text: string): string[] {
  return [...text.matchAll(/`([^`]*)`/g)].map((m) => m[1] as string);
}

function lastStep(value: string): string {
  const cut = value.lastIndexOf('/');
  return cut < 0 ? value : value.slice(cut + 1);
}

/** The shorter text (the shorter path), then the first in code-point order: the same choice in every run. */
function isPreferred(text: string, than: string): boolean {
  return text.length < than.length || (text.length === than.length && text < than);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Only what the mapping reads: the rest of oasdiff's item (fingerprint, source, section) is dropped. */
function slim(change: OasdiffChange): OasdiffChange {
  return {
    id: change.id,
    text: change.text,
    level: change.level,
    ...(change.operation !== undefined ? { operation: change.operation } : {}),
    ...(change.operationId !== undefined ? { operationId: change.operationId } : {}),
    ...(change.path !== undefined ? { path: change.path } : {}),
    ...(change.baseSource ? { baseSource: change.baseSource } : {}),
    ...(change.revisionSource ? { revisionSource: change.revisionSource } : {}),
  };
}
