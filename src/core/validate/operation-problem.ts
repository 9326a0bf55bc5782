import type { LoadedContract, Operation } from '../contract/types.js';
import { ErrorCode, type SourceLocation } from '../errors.js';
import { resolveChild } from '../mock/contract-node.js';
import { appendPointer } from '../source/json-pointer.js';
import { type CheckContext, locate } from './check-response.js';
import { type DegenerateSchema, findDegenerateSchema } from './degenerate-schema.js';

export interface OperationProblem {
  /** The same broken schema is reported once, whichever operations use it. */
  key: string;
  location: SourceLocation;
  message: string;
}

const searched = new WeakMap<
  CheckContext,
  { broken: Map<string, DegenerateSchema>; cache: Map<string, OperationProblem | null> }
>();

/** The members of the `$ref` loops the loader broke, each mapped to its loop (named by its first member). */
function brokenLoops(contract: LoadedContract): Map<string, DegenerateSchema> {
  const broken = new Map<string, DegenerateSchema>();
  for (const diagnostic of contract.diagnostics) {
    const [first] = diagnostic.nodes ?? [];
    if (diagnostic.code !== ErrorCode.RefCycle || first === undefined) continue;
    const loop = { pointer: first, message: diagnostic.message };
    for (const node of diagnostic.nodes ?? []) broken.set(node, loop);
  }
  return broken;
}

/** A degenerate `$ref` cycle in the schemas of the operation's request body or responses, if any. */
export function findOperationProblem(context: CheckContext, operation: Operation): OperationProblem | undefined {
  const document = context.contract.document;
  let search = searched.get(context);
  if (!search) {
    search = { broken: brokenLoops(context.contract), cache: new Map() };
    searched.set(context, search);
  }
  const { broken, cache } = search;
  for (const pointer of schemaPointers(context, operation)) {
    let problem = cache.get(pointer);
    if (problem === undefined) {
      const found = findDegenerateSchema(document, pointer, broken);
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
