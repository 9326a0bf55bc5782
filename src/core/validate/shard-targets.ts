import { resolveLocalRef } from '../contract/resolve-ref.js';
import type { JsonObject, LoadedContract, Operation } from '../contract/types.js';
import { planShards, type ShardPlan, type UnitItem } from '../shard/shard-plan.js';
import { isObject } from '../source/json-object.js';
import { operationLabel } from './check-response.js';
import { ID_KEY, namesNoResource, normaliseName } from './known-ids.js';
import type { PlannedTarget } from './plan-targets.js';

/**
 * Splits validation by operation, keeping together the operations whose answers name the ids others are
 * sent with, so a shard sends the same requests the one job would have: a resource family (`GET
 * /v1/Services` lists the ids of `GET /v1/Services/{Sid}/PhoneNumbers`; a create feeds the reads of its
 * stateful chain), joined with every family whose responses have a field named like one of its path
 * parameters (`domain_sid` for `{DomainSid}`). These units are balanced over the shards by operations.
 */
export function planValidateShards(targets: readonly PlannedTarget[], count: number): ShardPlan {
  const items: UnitItem[] = [];
  for (const target of targets) {
    const operations = target.contract.operations;
    // A service without operations still has a (empty) result, from exactly one shard.
    if (operations.length === 0) items.push({ group: target.name, name: '', unit: target.name, weight: 0 });
    const units = feedingUnits(target.contract);
    for (const operation of operations) {
      items.push({
        group: target.name,
        name: operationLabel(operation),
        unit: `${target.name} ${units.get(pathFamily(operation.path))}`,
      });
    }
  }
  return planShards('validate', items, count);
}

/** Family -> the unit it belongs to (named after its smallest family): families that feed each other ids, joined. */
function feedingUnits(contract: LoadedContract): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (family: string): string => {
    let root = family;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(family, root);
    return root;
  };
  const join = (a: string, b: string) => {
    const [x, y] = [find(a), find(b)];
    if (x === y) return;
    const [low, high] = x < y ? [x, y] : [y, x];
    parent.set(high, low);
  };
  const needs = new Map<string, Set<string>>();
  for (const operation of contract.operations) {
    const family = pathFamily(operation.path);
    parent.set(family, parent.get(family) ?? family);
    for (const [, name] of operation.path.matchAll(/\{([^}]+)\}/g)) {
      if (namesNoResource(name as string)) continue;
      const key = normaliseName(name as string);
      needs.set(key, (needs.get(key) ?? new Set()).add(family));
    }
  }
  for (const operation of contract.operations) {
    for (const name of responseIdFields(contract.document, operation)) {
      for (const family of needs.get(name) ?? []) join(pathFamily(operation.path), family);
    }
  }
  return new Map([...parent.keys()].map((family) => [family, find(family)]));
}

/** Normalised names of the id-like fields (`service_sid`) anywhere in an operation's 2xx JSON responses. */
function responseIdFields(document: JsonObject, operation: Operation): Set<string> {
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (node: unknown, depth: number): void => {
    const schema = resolveLocalRef(document, node);
    if (!isObject(schema) || seen.has(schema) || depth > 8) return;
    seen.add(schema);
    if (isObject(schema.properties)) {
      for (const [key, child] of Object.entries(schema.properties)) {
        if (ID_KEY.test(key)) names.add(normaliseName(key));
        walk(child, depth + 1);
      }
    }
    for (const key of ['items', 'additionalProperties', 'not'] as const) walk(schema[key], depth + 1);
    for (const key of ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const) {
      const list = schema[key];
      if (Array.isArray(list)) for (const child of list) walk(child, depth + 1);
    }
  };
  const responses = resolveLocalRef(document, operation.operation.responses);
  for (const [status, response] of Object.entries(isObject(responses) ? responses : {})) {
    if (!/^2/.test(status)) continue;
    const content = resolveLocalRef(document, response);
    const media = isObject(content) && isObject(content.content) ? content.content : {};
    for (const [type, entry] of Object.entries(media)) if (/json/i.test(type) && isObject(entry)) walk(entry.schema, 0);
  }
  return names;
}

/**
 * The literal segments before the first path parameter, a file extension of the last one dropped:
 * `/v1/Services/{Sid}/PhoneNumbers` and `/v1/Services` -> `/v1/Services`; `/2010-04-01/Accounts.json` and
 * `/2010-04-01/Accounts/{Sid}.json` -> `/2010-04-01/Accounts`.
 */
export function pathFamily(path: string): string {
  const literal: string[] = [];
  for (const segment of path.split('/').filter(Boolean)) {
    if (segment.includes('{')) break;
    literal.push(segment);
  }
  const last = literal.length - 1;
  if (last >= 0) literal[last] = (literal[last] as string).replace(/\.[A-Za-z0-9]+$/, '');
  return `/${literal.join('/')}`;
}
