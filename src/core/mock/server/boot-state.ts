import type { WorkspaceConfig } from '../../config/types.js';
import type { JsonObject, LoadedContract } from '../../contract/types.js';
import { isObject } from '../../source/json-object.js';
import { resolveNode } from '../contract-node.js';
import { deepFreeze } from '../response/choose-body.js';
import { applyLinks } from '../state/link-item-paths.js';
import { inferResources, type Resource } from '../state/resources.js';
import type { ScenarioSeed } from '../state/seed-from-scenarios.js';
import { type ResourceBinding, seedPersonas } from '../state/seed-state.js';
import type { MockContext } from './mock-context.js';
import type { PreparedWorkspace } from './prepare-workspace.js';

export interface Bindings {
  byContract: Map<LoadedContract, Resource[]>;
  /** Collection name -> the first workspace's resource (its schema makes the personas). */
  byName: Map<string, ResourceBinding>;
}

/** Resources of every contract; a collection served by several workspaces is one collection. */
export function buildBindings(workspaces: Array<{ config: WorkspaceConfig; contract: LoadedContract }>): Bindings {
  const byContract = new Map<LoadedContract, Resource[]>();
  const byName = new Map<string, ResourceBinding>();
  for (const { contract } of workspaces) {
    if (byContract.has(contract)) continue;
    const resources = applyLinks(contract, inferResources(contract));
    byContract.set(contract, resources);
    for (const resource of resources) {
      const known = byName.get(resource.name);
      const data = { document: contract.document, openapi: contract.openapi };
      if (known?.resource.schemaPointer && resource.schemaPointer) {
        // Same name, other record shape (Twilio's conference and account `recordings`): a collection of its own.
        if (signature(known) !== signature({ resource, data }))
          resource.name = `${resource.name}@${resource.collectionPath}`;
      }
      const current = byName.get(resource.name);
      if (!current || (!current.resource.schemaPointer && resource.schemaPointer))
        byName.set(resource.name, { resource, data });
    }
  }
  return { byContract, byName };
}

/** The record schema as text, refs followed one level: equal for the same shared component in two contracts. */
function signature(binding: ResourceBinding): string {
  const pointer = binding.resource.schemaPointer;
  const node = pointer ? resolveNode(binding.data.document, pointer)?.node : undefined;
  return JSON.stringify(node ?? null);
}

export interface AssignedSeeds {
  /** Steps answered verbatim, by workspace. */
  canned: Map<string, ScenarioSeed[]>;
  /** Records a scenario shows (a GET of an item): stored at every (re)seed. */
  records: Array<{ collection: string; id: string; record: JsonObject }>;
  notices: string[];
}

/**
 * Each scenario step goes to its `service` (or the first workspace with a matching route). With unified
 * state a successful GET of an item becomes a stored record (so later updates show); every other step is
 * answered verbatim when its request comes.
 */
export function assignScenarioSeeds(
  workspaces: PreparedWorkspace[],
  seeds: ScenarioSeed[],
  stateEnabled: boolean,
): AssignedSeeds {
  const canned = new Map<string, ScenarioSeed[]>();
  const records: AssignedSeeds['records'] = [];
  const notices: string[] = [];
  for (const seed of seeds) {
    deepFreeze(seed.responseBody);
    const candidates = seed.service ? workspaces.filter((w) => w.config.name === seed.service) : workspaces;
    let placed = false;
    for (const workspace of candidates) {
      const base = workspace.baseSegments;
      if (base.some((s, i) => seed.segments[i] !== s)) continue;
      const match = workspace.table.match(seed.method, seed.segments.slice(base.length), seed.path);
      if (match.kind !== 'found') continue;
      placed = true;
      const binding = match.route.resource;
      const body = seed.responseBody;
      const isRecord = isObject(body);
      if (stateEnabled && binding?.role === 'collection' && seed.method === 'GET' && seed.status < 300) {
        // A list is the store's to answer (filtered by the query the step's path may carry).
      } else if (stateEnabled && binding?.role === 'item' && seed.method === 'GET' && seed.status < 300 && isRecord) {
        const id = Object.values(match.params).at(-1) ?? '';
        records.push({ collection: binding.resource.name, id, record: { ...(body as JsonObject) } });
      } else {
        const list = canned.get(workspace.config.name) ?? [];
        list.push(seed);
        canned.set(workspace.config.name, list);
      }
      break;
    }
    if (!placed && seed.service && candidates.length > 0) {
      notices.push(`scenario step '${seed.step}' (${seed.method} ${seed.path}) matches no route of '${seed.service}'`);
    }
  }
  return { canned, records, notices };
}

/** Scenario records first (so personas may link to them), then the seeded personas. */
export async function seedStore(context: MockContext, records: AssignedSeeds['records']): Promise<void> {
  for (const record of mockFileRecords(context)) await context.store.put(record.collection, record.id, record.record);
  for (const { collection, id, record } of records) await context.store.put(collection, id, record);
  await seedPersonas(context.personas);
}

/**
 * With unified state an item GET answers from the store, so the body `mockforge generate` wrote for it
 * (hand edits included) becomes a stored record under its own id: served for that id and listed.
 */
function mockFileRecords(context: MockContext): AssignedSeeds['records'] {
  const lookup = context.mockData;
  if (!lookup) return [];
  const out: AssignedSeeds['records'] = [];
  for (const workspace of context.workspaces) {
    for (const route of workspace.table.routes) {
      const binding = route.resource;
      const primary = route.responses?.primary;
      if (binding?.role !== 'item' || route.method !== 'GET' || !route.operation || !primary) continue;
      for (const media of primary.spec.media) {
        const found = lookup.body(workspace.config.name, route.operation.pointer, primary.status, media.mediaType);
        const body = found?.value;
        if (!isObject(body)) continue;
        const id = body[binding.resource.idField];
        if (typeof id === 'string' || typeof id === 'number') {
          out.push({ collection: binding.resource.name, id: String(id), record: { ...body } });
        }
      }
    }
  }
  return out;
}
