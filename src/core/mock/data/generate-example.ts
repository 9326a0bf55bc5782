import { resolveLocalRef } from '../../contract/resolve-ref.js';
import type { JsonObject } from '../../contract/types.js';
import { isObject } from '../../source/json-object.js';
import { generateValue } from './generate-value.js';
import type { GenerateContext } from './types.js';

/** The named examples of a media type object (`examples:` entries, refs to components.examples followed). */
export function namedExamples(mediaType: JsonObject, document: JsonObject): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const examples = resolveLocalRef(document, mediaType.examples);
  if (!isObject(examples)) return out;
  for (const [name, entry] of Object.entries(examples)) {
    const example = resolveLocalRef(document, entry);
    // externalValue is a URL: never fetched (untrusted contracts do not make the tool reach out).
    if (isObject(example) && 'value' in example) out.set(name, example.value);
  }
  return out;
}

/**
 * The body of a media type: its `example`, else the first of its `examples`, else data generated
 * from its schema (see generateValue).
 */
export function generateExample(mediaType: JsonObject, context: GenerateContext): unknown {
  if ('example' in mediaType) return mediaType.example;
  const named = namedExamples(mediaType, context.document);
  const first = named.values().next();
  if (!first.done) return first.value;
  return generateValue(mediaType.schema ?? {}, context);
}
