import type { Operation } from '../contract/types.js';
import type { SourceLocation } from '../errors.js';
import { resolveChild } from '../mock/contract-node.js';
import { appendPointer } from '../source/json-pointer.js';
import { type CheckContext, locate } from './check-response.js';
import { findDegenerateSchema } from './degenerate-schema.js';

export interface OperationProblem {
  /** The same broken schema is reported once, whichever operations use it. */
  key: string;
  location: SourceLocation;
  message: string;
}

const searched = new WeakMap<CheckContext, Map<string, OperationProblem | null>>();

/** A degenerate `$ref` cycle in the schemas of the operation's request body or responses, if any. */
export function findOperationProblem(context: CheckContext, operation: Operation): OperationProblem | undefined {
  const document = context.contract.document;
  let cache = searched.get(context);
  if (!cache) {
    cache = new Map();
    searched.set(context, cache);
  }
  for (const pointer of schemaPointers(context, operation)) {
    let problem = cache.get(pointer);
    if (problem === undefined) {
      const found = findDegenerateSchema(document, pointer);
      problem = found
        ? { key: found.pointer, location: locate(context.contract, found.pointer), message: found.message }
        : null;
      cache.set(pointer, problem);
    }
    if (problem) return problem;
  }
  return undefined;
}

function schemaPointers(context: CheckContext, operation: Operation): string[] {
  const document = context.contract.document;
  const pointers: string[] = [];
  const addContent = (owner: string | undefined) => {
    const content = owner ? resolveChild(document, owner, 'content') : undefined;
    for (const type of Object.keys(content?.node ?? {}))
      pointers.push(appendPointer(content?.pointer ?? '', type, 'schema'));
  };
  addContent(resolveChild(document, operation.pointer, 'requestBody')?.pointer);
  const responses = resolveChild(document, operation.pointer, 'responses');
  for (const status of Object.keys(responses?.node ?? {}))
    addContent(resolveChild(document, responses?.pointer ?? '', status)?.pointer);
  return pointers;
}
