import type { JsonObject } from '../../contract/types.js';

/**
 * The one store every workspace shares: collections of records by id. Records are replaced, never
 * mutated, so a serialized response can be cached per record object.
 */
export class StateStore {
  #collections = new Map<string, Map<string, JsonObject>>();
  #deleted = new Map<string, Set<string>>();
  #counters = new Map<string, number>();

  get(collection: string, id: string): JsonObject | undefined {
    return this.#collections.get(collection)?.get(id);
  }

  has(collection: string, id: string): boolean {
    return this.#collections.get(collection)?.has(id) ?? false;
  }

  isDeleted(collection: string, id: string): boolean {
    return this.#deleted.get(collection)?.has(id) ?? false;
  }

  list(collection: string): JsonObject[] {
    return [...(this.#collections.get(collection)?.values() ?? [])];
  }

  count(collection: string): number {
    return this.#collections.get(collection)?.size ?? 0;
  }

  ids(collection: string): string[] {
    return [...(this.#collections.get(collection)?.keys() ?? [])];
  }

  put(collection: string, id: string, record: JsonObject): JsonObject {
    const records = this.#collections.get(collection) ?? new Map<string, JsonObject>();
    this.#collections.set(collection, records);
    const stored = Object.freeze(structuredClone(record));
    records.set(id, stored);
    this.#deleted.get(collection)?.delete(id);
    return stored;
  }

  delete(collection: string, id: string): boolean {
    const removed = this.#collections.get(collection)?.delete(id) ?? false;
    const deleted = this.#deleted.get(collection) ?? new Set<string>();
    this.#deleted.set(collection, deleted);
    deleted.add(id);
    return removed;
  }

  /** The next free id of the form `<singular>_<n>` for a collection (deterministic per reset). */
  nextId(collection: string, prefix: string): string {
    let n = this.#counters.get(collection) ?? 1000;
    let id: string;
    do {
      n += 1;
      id = `${prefix}_${n}`;
    } while (this.has(collection, id) || this.isDeleted(collection, id));
    this.#counters.set(collection, n);
    return id;
  }

  clear(): void {
    this.#collections = new Map();
    this.#deleted = new Map();
    this.#counters = new Map();
  }

  /** Every collection with its records, sorted by name, for the admin state dump. */
  dump(): Record<string, JsonObject[]> {
    const out: Record<string, JsonObject[]> = {};
    for (const name of [...this.#collections.keys()].sort()) out[name] = this.list(name);
    return out;
  }

  get size(): number {
    let total = 0;
    for (const records of this.#collections.values()) total += records.size;
    return total;
  }
}
