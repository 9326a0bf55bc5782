import type { JsonObject } from '../../contract/types.js';
import { isObject } from '../../source/json-object.js';
import { hashSeed } from '../random.js';
import { idFits, idValue, mintId } from './mint-id.js';
import { recordFields } from './record-fields.js';
import type { Resource } from './resources.js';
import { createPersona, type PersonaOptions } from './seed-state.js';

export type ResourceRole = 'collection' | 'item';

export interface ResourceRequest {
  resource: Resource;
  role: ResourceRole;
  method: string;
  /** The item id from the path (item role). */
  id: string | undefined;
  /** Every path parameter by name: a nested collection's parent ids (see Resource.parentLinks). */
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  body: unknown;
  personas: PersonaOptions;
  /** Unknown ids get a persona (and are stored) instead of a 404. */
  personaGraph: boolean;
}

export type ResourceOutcome =
  | { kind: 'record'; created: boolean; id: string; record: JsonObject }
  | { kind: 'list'; records: JsonObject[] }
  | { kind: 'deleted' }
  | { kind: 'not-found'; detail: string }
  /** The collection is at its limit: a flood of creates cannot exhaust the mock's memory. */
  | { kind: 'full'; detail: string }
  /** Not a state operation (e.g. a POST with a non-object body): answer from the contract. */
  | { kind: 'pass' };

export const MAX_RECORDS_PER_COLLECTION = 10_000;

const PAGING = new Set(['limit', 'offset', 'page', 'per_page', 'pagesize', 'page_size', 'cursor', 'sort', 'order']);

/** CRUD on the shared store: POST creates, GET reads or lists with query filters, PUT/PATCH update, DELETE removes. */
export async function handleResource(request: ResourceRequest): Promise<ResourceOutcome> {
  const { resource, personas } = request;
  const store = personas.store;
  const name = resource.name;
  if (request.role === 'collection') {
    if (request.method === 'GET' || request.method === 'HEAD') {
      const records = (await store.list(name)).filter((record) => underParent(request, record));
      return { kind: 'list', records: listRecords(records, request.query) };
    }
    if (request.method !== 'POST' || !isObject(request.body)) return { kind: 'pass' };
    if ((await store.count(name)) >= MAX_RECORDS_PER_COLLECTION) {
      return {
        kind: 'full',
        detail: `${name} holds ${MAX_RECORDS_PER_COLLECTION} records, the limit: POST /__mockforge/reset`,
      };
    }
    const given = request.body[resource.idField];
    const id = typeof given === 'string' || typeof given === 'number' ? String(given) : await newRecordId(request);
    const persona = await createPersona(personas, name, id);
    const fields = { ...recordFields(resource, request.body), ...parentValues(request, persona) };
    const record = fillRequired(resource, persona, fields);
    if (resource.idInRecord)
      record[resource.idField] = typeof given === 'number' ? given : idValue(personas.bindings.get(name), id);
    return { kind: 'record', created: true, id, record: await store.put(name, id, record) };
  }
  const id = request.id ?? '';
  const found = await store.get(name, id);
  // An id no record could have (the path takes any string, the record's id field is a 34-character sid):
  // answered from the contract, as without state.
  if (!found && !idFits(personas.bindings.get(name), id)) return { kind: 'pass' };
  const stored = found ?? (await materialize(request, id));
  // Under another parent (`/users/user_2/orders/order_1` for user_1's order), the item does not exist.
  const existing = stored && underParent(request, stored) ? stored : undefined;
  const missing = { kind: 'not-found' as const, detail: `${resource.singular} '${id}' does not exist` };
  switch (request.method) {
    case 'GET':
    case 'HEAD':
      return existing ? { kind: 'record', created: false, id, record: existing } : missing;
    case 'DELETE':
      if (!existing) return missing;
      await store.delete(name, id);
      return { kind: 'deleted' };
    case 'PUT':
    case 'PATCH': {
      if (!isObject(request.body)) return { kind: 'pass' };
      if (!existing && request.method === 'PATCH') return missing;
      const base = request.method === 'PATCH' && existing ? { ...existing } : {};
      for (const [key, value] of Object.entries(recordFields(resource, request.body))) base[key] = value;
      if (resource.idInRecord) base[resource.idField] = existing?.[resource.idField] ?? id;
      return { kind: 'record', created: !existing, id, record: await store.put(name, id, base) };
    }
    default:
      return { kind: 'pass' };
  }
}

async function materialize(request: ResourceRequest, id: string): Promise<JsonObject | undefined> {
  const store = request.personas.store;
  if (!request.personaGraph || id === '' || (await store.isDeleted(request.resource.name, id))) return undefined;
  const persona = await createPersona(request.personas, request.resource.name, id);
  return store.put(request.resource.name, id, { ...persona, ...parentValues(request, persona) });
}

/** A free id for a created record: readable, or minted to fit the id field's schema (see mintId). */
async function newRecordId(request: ResourceRequest): Promise<string> {
  const { store, bindings, workspaceId } = request.personas;
  const { name, singular } = request.resource;
  for (let attempt = 0; ; attempt++) {
    const readable = await store.nextId(name, singular);
    const id = mintId(bindings.get(name), readable, hashSeed(workspaceId, name, readable));
    if (id === readable || attempt >= 100) return id;
    if (!((await store.has(name, id)) || (await store.isDeleted(name, id)))) return id;
  }
}

/** A record of a nested collection belongs to the parent the path names (`/users/{userId}/orders`). */
function underParent(request: ResourceRequest, record: JsonObject): boolean {
  return request.resource.parentLinks.every(({ param, field }) => {
    const wanted = request.params[param];
    return wanted === undefined || String(record[field]) === wanted;
  });
}

/** The parent ids from the path as record fields, typed like the persona's value (a number stays a number). */
function parentValues(request: ResourceRequest, persona: JsonObject): JsonObject {
  const values: JsonObject = {};
  for (const { param, field } of request.resource.parentLinks) {
    const value = request.params[param];
    if (value === undefined) continue;
    values[field] = typeof persona[field] === 'number' && Number.isFinite(Number(value)) ? Number(value) : value;
  }
  return values;
}

/** Records whose fields equal every non-paging query value (a repeated key matches any of its values). */
export function listRecords(records: JsonObject[], query: Record<string, string | string[]>): JsonObject[] {
  // Keys no record has (tracking parameters, unknown options) do not filter.
  const filters = Object.entries(query).filter(
    ([key]) => !PAGING.has(key.toLowerCase()) && records.some((r) => Object.hasOwn(r, key)),
  );
  let out = records.filter((record) =>
    filters.every(([key, wanted]) => {
      if (!Object.hasOwn(record, key)) return false;
      const actual = record[key];
      const values = Array.isArray(wanted) ? wanted : [wanted];
      return values.some((v) => String(actual) === v);
    }),
  );
  const offset = Number(first(query.offset) ?? 0);
  const limit = Number(first(query.limit) ?? Number.NaN);
  if (Number.isInteger(offset) && offset > 0) out = out.slice(offset);
  if (Number.isInteger(limit) && limit >= 0) out = out.slice(0, limit);
  return out;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The request's fields over the persona's values for required fields the request leaves out. A closed
 * record (additionalProperties: false, oneOf/anyOf) starts from the whole persona: its required fields
 * may be a oneOf branch's, which only a whole generated record is sure to have.
 */
function fillRequired(resource: Resource, persona: JsonObject, fields: JsonObject): JsonObject {
  const record: JsonObject = resource.closed ? { ...persona } : {};
  for (const field of resource.requiredFields)
    if (!(field in fields) && field in persona) record[field] = persona[field];
  for (const [key, value] of Object.entries(fields)) record[key] = value;
  return record;
}
