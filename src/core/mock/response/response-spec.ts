import type { JsonObject, LoadedContract, Operation } from '../../contract/types.js';
import type { SchemaValidator, ValidateValue } from '../../schema/schema-validator.js';
import { appendPointer } from '../../source/json-pointer.js';
import { resolveChild, resolveNode } from '../contract-node.js';
import { namedExamples } from '../data/generate-example.js';
import { byStatus, statusKey } from './status-key.js';

export interface MediaSpec {
  mediaType: string;
  node: JsonObject;
  /** Pointer of the media type object. */
  pointer: string;
  hasSchema: boolean;
  /** Named examples (`examples:` entries, refs resolved). */
  examples: Map<string, unknown>;
}

/** One documented response of an operation. */
export interface ResponseSpec {
  /** `200`, `4XX`, `default`. */
  key: string;
  pointer: string;
  media: MediaSpec[];
}

export interface OperationResponses {
  byKey: Map<string, ResponseSpec>;
  /** Lowest documented 2xx (or 3xx, or `default`, or anything): what a plain request gets. */
  primary: { status: number; spec: ResponseSpec } | undefined;
}

export function compileResponses(contract: LoadedContract, operation: Operation): OperationResponses {
  const doc = contract.document;
  const byKey = new Map<string, ResponseSpec>();
  const responses = resolveChild(doc, operation.pointer, 'responses');
  for (const key of Object.keys(responses?.node ?? {})) {
    const response = resolveChild(doc, responses?.pointer ?? '', key);
    if (!response) continue;
    const content = resolveChild(doc, response.pointer, 'content');
    const media: MediaSpec[] = [];
    for (const mediaType of Object.keys(content?.node ?? {})) {
      const node = resolveChild(doc, content?.pointer ?? '', mediaType);
      if (!node) continue;
      const examples = namedExamples(node.node, doc);
      media.push({ mediaType, node: node.node, pointer: node.pointer, hasSchema: 'schema' in node.node, examples });
    }
    byKey.set(statusKey(key), {
      key,
      pointer: response.pointer,
      media,
    });
  }
  return { byKey, primary: choosePrimary(byKey) };
}

function choosePrimary(byKey: Map<string, ResponseSpec>): OperationResponses['primary'] {
  const numeric = [...byKey.keys()].filter((k) => /^\d{3}$/.test(k)).sort();
  const pick = numeric.find((k) => k.startsWith('2')) ?? numeric.find((k) => k.startsWith('3'));
  if (pick) return { status: Number(pick), spec: byKey.get(pick) as ResponseSpec };
  const range = [...byKey.keys()].find((k) => k === '2XX');
  if (range) return { status: 200, spec: byKey.get(range) as ResponseSpec };
  const fallback = byKey.get('default');
  if (fallback) return { status: 200, spec: fallback };
  const any = numeric[0];
  return any ? { status: Number(any), spec: byKey.get(any) as ResponseSpec } : undefined;
}

/** The documented response for a status: exact code, then its range (`4XX`), then `default`. */
export function findResponse(responses: OperationResponses, status: number): ResponseSpec | undefined {
  return byStatus(responses.byKey, status);
}

/**
 * The status of an error answer the mock has to make (`wanted` in order of preference, e.g. [422, 400]),
 * as the contract documents it: an exact code; else, under a documented range (`4XX`), the range's first
 * real code when it is wanted (`400` for an invalid request), otherwise the first wanted code it covers
 * (`404` under `4XX`); else the first wanted code when only `default` documents errors. undefined when the
 * contract documents nothing that fits (the mock then sends its own problem document).
 */
export function documentedErrorStatus(responses: OperationResponses, wanted: readonly number[]): number | undefined {
  const keys = responses.byKey;
  const exact = wanted.find((status) => keys.has(String(status)));
  if (exact !== undefined) return exact;
  const ranged = wanted.filter((status) => keys.has(`${String(status)[0]}XX`));
  const first = ranged.find((status) => status % 100 === 0) ?? ranged[0];
  if (first !== undefined) return first;
  return keys.has('default') ? wanted[0] : undefined;
}

const validators = new WeakMap<MediaSpec, ValidateValue>();

/** Validates a response body of one media type (compiled on first use, then kept on the media spec). */
export function responseBodyValidator(validator: SchemaValidator, media: MediaSpec): ValidateValue | undefined {
  if (!media.hasSchema) return undefined;
  let validate = validators.get(media);
  if (!validate) {
    validate = validator.forPointer(appendPointer(media.pointer, 'schema'), 'response');
    validators.set(media, validate);
  }
  return validate;
}

/**
 * Whether a body fits the media type's schema, for choices (an example, a generated try): no issues are
 * built, so the contract is not parsed for their lines.
 */
export function responseBodyFits(
  validator: SchemaValidator,
  media: MediaSpec,
): ((value: unknown) => boolean) | undefined {
  return media.hasSchema ? validator.fitsPointer(appendPointer(media.pointer, 'schema'), 'response') : undefined;
}

/** The schema node of a media type, refs followed (for list wrapping). */
export function mediaSchema(contract: LoadedContract, media: MediaSpec): JsonObject | undefined {
  return resolveNode(contract.document, appendPointer(media.pointer, 'schema'))?.node;
}
