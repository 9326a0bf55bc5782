import { RedisStore } from './redis-store.js';
import { MemoryStore, type StateStore } from './store.js';
import type { StoreSpec } from './store-spec.js';

/** The store a spec names, not yet open (see StateStore.open). */
export function createStore(spec: StoreSpec, workspaceId: string, log?: (message: string) => void): StateStore {
  if (spec.kind === 'memory') return new MemoryStore();
  return new RedisStore({ url: spec.url, display: spec.display, workspaceId, ...(log ? { log } : {}) });
}
