import type { LoadedContract } from '../../src/core/contract/types.js';
import { appendPointer, getAtPointer } from '../../src/core/source/json-pointer.js';

/** Every response schema (and request body schema) of every operation, as [pointer, direction]. */
export function schemasOf(contract: LoadedContract): Array<[string, 'request' | 'response']> {
  const out: Array<[string, 'request' | 'response']> = [];
  const resolve = (pointer: string): [string, Record<string, unknown>] | undefined => {
    let node = getAtPointer(contract.document, pointer) as Record<string, unknown> | undefined;
    let at = pointer;
    while (node && typeof node.$ref === 'string') {
      at = node.$ref.slice(1);
      node = getAtPointer(contract.document, at) as Record<string, unknown> | undefined;
    }
    return node ? [at, node] : undefined;
  };
  const media = (pointer: string, direction: 'request' | 'response') => {
    const found = resolve(appendPointer(pointer, 'content'));
    for (const type of Object.keys(found?.[1] ?? {})) {
      const entry = resolve(appendPointer(found?.[0] ?? '', type));
      if (entry && 'schema' in entry[1]) out.push([appendPointer(entry[0], 'schema'), direction]);
    }
  };
  for (const operation of contract.operations) {
    const responses = resolve(appendPointer(operation.pointer, 'responses'));
    for (const status of Object.keys(responses?.[1] ?? {})) {
      const response = resolve(appendPointer(responses?.[0] ?? '', status));
      if (response) media(response[0], 'response');
    }
    const body = resolve(appendPointer(operation.pointer, 'requestBody'));
    if (body) media(body[0], 'request');
  }
  return out;
}
