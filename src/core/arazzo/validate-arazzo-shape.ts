import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { load } from 'js-yaml';
import type { SourceLocation } from '../errors.js';
import { isObject } from '../source/json-object.js';
import { appendPointer, getAtPointer } from '../source/json-pointer.js';
import { describeSchemaErrors, type Problem } from '../source/schema-problems.js';
import schemaText from './schema/schema-1.0.yaml';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    // The published schema refers to the 2020-12 meta-schema (workflow inputs are JSON Schemas): Ajv2020 has it.
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false, logger: false });
    addFormats(ajv as unknown as Ajv);
    compiled = ajv.compile(load(schemaText) as object);
  }
  return compiled;
}

/**
 * Checks a document against the published Arazzo 1.0 JSON Schema (`schema/schema-1.0.yaml`): one problem
 * per node, at the line of the node, most precise first.
 */
export function checkArazzoShape(value: unknown, locate: (pointer: string) => SourceLocation): Problem[] {
  const validate = validator();
  if (validate(value)) return [];
  const errors = simplify(validate.errors ?? [], value);
  if (errors.length === 0) return [];
  return describeSchemaErrors(errors, locate, {
    rootName: 'the Arazzo document',
    describe: (error, where) => describeError(error, where),
  });
}

/**
 * Ajv reports every branch of a failed `oneOf`/`anyOf` (an action is inline or a reusable reference; a
 * criterion type is a word or an expression type object): keep the branch the object was meant to be.
 */
function simplify(errors: ErrorObject[], root: unknown): ErrorObject[] {
  const at = (pointer: string) => getAtPointer(root, pointer);
  const has = (pointer: string, key: string) => {
    const node = at(pointer);
    return typeof node === 'object' && node !== null && key in node;
  };
  const meant = errors.filter((error) => {
    const path = error.instancePath;
    if (error.keyword === 'if') return false; // the error its `then` raised says more
    if (excusedRetry(error, at(path))) return false;
    if (REUSABLE_SLOT.test(path) && error.keyword !== 'oneOf') {
      return error.schemaPath.includes('/reusable-object/') === has(path, 'reference');
    }
    if (CRITERION.test(path) && !has(path, 'version')) {
      // the second `anyOf` branch: a criterion written as an expression type object (type + version)
      if (error.keyword === 'required' && error.params.missingProperty === 'version') return false;
      if (error.schemaPath === '#/properties/type/enum') return false;
    }
    return true;
  });
  // A retry excused above leaves its action slot's `oneOf` failing with nothing to say: drop it too.
  const said = new Set(meant.filter((e) => e.keyword !== 'oneOf').map((e) => e.instancePath));
  const excused = new Set(errors.filter((e) => excusedRetry(e, at(e.instancePath))).map((e) => e.instancePath));
  const out: ErrorObject[] = [];
  for (const error of meant) {
    if (error.keyword === 'oneOf' && excused.has(error.instancePath) && !said.has(error.instancePath)) continue;
    if (STEP.test(error.instancePath) && /^#\/oneOf(\/\d+\/required)?$/.test(error.schemaPath)) {
      if (!out.some((e) => e.keyword === 'stepKind' && e.instancePath === error.instancePath))
        out.push({ ...error, keyword: 'stepKind', params: {} });
      continue;
    }
    if (error.keyword === 'unevaluatedProperties') {
      // A known key whose value is wrong is "unevaluated" too: its own error says what is wrong with it.
      const key = appendPointer(error.instancePath, String(error.params.unevaluatedProperty));
      if (meant.some((e) => e !== error && (e.instancePath === key || e.instancePath.startsWith(`${key}/`)))) continue;
    }
    out.push(error);
  }
  return out;
}

/**
 * The published schema requires a retry to name a stepId or workflowId and to have retryAfter; the
 * specification's text makes both optional ("If a stepId or workflowId are specified..."; retryAfter is not
 * REQUIRED) and a plain retry of the step is the common case: the text wins here (README "Arazzo").
 */
function excusedRetry(error: ErrorObject, node: unknown): boolean {
  if (!isObject(node) || node.type !== 'retry') return false;
  if (!/^#\/allOf\/[01]\/then\//.test(error.schemaPath)) return false;
  const missing = String(error.params.missingProperty ?? '');
  return error.keyword === 'oneOf' || ['stepId', 'workflowId', 'retryAfter'].includes(missing);
}

const STEP = /^\/workflows\/\d+\/steps\/\d+$/;
const CRITERION = /\/(successCriteria|criteria)\/\d+$/;
/** Array items that are either an inline object or a Reusable Object (`reference: $components...`). */
const REUSABLE_SLOT = /\/(parameters|onSuccess|onFailure|successActions|failureActions)\/\d+$/;

function describeError(error: ErrorObject, where: string): string | undefined {
  if (error.keyword === 'unevaluatedProperties') {
    const key = String(error.params.unevaluatedProperty);
    return `unknown key '${key}' in ${where} (Arazzo 1.0 has no such field; extensions start with x-)`;
  }
  if (error.keyword === 'stepKind') {
    return `${where} needs exactly one of operationId, operationPath or workflowId`;
  }
  if (
    error.keyword === 'oneOf' &&
    /\/(onSuccess|onFailure|successActions|failureActions)\/\d+$/.test(error.instancePath)
  )
    return `${where} is neither an action (name, type) nor a reusable reference ({reference: $components...}); a goto needs exactly one of stepId or workflowId`;
  if (error.keyword === 'oneOf' && /\/parameters\/\d+$/.test(error.instancePath)) {
    return `${where} is neither a parameter (name, in, value) nor a reusable reference ({reference: $components.parameters...})`;
  }
  if (error.keyword === 'pattern' && error.instancePath === '/arazzo') {
    return `${where} ${JSON.stringify(error.data)} is not an Arazzo 1.0.x version (mockforge runs 1.0.x documents)`;
  }
  if (error.keyword === 'enum') {
    return `${where} is ${JSON.stringify(error.data)}; expected one of: ${(error.params.allowedValues as unknown[]).join(', ')}`;
  }
  if (error.keyword === 'required' && ['stepId', 'workflowId'].includes(String(error.params.missingProperty))) {
    return `${where} needs exactly one of stepId or workflowId (a goto action names where to go)`;
  }
  return undefined;
}
