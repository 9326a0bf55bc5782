import { resolveLocalRef } from '../../contract/resolve-ref.js';
import type { JsonObject, LoadedContract } from '../../contract/types.js';
import { isObject } from '../../source/json-object.js';
import { appendPointer } from '../../source/json-pointer.js';
import { resolveChild, resolveNode } from '../contract-node.js';
import { splitPath } from '../routing/path-template.js';

/** A collection inferred from a contract: `/api/orders` plus `/api/orders/{id}`, records shaped by `schema`. */
export interface Resource {
  /** Store key shared by every service: the collection's last literal segment, e.g. `orders`. */
  name: string;
  singular: string;
  idField: string;
  /** False when the record has no id-like property and takes no extra ones: the id is the store key only. */
  idInRecord: boolean;
  /** The id's schema, $ref resolved (the id field's, else the item path parameter's): minted ids fit it. */
  idSchema: JsonObject | undefined;
  /** The record schema's properties (allOf merged, $refs resolved): request fields are matched to them. */
  properties: Map<string, JsonObject | undefined>;
  /** Property names by looseName (`friendlyname` -> `friendly_name`). */
  propertiesByLooseName: Map<string, string>;
  /** The record takes no properties beyond `properties` (additionalProperties: false, or oneOf/anyOf). */
  closed: boolean;
  /** Path templates as written in the contract (without the base path). */
  collectionPath: string;
  itemPath: string | undefined;
  /** Pointer of the record schema in the bundled contract, if one was found. */
  schemaPointer: string | undefined;
  /** Required properties of the record schema: filled from the persona when a POST leaves them out. */
  requiredFields: string[];
  /** Top-level fields linking to other collections: `user_id` -> `users`. */
  linkFields: string[];
  /** Array fields whose objects link: `items` -> ['product_id']. */
  nestedLinkFields: Map<string, string[]>;
  /**
   * Path parameters of a nested collection that name the parent record, with the field holding it:
   * `/users/{userId}/orders` -> [{param: 'userId', field: 'user_id'}]. Lists are scoped by them.
   */
  parentLinks: ParentLink[];
}

export interface ParentLink {
  param: string;
  field: string;
}

/** The collection a `*_id` field points at: `user_id` -> `users`, `category_id` -> `categories`. */
export function linkTarget(field: string): string | undefined {
  const match = /^(.+?)_?[iI]d$/.exec(field);
  if (!match?.[1] || field === 'id') return undefined;
  return pluralize(match[1].toLowerCase());
}

export function pluralize(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

export function singularize(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** `{id}`, and also `{Sid}.json` or `v{n}`: any segment with a parameter in it. */
const isParam = (segment: string) => segment.includes('{');

/** Every collection of a contract: literal paths with item paths below them, or with a POST or a list GET. */
export function inferResources(contract: LoadedContract): Resource[] {
  const paths = new Set(contract.operations.map((o) => o.path));
  const collections = new Map<string, string | undefined>();
  for (const path of paths) {
    const segments = splitPath(path);
    const last = segments.at(-1);
    // A GET of a list under a parameter (`/repositories/{owner}` listing an owner's repositories) is no item.
    if (
      last &&
      isParam(last) &&
      segments.length >= 2 &&
      !isParam(segments.at(-2) as string) &&
      !getsList(contract, path)
    ) {
      // `/Accounts/{Sid}.json` belongs to `/Accounts.json` when the contract has it (Twilio's style).
      const parent = `/${segments.slice(0, -1).join('/')}`;
      const suffix = last.replace(/^.*\}/, '');
      collections.set(suffix !== '' && paths.has(parent + suffix) ? parent + suffix : parent, path);
    }
  }
  for (const operation of contract.operations) {
    const last = splitPath(operation.path).at(-1);
    if (!last || isParam(last) || collections.has(operation.path)) continue;
    // A POST next to a GET of one object is a singleton (`/Domains/{Sid}/Certificate`), not a collection.
    if (operation.method === 'post' && !getsOneObject(contract, operation.path))
      collections.set(operation.path, undefined);
  }
  const resources: Resource[] = [];
  for (const [collectionPath, itemPath] of collections) {
    const name = (splitPath(collectionPath).at(-1) as string).toLowerCase().replace(/\.[a-z0-9]+$/, '');
    const schemaPointer = findRecordSchema(contract, collectionPath, itemPath);
    const schema = schemaPointer ? resolveNode(contract.document, schemaPointer)?.node : undefined;
    const properties = collectProperties(contract.document, schema);
    const singular = singularize(name);
    // `id`, the item parameter's own name (`{BrandVettingSid}` -> brand_vetting_sid), `order_id`, `sid`.
    const itemParam = itemPath ? itemParameter(contract, itemPath) : undefined;
    const looseItemParam = itemParam ? looseName(String(itemParam.name)) : undefined;
    const idField =
      ('id' in properties ? 'id' : undefined) ??
      Object.keys(properties).find((field) => looseName(field) === looseItemParam) ??
      [`${singular}_id`, 'sid'].find((field) => field in properties) ??
      'id';
    const closed =
      schema !== undefined && (schema.additionalProperties === false || 'oneOf' in schema || 'anyOf' in schema);
    const linkFields = Object.keys(properties).filter((f) => f !== idField && linkTarget(f) !== undefined);
    const nestedLinkFields = new Map<string, string[]>();
    for (const [field, sub] of Object.entries(properties)) {
      const items = resolveSchema(contract.document, sub);
      if (items?.type !== 'array') continue;
      const inner = collectProperties(contract.document, resolveSchema(contract.document, items.items));
      const links = Object.keys(inner).filter((f) => linkTarget(f) !== undefined);
      if (links.length > 0) nestedLinkFields.set(field, links);
    }
    const parentLinks = findParentLinks(collectionPath, linkFields);
    const requiredFields = Array.isArray(schema?.required) ? (schema.required as unknown[]).map(String) : [];
    resources.push({
      name,
      singular,
      idField,
      idInRecord: idField in properties || !closed,
      idSchema: resolveSchema(contract.document, properties[idField] ?? itemParam?.schema),
      properties: new Map(Object.entries(properties).map(([key, sub]) => [key, resolveSchema(contract.document, sub)])),
      propertiesByLooseName: new Map(Object.keys(properties).map((key) => [looseName(key), key])),
      closed,
      collectionPath,
      itemPath,
      schemaPointer,
      requiredFields,
      linkFields,
      nestedLinkFields,
      parentLinks,
    });
  }
  return resources;
}

/** `Order_Id`, `orderId` and `order-id` alike: how request fields and parameters meet record properties. */
export const looseName = (name: string) => name.toLowerCase().replace(/[_-]/g, '');

/** The path parameter an item path ends with (`{Sid}` of `/Calls/{Sid}.json`), from any of its operations. */
function itemParameter(contract: LoadedContract, itemPath: string): JsonObject | undefined {
  const name = /\{([^}]+)\}[^/]*$/.exec(itemPath)?.[1];
  const operation = contract.operations.find((o) => o.path === itemPath);
  return operation?.parameters.find((p) => p.in === 'path' && p.name === name);
}

/** Whether the path's GET answers one object (no array in it): the path is a singleton, not a list. */
function getsList(contract: LoadedContract, path: string): boolean {
  return successSchema(contract, path)?.type === 'array';
}

function successSchema(contract: LoadedContract, path: string): JsonObject | undefined {
  const doc = contract.document;
  const responses = resolveChild(doc, appendPointer('/paths', path, 'get'), 'responses');
  if (!responses) return undefined;
  const success = Object.keys(responses.node).find((code) => /^2\d\d$/.test(code));
  const content = success ? resolveChild(doc, responses.pointer, success, 'content') : undefined;
  const mediaType = Object.keys(content?.node ?? {}).find((m) => m.includes('json'));
  return content && mediaType
    ? resolveSchema(doc, resolveChild(doc, content.pointer, mediaType)?.node.schema)
    : undefined;
}

function getsOneObject(contract: LoadedContract, path: string): boolean {
  const doc = contract.document;
  const schema = successSchema(contract, path);
  if (!schema || schema.type === 'array') return false;
  const properties = collectProperties(doc, schema);
  const fields = Object.values(properties);
  return fields.length > 0 && !fields.some((sub) => resolveSchema(doc, sub)?.type === 'array');
}

/** `{userId}` after `users` in the collection path, paired with the record's field linking to `users`. */
function findParentLinks(collectionPath: string, linkFields: readonly string[]): ParentLink[] {
  const segments = splitPath(collectionPath);
  const links: ParentLink[] = [];
  segments.forEach((segment, i) => {
    const parent = segments[i - 1];
    const param = /^\{([^}]+)\}$/.exec(segment)?.[1];
    if (!param || !parent || isParam(parent)) return;
    const parentName = parent.toLowerCase().replace(/\.[a-z0-9]+$/, '');
    const field = linkFields.find((f) => linkTarget(f) === parentName);
    if (field) links.push({ param, field });
  });
  return links;
}

function resolveSchema(document: JsonObject, schema: unknown): JsonObject | undefined {
  const resolved = resolveLocalRef(document, schema);
  return isObject(resolved) ? resolved : undefined;
}

function collectProperties(document: JsonObject, schema: JsonObject | undefined, depth = 0): JsonObject {
  if (!schema || depth > 5) return {};
  const out: JsonObject = { ...((schema.properties ?? {}) as JsonObject) };
  for (const branch of [...((schema.allOf as unknown[]) ?? [])]) {
    Object.assign(out, collectProperties(document, resolveSchema(document, branch), depth + 1));
  }
  return out;
}

/** The JSON schema of one record: item GET 2xx, else POST 2xx, else the list GET's array items. */
function findRecordSchema(
  contract: LoadedContract,
  collectionPath: string,
  itemPath: string | undefined,
): string | undefined {
  const doc = contract.document;
  const jsonSchema = (path: string, method: string): string | undefined => {
    const responses = resolveChild(doc, appendPointer('/paths', path, method), 'responses');
    if (!responses) return undefined;
    const codes = Object.keys(responses.node)
      .filter((c) => /^2\d\d$/.test(c))
      .sort();
    for (const code of codes) {
      const content = resolveChild(doc, responses.pointer, code, 'content');
      const mediaType = Object.keys(content?.node ?? {}).find((m) => m.includes('json'));
      if (content && mediaType && resolveChild(doc, content.pointer, mediaType, 'schema')) {
        return appendPointer(content.pointer, mediaType, 'schema');
      }
    }
    return undefined;
  };
  if (itemPath) {
    const fromItem = jsonSchema(itemPath, 'get');
    if (fromItem) return fromItem;
  }
  const fromPost = jsonSchema(collectionPath, 'post');
  if (fromPost) return fromPost;
  const list = jsonSchema(collectionPath, 'get');
  if (!list) return undefined;
  const schema = resolveNode(doc, list);
  if (schema?.node.type === 'array') return resolveNode(doc, appendPointer(schema.pointer, 'items'))?.pointer;
  for (const [key, sub] of Object.entries((schema?.node.properties ?? {}) as JsonObject)) {
    if ((resolveSchema(doc, sub) as JsonObject | undefined)?.type === 'array') {
      return resolveNode(doc, appendPointer(schema?.pointer ?? '', 'properties', key, 'items'))?.pointer;
    }
  }
  return undefined;
}
