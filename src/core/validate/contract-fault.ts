import { enumAdmitsNothing, forbiddenRequired, forbiddenRequiredProblem } from '../mock/data/fits-schema.js';
import { branchName } from '../mock/data/generate-one-of.js';
import { findOverlappingBranches } from '../mock/data/generate-value.js';
import { responseDataContext } from '../mock/data/response-data-context.js';
import type { SchemaIssue } from '../schema/schema-validator.js';
import { isObject } from '../source/json-object.js';
import { formatPointer, getAtPointer, parsePointer } from '../source/json-pointer.js';
import type { CheckContext } from './check-response.js';

const overlapsByContext = new WeakMap<CheckContext, Map<string, Set<number>>>();

/**
 * Why an issue of a response body is the contract's fault, not the service's, when it is: the schema at
 * that place admits no value, so no service can send one that fits. An enum none of whose values has the
 * declared type (Mercedes-Benz's `ProductGroup`: `type: object`, `enum: [PKW, VAN, SMART]`); a closed
 * object that requires a property it forbids (Airbyte's `AirbyteStream`); a body that fits several
 * branches of a `oneOf` whose branches overlap so that no value was found fitting them alone (ReadMe's
 * error `oneOf`s of identical objects; lint says MF_LINT_ONEOF_OVERLAP). A body that fits no branch, or a
 * value of the wrong type where a satisfiable schema stands, is the service's drift as before.
 */
export function contractFaultOf(context: CheckContext, issue: SchemaIssue): string | undefined {
  const document = context.contract.document;
  const segments = parsePointer(issue.schemaPointer);
  const nodePointer = segments.at(-1) === issue.keyword ? formatPointer(segments.slice(0, -1)) : issue.schemaPointer;
  const node = getAtPointer(document, nodePointer);
  if (!isObject(node)) return undefined;
  if ((issue.keyword === 'type' || issue.keyword === 'enum') && enumAdmitsNothing(node)) {
    return `no value of enum ${JSON.stringify(node.enum).slice(0, 80)} is of type ${JSON.stringify(node.type)}: the schema admits no value`;
  }
  if (issue.keyword === 'additionalProperties' || issue.keyword === 'required') {
    const name = parsePointer(issue.instancePath).at(-1) ?? '';
    if (forbiddenRequired(node).includes(name)) return forbiddenRequiredProblem(name);
  }
  if (issue.keyword === 'oneOf' && issue.passing && issue.passing.length > 1 && Array.isArray(node.oneOf)) {
    const lonely = neverAlone(context, nodePointer, node);
    if (issue.passing.every((k) => lonely.has(k))) {
      const names = issue.passing.map((k) => branchName(node.oneOf as unknown[], k)).join(', ');
      return `the body fits branches ${names} of this oneOf, whose values were never found to fit one branch alone (MF_LINT_ONEOF_OVERLAP): the schema admits no such body`;
    }
  }
  return undefined;
}

/** The branches of a `oneOf` no value was found for that fits them alone (searched once per node). */
function neverAlone(context: CheckContext, pointer: string, node: Record<string, unknown>): Set<number> {
  let byPointer = overlapsByContext.get(context);
  if (!byPointer) {
    byPointer = new Map();
    overlapsByContext.set(context, byPointer);
  }
  let lonely = byPointer.get(pointer);
  if (!lonely) {
    const data = responseDataContext(context.contract, context.bodies);
    lonely = new Set(findOverlappingBranches(node, data).map((o) => o.branch));
    byPointer.set(pointer, lonely);
  }
  return lonely;
}
