import type { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { isObject } from '../source/json-object.js';
import { getAtPointer } from '../source/json-pointer.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;
let ajv: Ajv2020 | undefined;

/**
 * A workflow's `inputs` schema with `$ref`s into the Arazzo document (`#/components/inputs/...`) copied in,
 * so it compiles alone; a ref that leads nowhere is returned as a problem. Cycles stay as `{}` (any).
 */
export function inlineInputRefs(schema: unknown, document: unknown, problems: string[], seen: string[] = []): unknown {
  if (Array.isArray(schema)) return schema.map((item) => inlineInputRefs(item, document, problems, seen));
  if (!isObject(schema)) return schema;
  const ref = schema.$ref;
  if (typeof ref === 'string' && ref.startsWith('#')) {
    if (seen.includes(ref)) return {};
    const target = getAtPointer(document, ref.slice(1));
    if (target === undefined) {
      problems.push(`$ref '${ref}' leads nowhere in the document`);
      return {};
    }
    const { $ref: _ref, ...siblings } = schema;
    const inlined = inlineInputRefs(target, document, problems, [...seen, ref]);
    return Object.keys(siblings).length === 0
      ? inlined
      : { allOf: [inlined, inlineInputRefs(siblings, document, problems, seen)] };
  }
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, inlineInputRefs(value, document, problems, seen)]),
  );
}

/** A validator for workflow inputs (JSON Schema 2020-12): one message per problem, '' for the root. */
export function compileInputValidator(
  schema: Record<string, unknown> | undefined,
): (inputs: Record<string, unknown>) => string[] {
  if (!schema) return () => [];
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, strict: false, logger: false });
    addFormats(ajv as unknown as Ajv);
    // Arazzo's own formats ("Data Types"): descriptive here.
    for (const format of ['int32', 'int64', 'float', 'double', 'password']) ajv.addFormat(format, true);
  }
  const validate = ajv.compile(schema);
  return (inputs) => {
    if (validate(inputs)) return [];
    return (validate.errors ?? []).map((error) => {
      const where = error.instancePath ? `input ${error.instancePath.slice(1).replace(/\//g, '.')}` : 'the inputs';
      if (error.keyword === 'required') return `input '${String(error.params.missingProperty)}' is required`;
      return `${where} ${error.message ?? 'is invalid'}`;
    });
  };
}

/** The inputs a schema declares (its `properties`, also inside `allOf`), each with its property schema. */
export function inputProperties(schema: unknown): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  if (!isObject(schema)) return out;
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    for (const [name, property] of inputProperties(part)) out.set(name, property);
  }
  for (const [name, property] of Object.entries(isObject(schema.properties) ? schema.properties : {})) {
    out.set(name, isObject(property) ? property : {});
  }
  return out;
}
