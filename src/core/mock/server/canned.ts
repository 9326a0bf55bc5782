import type { JsonObject } from '../../contract/types.js';
import { isObject } from '../../source/json-object.js';
import { findResponse } from '../response/response-spec.js';
import type { ScenarioSeed } from '../state/seed-from-scenarios.js';
import type { MockContext } from './mock-context.js';
import type { MockRoute, PreparedWorkspace } from './prepare-workspace.js';

/** The scenario step whose request this is (same method and path; its body, if any, contained in ours). */
export function findCanned(
  context: MockContext,
  workspace: PreparedWorkspace,
  method: string,
  segments: readonly string[],
  body: unknown,
): ScenarioSeed | undefined {
  const seeds = context.canned.get(workspace.config.name);
  if (!seeds) return undefined;
  return seeds.find(
    (seed) =>
      seed.method === method &&
      seed.segments.length === segments.length &&
      seed.segments.every((s, i) => s === segments[i]) &&
      (seed.requestBody === undefined || contains(body, seed.requestBody)),
  );
}

/**
 * A scenario's create step (or a config endpoint's fixed POST answer) also creates the record, so lists show
 * it: request body plus response body. Only where the contract documents the step's status.
 */
export async function applyCanned(
  context: MockContext,
  route: MockRoute,
  seed: ScenarioSeed,
  body: unknown,
): Promise<void> {
  const resource = route.resource;
  if (!context.stateEnabled || !resource || resource.role !== 'collection' || seed.method !== 'POST') return;
  if (route.source === 'config' || !route.responses || !findResponse(route.responses, seed.status)) return;
  if (seed.status < 200 || seed.status > 299 || !isObject(seed.responseBody)) return;
  const id = seed.responseBody[resource.resource.idField];
  if (typeof id !== 'string' && typeof id !== 'number') return;
  const record: JsonObject = {};
  for (const [key, value] of Object.entries(isObject(body) ? body : {})) record[key] = value;
  for (const [key, value] of Object.entries(seed.responseBody)) record[key] = value;
  await context.store.put(resource.resource.name, String(id), record);
}

/** Deep containment: every key of `expected` is in `actual` with a contained value; arrays element-wise. */
export function contains(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return actual === expected;
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => contains(actual[i], e))
    );
  }
  if (!isObject(actual)) return false;
  return Object.entries(expected).every(([key, value]) => Object.hasOwn(actual, key) && contains(actual[key], value));
}
