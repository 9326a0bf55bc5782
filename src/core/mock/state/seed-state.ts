import type { JsonObject } from '../../contract/types.js';
import { isObject } from '../../source/json-object.js';
import { resolveNode } from '../contract-node.js';
import { hashSeed } from '../random.js';
import { type DataContext, generateForSchema } from '../response/example-data.js';
import { idValue, mintId } from './mint-id.js';
import { linkTarget, type Resource } from './resources.js';
import type { StateStore } from './store.js';

/** A resource with what it takes to invent its records (the contract it came from). */
export interface ResourceBinding {
  resource: Resource;
  data: Omit<DataContext, 'seed'>;
}

export interface PersonaOptions {
  workspaceId: string;
  /** Collections by name: the first workspace declaring a collection gives its schema. */
  bindings: Map<string, ResourceBinding>;
  store: StateStore;
}

const SEEDED_PER_COLLECTION = 3;

/** Seeds every collection with the same few personas for a given workspace id; links point at seeded ids. */
export async function seedPersonas(options: PersonaOptions): Promise<void> {
  const pools = new Map<string, string[]>();
  for (const [name, binding] of options.bindings) {
    const stored = await options.store.ids(name);
    const ids = new Set(stored);
    let n = 0;
    while (ids.size < SEEDED_PER_COLLECTION + stored.length && n < 50) {
      const seed = hashSeed(options.workspaceId, name, n++);
      ids.add(mintId(binding, `${binding.resource.singular}_${100 + (seed % 900)}`, seed));
    }
    pools.set(name, [...ids].sort());
  }
  for (const [name, pool] of pools) {
    for (const id of pool) {
      if (!(await options.store.has(name, id)))
        await options.store.put(name, id, await createPersona(options, name, id, pools));
    }
  }
}

/** The record of `id` as the persona graph knows it: the same data for the same workspace id, every run. */
export async function createPersona(
  options: PersonaOptions,
  collection: string,
  id: string,
  pools?: Map<string, string[]>,
): Promise<JsonObject> {
  const binding = options.bindings.get(collection);
  const seed = hashSeed(options.workspaceId, collection, id);
  const generated = binding?.resource.schemaPointer
    ? generateForSchema(
        resolveNode(binding.data.document, binding.resource.schemaPointer)?.node,
        { ...binding.data, seed },
        'response',
      )
    : {};
  const record: JsonObject = isObject(generated) ? generated : {};
  if (!binding) return { id };
  if (binding.resource.idInRecord) record[binding.resource.idField] = idValue(binding, id);
  const known = await linkPools(options, binding, pools);
  const pick = (field: string, salt: number): string | undefined => {
    const target = linkTarget(field);
    const ids = target ? (known.get(target) ?? []) : [];
    return ids.length > 0 ? ids[hashSeed(seed, field, salt) % ids.length] : undefined;
  };
  for (const field of binding.resource.linkFields) {
    const linked = pick(field, 0);
    if (linked !== undefined && typeof record[field] !== 'number') record[field] = linked;
  }
  for (const [field, links] of binding.resource.nestedLinkFields) {
    const items = record[field];
    if (!Array.isArray(items)) continue;
    items.forEach((item, index) => {
      if (!item || typeof item !== 'object') return;
      for (const link of links) {
        const linked = pick(link, index + 1);
        if (linked !== undefined && typeof (item as JsonObject)[link] !== 'number') (item as JsonObject)[link] = linked;
      }
    });
  }
  return record;
}

/** The ids each link field of a record may point at: the seeding pools, else the stored ids. */
async function linkPools(
  options: PersonaOptions,
  binding: ResourceBinding,
  pools: Map<string, string[]> | undefined,
): Promise<Map<string, string[]>> {
  const fields = [...binding.resource.linkFields, ...[...binding.resource.nestedLinkFields.values()].flat()];
  const known = new Map<string, string[]>();
  for (const field of fields) {
    const target = linkTarget(field);
    if (target === undefined || known.has(target)) continue;
    known.set(target, pools?.get(target) ?? (await options.store.ids(target)));
  }
  return known;
}
