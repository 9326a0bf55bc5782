import type { Diagnostic, JsonObject, LoadedContract, Operation } from '../contract/types.js';
import { readPattern } from '../schema/read-pattern.js';
import { SchemaValidator } from '../schema/schema-validator.js';
import { stringForPattern } from '../schema/string-for-pattern.js';
import { appendPointer, getAtPointer } from '../source/json-pointer.js';
import { enumAdmitsNothing, forbiddenRequired, forbiddenRequiredProblem } from './data/fits-schema.js';
import { branchName } from './data/generate-one-of.js';
import { findOverlappingBranches, generateFitting } from './data/generate-value.js';
import { responseDataContext } from './data/response-data-context.js';
import { createRandom } from './random.js';
import { compileResponses } from './response/response-spec.js';

/** Keywords a generator can fail to satisfy: schemas using them are generated and checked here. */
const HARD = new Set([
  'oneOf',
  'anyOf',
  'not',
  'if',
  'contains',
  'dependentRequired',
  'dependentSchemas',
  'patternProperties',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
  'prefixItems',
  'const',
]);
const NOT_SCHEMA = new Set(['example', 'examples', 'enum', 'default', 'const', 'discriminator', 'xml', 'externalDocs']);

/**
 * What `mockforge serve` would stumble on, for `lint`, each at its line: patterns written for another regex
 * dialect (read differently or not checked at all), patterns no string can be generated for, and response
 * schemas for which no generated value validates (the keyword the generator could not satisfy: the mock
 * then sends a body its own check flags, or the contract allows no valid body at all). Schemas without the
 * hard keywords are not generated here: lint stays fast on large contracts.
 */
export function checkMockable(contract: LoadedContract): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const warn = (pointer: string, code: string, message: string) => {
    const { exact: _exact, ...location } = contract.sourceMap.locate(pointer);
    diagnostics.push({ code, severity: 'warning', message, location });
  };
  walkPatterns(contract.document, '', (pointer, pattern, schema) => {
    const reading = readPattern(pattern);
    if (reading.kind !== 'ecma') warn(pointer, 'MF_LINT_PATTERN', `pattern '${pattern}' is ${reading.note}`);
    const lengths = {
      minLength: typeof schema?.minLength === 'number' ? schema.minLength : 0,
      maxLength: typeof schema?.maxLength === 'number' ? schema.maxLength : Number.POSITIVE_INFINITY,
    };
    const bounded = lengths.minLength > 0 || lengths.maxLength !== Number.POSITIVE_INFINITY;
    if (reading.kind !== 'unsupported' && stringForPattern(pattern, createRandom(1), lengths) === undefined)
      warn(
        pointer,
        'MF_LINT_PATTERN',
        `no string could be generated for pattern '${pattern}'${bounded ? ` of length ${lengths.minLength} to ${lengths.maxLength}` : ''}; the mock's values may not fit it`,
      );
  });
  walkSchemaNodes(contract.document, '', (pointer, node) => {
    for (const name of forbiddenRequired(node)) {
      warn(appendPointer(pointer, 'required'), 'MF_LINT_UNSATISFIABLE', forbiddenRequiredProblem(name));
    }
    if (!enumAdmitsNothing(node)) return;
    warn(
      appendPointer(pointer, 'enum'),
      'MF_LINT_UNSATISFIABLE',
      `no value of enum ${JSON.stringify(node.enum).slice(0, 80)} is of type ${JSON.stringify(node.type)}: the schema admits no value (the mock leaves the property out where it may, else sends one it lists)`,
    );
  });
  const state = { validator: undefined as SchemaValidator | undefined };
  const overlapping = checkOneOfOverlaps(contract, state, warn);
  for (const operation of contract.operations) {
    try {
      checkOperation(contract, operation, state, diagnostics, overlapping);
    } catch (error) {
      // What throws here would throw in the mock too: an error, so lint fails before serve does.
      const { exact: _exact, ...location } = contract.sourceMap.locate(operation.pointer);
      const detail = error instanceof Error ? error.message : String(error);
      diagnostics.push({
        code: 'MF_LINT_MOCK_FAILURE',
        severity: 'error',
        message: `${operation.method.toUpperCase()} ${operation.path}: the mock cannot answer it: ${detail}`,
        location,
      });
    }
  }
  for (const failed of state.validator?.compileErrors ?? []) {
    warn(
      failed.pointer,
      'MF_LINT_SCHEMA_UNCHECKED',
      `this schema cannot be compiled (${failed.message}); it is not checked`,
    );
  }
  return diagnostics;
}

function checkOperation(
  contract: LoadedContract,
  operation: Operation,
  state: { validator: SchemaValidator | undefined },
  diagnostics: Diagnostic[],
  overlapping: Set<string>,
): void {
  const responses = compileResponses(contract, operation);
  for (const spec of responses.byKey.values()) {
    for (const media of spec.media) {
      const schemaPointer = appendPointer(media.pointer, 'schema');
      if (!media.hasSchema || !usesHardKeywords(contract.document, getAtPointer(contract.document, schemaPointer)))
        continue;
      state.validator ??= new SchemaValidator(contract, { compileAlways: true });
      const validator = state.validator;
      const validate = validator.forPointer(schemaPointer, 'response');
      const value = generateFitting(
        media.node.schema,
        responseDataContext(contract, validator),
        (v) => validate(v).length === 0,
      );
      const issue = validate(value)[0];
      // A oneOf no value fits alone is reported once, at its own line (checkOneOfOverlaps).
      if (!issue || (issue.keyword === 'oneOf' && overlapping.has(issue.schemaPointer))) continue;
      const { exact: _exact, ...location } = contract.sourceMap.locate(issue.schemaPointer);
      diagnostics.push({
        code: 'MF_LINT_UNSATISFIABLE',
        severity: 'warning',
        message: `${operation.method.toUpperCase()} ${operation.path} ${spec.key} ${media.mediaType}: no generated body fits '${issue.keyword}' (${issue.message} at '${issue.instancePath || '/'}'); the mock sends it flagged, or the schema admits no value`,
        location,
      });
    }
  }
}

/**
 * Every `oneOf` with branches no value fits alone (identical branches, or one accepting every value of
 * another): a validator refuses such a value as matching several, so the mock never sends one (see
 * generateOneOf), and when no branch can be told apart the mock's values match several. Returns the
 * pointers of the `oneOf` keywords reported.
 */
function checkOneOfOverlaps(
  contract: LoadedContract,
  state: { validator: SchemaValidator | undefined },
  warn: (pointer: string, code: string, message: string) => void,
): Set<string> {
  const reported = new Set<string>();
  walkSchemaNodes(contract.document, '', (pointer, node) => {
    if (!Array.isArray(node.oneOf) || node.oneOf.length < 2) return;
    state.validator ??= new SchemaValidator(contract, { compileAlways: true });
    const validator = state.validator;
    const overlaps = findOverlappingBranches(node, responseDataContext(contract, validator));
    if (overlaps.length === 0) return;
    const name = (k: number) => branchName(node.oneOf as unknown[], k);
    const at = appendPointer(pointer, 'oneOf');
    reported.add(at);
    const message =
      overlaps.length === node.oneOf.length
        ? `no value was found that fits exactly one branch of this oneOf (${overlaps.map((o) => `${name(o.branch)} also fits ${o.alsoFits.map(name).join(', ')}`).join('; ')}): validators refuse every value as matching more than one, the mock's too`
        : overlaps
            .map(
              (o) =>
                `branch ${name(o.branch)} never fits alone: every value of it also fits ${o.alsoFits.map(name).join(', ')}`,
            )
            .join('; ') +
          ' (oneOf requires exactly one: validators refuse such values; the mock answers with another branch)';
    warn(at, 'MF_LINT_ONEOF_OVERLAP', message);
  });
  return reported;
}

/** Every string `pattern` of a schema (and every patternProperties key) in the document. */
function walkPatterns(
  node: unknown,
  pointer: string,
  visit: (pointer: string, pattern: string, schema: JsonObject | undefined) => void,
): void {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) walkPatterns(item, appendPointer(pointer, i), visit);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as JsonObject)) {
    if (NOT_SCHEMA.has(key) || key.startsWith('x-')) continue;
    const at = appendPointer(pointer, key);
    if (key === 'pattern' && typeof value === 'string') visit(at, value, node as JsonObject);
    else if (key === 'patternProperties' && value !== null && typeof value === 'object') {
      for (const [name, sub] of Object.entries(value as JsonObject)) {
        visit(appendPointer(at, name), name, undefined);
        walkPatterns(sub, appendPointer(at, name), visit);
      }
    } else walkPatterns(value, at, visit);
  }
}

/** Every object of the document that may be a schema (outside examples, defaults and extensions). */
function walkSchemaNodes(node: unknown, pointer: string, visit: (pointer: string, node: JsonObject) => void): void {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) walkSchemaNodes(item, appendPointer(pointer, i), visit);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  visit(pointer, node as JsonObject);
  for (const [key, value] of Object.entries(node as JsonObject)) {
    if (!NOT_SCHEMA.has(key) && !key.startsWith('x-')) walkSchemaNodes(value, appendPointer(pointer, key), visit);
  }
}

/** Whether the schema (refs followed, each once) uses a keyword the generator may fail on. */
function usesHardKeywords(document: JsonObject, schema: unknown, seen = new Set<string>(), depth = 0): boolean {
  if (depth > 64 || schema === null || typeof schema !== 'object') return false;
  if (Array.isArray(schema)) return schema.some((item) => usesHardKeywords(document, item, seen, depth + 1));
  for (const [key, value] of Object.entries(schema as JsonObject)) {
    if (key === '$ref' && typeof value === 'string') {
      if (seen.has(value) || !value.startsWith('#')) continue;
      seen.add(value);
      if (usesHardKeywords(document, getAtPointer(document, value), seen, depth + 1)) return true;
    } else if (key === 'properties' && value !== null && typeof value === 'object') {
      if (Object.values(value).some((sub) => usesHardKeywords(document, sub, seen, depth + 1))) return true;
    } else if (HARD.has(key)) return true;
    else if (!NOT_SCHEMA.has(key) && !key.startsWith('x-') && usesHardKeywords(document, value, seen, depth + 1))
      return true;
  }
  return false;
}
