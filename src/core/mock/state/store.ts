import type { JsonObject } from '../../contract/types.js';

/**
 * The one store every workspace shares: collections of records by id, in insertion order. Records are
 * replaced, never mutated. Two implementations: in this process's memory (the default) and in Redis
 * (replicas share it). Every method is async; the memory store answers within the same tick, so a reset
 * or a create is still atomic for the requests of its process.
 */
export interface StateStore {
  /** Where the state lives, for messages: `memory` or the Redis URL without its password. */
  readonly name: string;
  get(collection: string, id: string): Promise<JsonObject | undefined>;
  has(collection: string, id: string): Promise<boolean>;
  isDeleted(collection: string, id: string): Promise<boolean>;
  list(collection: string): Promise<JsonObject[]>;
  count(collection: string): Promise<number>;
  ids(collection: string): Promise<string[]>;
  put(collection: string, id: string, record: JsonObject): Promise<JsonObject>;
  delete(collection: string, id: string): Promise<boolean>;
  /** The next free id of the form `<prefix>_<n>` (from 1001, per reset); never the same twice, also across replicas. */
  nextId(collection: string, prefix: string): Promise<string>;
  /** Runs `seed` unless this workspace's state was seeded already (by this process or another replica). */
  seedOnce(seed: () => Promise<void>): Promise<void>;
  /** Clears this workspace's state and runs `seed`, one replica at a time. */
  reset(seed: () => Promise<void>): Promise<void>;
  /** Every collection with its records, sorted by name, for the admin state dump. */
  dump(): Promise<Record<string, JsonObject[]>>;
  /** Records in all collections. */
  size(): Promise<number>;
  /** Connects (the memory store has nothing to do); a store it cannot reach is a coded error. */
  open(): Promise<void>;
  close(): Promise<void>;
}

/** The store in this process's memory: lost with the process, not shared with replicas. */
export class MemoryStore implements StateStore {
  readonly name = 'memory';
  #collections = new Map<string, Map<string, JsonObject>>();
  #deleted = new Map<string, Set<string>>();
  #counters = new Map<string, number>();
  #seeded = false;

  async get(collection: string, id: string): Promise<JsonObject | undefined> {
    return this.#collections.get(collection)?.get(id);
  }

  async has(collection: string, id: string): Promise<boolean> {
    return this.#has(collection, id);
  }

  async isDeleted(collection: string, id: string): Promise<boolean> {
    return this.#isDeleted(collection, id);
  }

  async list(collection: string): Promise<JsonObject[]> {
    return this.#list(collection);
  }

  async count(collection: string): Promise<number> {
    return this.#collections.get(collection)?.size ?? 0;
  }

  async ids(collection: string): Promise<string[]> {
    return [...(this.#collections.get(collection)?.keys() ?? [])];
  }

  async put(collection: string, id: string, record: JsonObject): Promise<JsonObject> {
    const records = this.#collections.get(collection) ?? new Map<string, JsonObject>();
    this.#collections.set(collection, records);
    const stored = Object.freeze(structuredClone(record));
    records.set(id, stored);
    this.#deleted.get(collection)?.delete(id);
    return stored;
  }

  async delete(collection: string, id: string): Promise<boolean> {
    const removed = this.#collections.get(collection)?.delete(id) ?? false;
    const deleted = this.#deleted.get(collection) ?? new Set<string>();
    this.#deleted.set(collection, deleted);
    deleted.add(id);
    return removed;
  }

  async nextId(collection: string, prefix: string): Promise<string> {
    let n = this.#counters.get(collection) ?? 1000;
    let id: string;
    do {
      n += 1;
      id = `${prefix}_${n}`;
    } while (this.#has(collection, id) || this.#isDeleted(collection, id));
    this.#counters.set(collection, n);
    return id;
  }

  async seedOnce(seed: () => Promise<void>): Promise<void> {
    if (this.#seeded) return;
    this.#seeded = true;
    await seed();
  }

  async reset(seed: () => Promise<void>): Promise<void> {
    this.#collections = new Map();
    this.#deleted = new Map();
    this.#counters = new Map();
    this.#seeded = true;
    await seed();
  }

  async dump(): Promise<Record<string, JsonObject[]>> {
    const out: Record<string, JsonObject[]> = {};
    for (const name of [...this.#collections.keys()].sort()) out[name] = this.#list(name);
    return out;
  }

  async size(): Promise<number> {
    let total = 0;
    for (const records of this.#collections.values()) total += records.size;
    return total;
  }

  async open(): Promise<void> {}

  async close(): Promise<void> {}

  #has(collection: string, id: string): boolean {
    return this.#collections.get(collection)?.has(id) ?? false;
  }

  #isDeleted(collection: string, id: string): boolean {
    return this.#deleted.get(collection)?.has(id) ?? false;
  }

  #list(collection: string): JsonObject[] {
    return [...(this.#collections.get(collection)?.values() ?? [])];
  }
}
