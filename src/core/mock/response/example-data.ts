import { resolveLocalRef } from '../../contract/resolve-ref.js';
import type { JsonObject } from '../../contract/types.js';
import type { SchemaValidator } from '../../schema/schema-validator.js';
import { namedExamples } from '../data/generate-example.js';
import { type GenerateContext, generateFitting, generateValue } from '../data/generate-value.js';

// The server's view of the data generator (src/core/mock/data): numeric seeds, contract examples first.

export interface DataContext {
  document: JsonObject;
  openapi: '3.0' | '3.1';
  seed: number;
  /** The contract's validator: given, `oneOf` values are made to fit exactly one branch (see generateOneOf). */
  validator?: SchemaValidator;
}

/** The contract's own example of a media type (`example`, first of `examples`, schema `example`), if any. */
export function contractExample(mediaType: JsonObject, document: JsonObject): { value: unknown } | undefined {
  if ('example' in mediaType) return { value: mediaType.example };
  const first = namedExamples(mediaType, document).values().next();
  if (!first.done) return { value: first.value };
  const schema = resolveLocalRef(document, mediaType.schema) as JsonObject | undefined;
  if (schema && 'example' in schema) return { value: schema.example };
  return undefined;
}

/**
 * Generated data that passes `validate`: other seeds and `oneOf`/`anyOf` branches are tried (see
 * generateFitting), as a generator cannot satisfy every combination of keywords. The last try is kept
 * otherwise (and flagged by the response check).
 */
export function generateValid(
  schema: unknown,
  context: DataContext,
  fits: ((value: unknown) => boolean) | undefined,
): unknown {
  return generateFitting(schema ?? {}, generateContext(context, 'response'), fits ?? (() => true));
}

/** Data generated from a schema (src/core/mock/data), deterministic for a given seed. */
export function generateForSchema(
  schema: unknown,
  context: DataContext,
  direction: 'request' | 'response',
  propertyPath?: string,
): unknown {
  return generateValue(schema ?? {}, {
    ...generateContext(context, direction),
    ...(propertyPath ? { propertyPath: [propertyPath] } : {}),
  });
}

function generateContext(context: DataContext, direction: 'request' | 'response'): GenerateContext {
  const validator = context.validator;
  return {
    document: context.document,
    openapi: context.openapi,
    direction,
    seed: String(context.seed),
    ...(validator ? { fitsNode: (node: object) => validator.fitsNode(node, direction) } : {}),
  };
}
