import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { JsonObject } from '../../contract/types.js';
import { ErrorCode, MockforgeError } from '../../errors.js';
import { ParsedRecords } from './parsed-records.js';
import { REDIS_SCRIPTS, type RedisScript } from './redis-scripts.js';
import type { StateStore } from './store.js';
import { StoreUnavailableError } from './store-unavailable.js';

export interface RedisStoreOptions {
  url: string;
  /** The URL without its password, for messages. */
  display: string;
  workspaceId: string;
  /** Store lost / back, once per outage. */
  log?: (message: string) => void;
  /** How long a replica waits for another one's seeding (default 60 s). */
  seedWaitMs?: number;
}

const COMMAND_TIMEOUT_MS = 2000;
const CONNECT_TIMEOUT_MS = 3000;
const LOCK_POLL_MS = 50;

/**
 * The unified state in Redis, shared by every replica: keys under `mockforge:<workspace_id>:`, every write
 * one atomic script, every read straight from Redis (a write acknowledged by one replica is what the next
 * read of any replica sees). While Redis is lost each call fails at once with StoreUnavailableError (no
 * queue of stale commands), and the client reconnects in the background.
 */
export class RedisStore implements StateStore {
  readonly name: string;
  readonly #options: RedisStoreOptions;
  readonly #prefix: string;
  #redis: Redis | undefined;
  #lost = false;
  #seed: (() => Promise<void>) | undefined;
  readonly #parsed = new ParsedRecords();

  constructor(options: RedisStoreOptions) {
    this.#options = options;
    this.name = options.display;
    this.#prefix = `mockforge:${options.workspaceId}:`;
  }

  async open(): Promise<void> {
    const Redis = await loadRedisClient();
    const redis = new Redis(this.#options.url, {
      lazyConnect: true,
      // Commands of requests in flight together go out in one write: a GET under load is one round trip shared.
      enableAutoPipelining: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: CONNECT_TIMEOUT_MS,
      commandTimeout: COMMAND_TIMEOUT_MS,
      retryStrategy: (attempt) => Math.min(attempt * 100, 1000),
    });
    for (const [name, lua] of Object.entries(REDIS_SCRIPTS))
      redis.defineCommand(name, { numberOfKeys: name === 'mfUnlock' ? 1 : 0, lua });
    let booted = false;
    const lose = (why: string) => {
      if (!booted || this.#lost || this.#redis !== redis) return;
      this.#lost = true;
      this.#options.log?.(`state store ${this.name} lost (${why}): answering 503 until it is back`);
    };
    redis.on('error', (error: Error) => lose(error.message));
    redis.on('close', () => lose('connection closed'));
    redis.on('ready', () => {
      if (!this.#lost) return;
      this.#lost = false;
      this.#options.log?.(`state store ${this.name} is back`);
      // A Redis that came back empty (restarted without persistence) is seeded again, once.
      const seed = this.#seed;
      if (seed) this.seedOnce(seed).catch((error: Error) => this.#options.log?.(error.message));
    });
    try {
      await redis.connect();
      await redis.ping();
    } catch (error) {
      redis.disconnect();
      throw new MockforgeError(
        ErrorCode.StoreUnreachable,
        `cannot reach the state store ${this.name}: ${(error as Error).message}`,
        {
          hint: 'start Redis there, or fix core.consistency.unified_state.store (--store, MOCKFORGE_STORE); memory is the default',
          cause: error,
        },
      );
    }
    booted = true;
    this.#redis = redis;
  }

  async close(): Promise<void> {
    const redis = this.#redis;
    this.#redis = undefined;
    if (!redis) return;
    await redis.quit().catch(() => redis.disconnect());
  }

  async get(collection: string, id: string): Promise<JsonObject | undefined> {
    const text = await this.#call((r) => r.hget(this.#key('records', collection), id));
    return text === null ? undefined : this.#parsed.parse(text);
  }

  async has(collection: string, id: string): Promise<boolean> {
    return (await this.#call((r) => r.hexists(this.#key('records', collection), id))) === 1;
  }

  async isDeleted(collection: string, id: string): Promise<boolean> {
    return (await this.#call((r) => r.sismember(this.#key('deleted', collection), id))) === 1;
  }

  async list(collection: string): Promise<JsonObject[]> {
    const texts = (await this.#script('mfList', collection)) as string[];
    return texts.map((text) => this.#parsed.parse(text));
  }

  async count(collection: string): Promise<number> {
    return this.#call((r) => r.hlen(this.#key('records', collection)));
  }

  async ids(collection: string): Promise<string[]> {
    return this.#call((r) => r.zrange(this.#key('order', collection), '0', '-1'));
  }

  async put(collection: string, id: string, record: JsonObject): Promise<JsonObject> {
    const text = JSON.stringify(record);
    await this.#script('mfPut', collection, id, text);
    return this.#parsed.parse(text);
  }

  async delete(collection: string, id: string): Promise<boolean> {
    return (await this.#script('mfDelete', collection, id)) === 1;
  }

  async nextId(collection: string, prefix: string): Promise<string> {
    return (await this.#script('mfNextId', collection, prefix)) as string;
  }

  async seedOnce(seed: () => Promise<void>): Promise<void> {
    this.#seed = seed;
    await this.#locked(async () => {
      if ((await this.#call((r) => r.exists(`${this.#prefix}seeded`))) === 1) return;
      await seed();
      await this.#call((r) => r.set(`${this.#prefix}seeded`, new Date().toISOString()));
    });
  }

  async reset(seed: () => Promise<void>): Promise<void> {
    this.#seed = seed;
    await this.#locked(async () => {
      await this.#script('mfClear');
      await seed();
      await this.#call((r) => r.set(`${this.#prefix}seeded`, new Date().toISOString()));
    });
  }

  async dump(): Promise<Record<string, JsonObject[]>> {
    const names = await this.#call((r) => r.smembers(`${this.#prefix}collections`));
    const out: Record<string, JsonObject[]> = {};
    for (const name of names.sort()) {
      const records = await this.list(name);
      if (records.length > 0) out[name] = records;
    }
    return out;
  }

  async size(): Promise<number> {
    return (await this.#script('mfSize')) as number;
  }

  /** Runs `work` holding this workspace's seed lock: ten replicas booting together seed once. */
  async #locked(work: () => Promise<void>): Promise<void> {
    const lock = `${this.#prefix}lock`;
    const token = randomUUID();
    const waitMs = this.#options.seedWaitMs ?? 60_000;
    const deadline = performance.now() + waitMs;
    while ((await this.#call((r) => r.set(lock, token, 'PX', waitMs, 'NX'))) !== 'OK') {
      if (performance.now() > deadline) {
        throw new StoreUnavailableError(this.name, `another replica held the seed lock ${lock} for ${waitMs} ms`);
      }
      await sleep(LOCK_POLL_MS);
    }
    try {
      await work();
    } finally {
      await this.#call((r) => (r as unknown as Scripts).mfUnlock(lock, token)).catch(() => undefined);
    }
  }

  #key(kind: 'records' | 'order' | 'deleted', collection: string): string {
    return `${this.#prefix}${kind}:${collection}`;
  }

  #script(name: RedisScript, ...args: string[]): Promise<unknown> {
    return this.#call((r) => (r as unknown as Scripts)[name](this.#prefix, ...args));
  }

  async #call<T>(command: (redis: Redis) => Promise<T>): Promise<T> {
    const redis = this.#redis;
    if (!redis) throw new StoreUnavailableError(this.name, 'not connected');
    try {
      return await command(redis);
    } catch (error) {
      throw new StoreUnavailableError(this.name, (error as Error).message);
    }
  }
}

/** ioredis is CommonJS: bundled, its class is the default export's `Redis`; under Node directly, a named export. */
async function loadRedisClient(): Promise<typeof Redis> {
  const loaded = (await import('ioredis')) as { Redis?: typeof Redis; default?: { Redis?: typeof Redis } };
  const found = loaded.Redis ?? loaded.default?.Redis;
  if (!found) throw new Error('the ioredis package has no Redis class');
  return found;
}

type Scripts = Record<RedisScript, (...args: string[]) => Promise<unknown>>;
