import { fullFormats } from 'ajv-formats/dist/formats.js';
import { fitsFormat, hasJsonType, namedByProperties } from '../../schema/judge-fit.js';
import { isObject } from '../../source/json-object.js';
import { flattenSchema } from './flatten-schema.js';
import { fits } from './generate-string.js';
import type { FlatSchema, Walk } from './types.js';

/** The one type to generate: the first non-null of a 3.1 type array, else what the keywords imply. */
export function typeOf(schema: FlatSchema): string {
  const declared = Array.isArray(schema.type) ? schema.type.filter((t) => t !== 'null') : [schema.type];
  const type = declared[0];
  if (typeof type === 'string') return type;
  if (Array.isArray(schema.type)) return 'null';
  if (
    schema.properties ||
    schema.additionalProperties !== undefined ||
    schema.required ||
    schema.patternProperties ||
    schema.dependentRequired
  )
    return 'object';
  if (schema.items !== undefined || schema.prefixItems !== undefined || schema.contains !== undefined) return 'array';
  if (typeof schema.minimum === 'number' || typeof schema.maximum === 'number' || schema.multipleOf !== undefined)
    return 'number';
  return 'string';
}

/** Whether a value has one of the schema's declared `type`s (true when it declares none). */
export function fitsDeclaredType(value: unknown, schema: FlatSchema): boolean {
  const declared = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? undefined : [schema.type];
  if (!declared) return true;
  return declared.some((type) => hasJsonType(value, type));
}

/**
 * An `enum` none of whose values has the declared type (Bungie's `type: integer` with `enum: ["0", "1"]`):
 * no value fits the schema. Null counts when the schema allows it.
 */
export function enumAdmitsNothing(schema: FlatSchema): boolean {
  if (!Array.isArray(schema.enum) || schema.enum.length === 0) return false;
  return !schema.enum.some((v) => (v === null ? schema.nullable === true : fitsDeclaredType(v, schema)));
}

/**
 * The `required` names a closed object forbids (`additionalProperties: false`, the name neither among its
 * `properties` nor matched by a `patternProperties` key): Airbyte's `AirbyteStream` requires `json_schema`
 * and declares `jsonSchema`. No object fits such a schema. Read on the node itself: a property declared
 * in an `allOf` sibling is not seen (such a schema is not reported).
 */
export function forbiddenRequired(schema: FlatSchema): string[] {
  if (schema.additionalProperties !== false || !Array.isArray(schema.required)) return [];
  const named = namedByProperties(schema);
  return schema.required.filter((name): name is string => typeof name === 'string' && !named(name));
}

/** What is wrong with a name forbiddenRequired returns: lint's warning and validate's contract problem. */
export function forbiddenRequiredProblem(name: string): string {
  return `'${name}' is required but not among the properties, and additionalProperties is false: the schema admits no object`;
}

/** `example` (3.0) or the first of `examples` (3.1 schema arrays). */
export function exampleOf(schema: FlatSchema): { value: unknown } | undefined {
  if ('example' in schema && schema.example !== null) return { value: schema.example };
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return { value: schema.examples[0] };
  return undefined;
}

/**
 * Whether a contract's example or default fits its own schema (contracts are not always right: Twilio's
 * `format: uri` examples are relative paths). Types, enums, bounds, lengths, patterns, common formats,
 * required and closed properties and items, down the value; `oneOf` exclusivity is not checked.
 */
export function fitsSchema(value: unknown, schema: FlatSchema, walk: Walk, depth = 0): boolean {
  if (depth > 32) return true;
  if ('const' in schema && JSON.stringify(schema.const) !== JSON.stringify(value)) return false;
  if (Array.isArray(schema.enum) && !schema.enum.some((v) => JSON.stringify(v) === JSON.stringify(value))) return false;
  const type = typeOf(schema);
  if (value === null)
    return (
      schema.nullable === true || schema.type === 'null' || (Array.isArray(schema.type) && schema.type.includes('null'))
    );
  const sub = (v: unknown, raw: unknown) => fitsSchema(v, flattenSchema(raw, walk).schema, walk, depth + 1);
  switch (type) {
    case 'object': {
      if (!isObject(value)) return false;
      const properties = isObject(schema.properties) ? schema.properties : {};
      const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
      if (required.some((name) => !(name in value))) return false;
      return Object.entries(value).every(([key, v]) =>
        key in properties
          ? sub(v, properties[key])
          : schema.additionalProperties === false
            ? false
            : isObject(schema.additionalProperties)
              ? sub(v, schema.additionalProperties)
              : true,
      );
    }
    case 'array': {
      if (!Array.isArray(value)) return false;
      if (typeof schema.minItems === 'number' && value.length < schema.minItems) return false;
      if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return false;
      return schema.items === undefined || value.every((item) => sub(item, schema.items));
    }
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || (type === 'integer' && !Number.isInteger(value))) return false;
      return generateNumberFits(value, schema) && formatFits(value, schema.format);
    }
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string' && fits(value, schema) && formatFits(value, schema.format);
    default:
      return false;
  }
}

function generateNumberFits(value: number, schema: FlatSchema): boolean {
  if (typeof schema.minimum === 'number' && value < schema.minimum) return false;
  if (typeof schema.maximum === 'number' && value > schema.maximum) return false;
  if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) return false;
  if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) return false;
  if (schema.exclusiveMinimum === true && value === schema.minimum) return false;
  if (schema.exclusiveMaximum === true && value === schema.maximum) return false;
  if (typeof schema.multipleOf === 'number' && value / schema.multipleOf !== Math.trunc(value / schema.multipleOf))
    return false;
  return true;
}

/**
 * A format as the contract's validator checks it (ajv-formats' full definitions, the ones SchemaValidator
 * adds): a value the mock keeps from the contract must pass the same check its answers are held to.
 */
function formatFits(value: string | number, format: unknown): boolean {
  return typeof format !== 'string' || fitsFormat(value, (fullFormats as Record<string, unknown>)[format]) !== false;
}
