import { resolveLocalRef } from '../../contract/resolve-ref.js';
import type { LoadedContract, Operation } from '../../contract/types.js';
import { isObject } from '../../source/json-object.js';
import { getAtPointer } from '../../source/json-pointer.js';
import type { Resource } from './resources.js';

/**
 * OpenAPI `links` name the operation that reads what another one returned: `createUser`'s 201 links to
 * `getUser` with `userId: $response.body#/id`. A collection whose item path the paths do not show
 * (`POST /users`, `GET /user-profiles/{userId}`) takes the linked GET's path as its item path, so the id
 * one response gives is the record the next request reads.
 */
export function applyLinks(contract: LoadedContract, resources: readonly Resource[]): Resource[] {
  const linked = new Map<string, Resource>();
  for (const resource of resources) {
    if (resource.itemPath) continue;
    const creates = contract.operations.filter((o) => o.path === resource.collectionPath && o.method === 'post');
    const target = creates.map((o) => linkedItemPath(contract, o, resource.idField)).find((t) => t !== undefined);
    if (target === undefined) continue;
    resource.itemPath = target;
    linked.set(target, resource);
  }
  // A collection guessed from the linked path alone (`/user-profiles`, which no operation has) gives way.
  const paths = new Set(contract.operations.map((o) => o.path));
  return resources.filter((resource) => {
    const owner = resource.itemPath === undefined ? undefined : linked.get(resource.itemPath);
    return owner === undefined || owner === resource || paths.has(resource.collectionPath);
  });
}

function linkedItemPath(contract: LoadedContract, operation: Operation, idField: string): string | undefined {
  const document = contract.document;
  const responses = resolveLocalRef(document, operation.operation.responses);
  for (const [status, raw] of Object.entries(isObject(responses) ? responses : {})) {
    if (!status.startsWith('2')) continue;
    const response = resolveLocalRef(document, raw);
    const links = isObject(response) ? resolveLocalRef(document, response.links) : undefined;
    for (const rawLink of Object.values(isObject(links) ? links : {})) {
      const link = resolveLocalRef(document, rawLink);
      if (!isObject(link) || !isObject(link.parameters)) continue;
      const target = targetOf(contract, link);
      if (target?.method !== 'get') continue;
      const lastParam = /\{([^{}]+)\}[^/{}]*$/.exec(target.path)?.[1];
      const source =
        lastParam === undefined ? undefined : (link.parameters[lastParam] ?? link.parameters[`path.${lastParam}`]);
      if (source === `$response.body#/${idField}` || (idField === 'id' && source === '$response.body#/id'))
        return target.path;
    }
  }
  return undefined;
}

/** The operation a link names by `operationId`, or by `operationRef` into this document. */
function targetOf(contract: LoadedContract, link: Record<string, unknown>): Operation | undefined {
  if (typeof link.operationId === 'string') return contract.operations.find((o) => o.operationId === link.operationId);
  if (typeof link.operationRef === 'string' && link.operationRef.startsWith('#/')) {
    const node = getAtPointer(contract.document, link.operationRef.slice(1));
    return contract.operations.find((o) => o.operation === node);
  }
  return undefined;
}
