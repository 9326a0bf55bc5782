import type { Preferences } from '../http/prefer.js';
import { hashSeed } from '../random.js';
import type { MockContext } from '../server/mock-context.js';
import type { PreparedWorkspace } from '../server/prepare-workspace.js';
import { problemReply, type Reply } from '../server/respond.js';
import { isBinaryMediaType } from './binary-placeholder.js';
import { contractExample, generateValid } from './example-data.js';
import type { MediaSpec } from './response-spec.js';
import { responseBodyFits } from './response-spec.js';

/**
 * The body of a response that does not come from state: `Prefer: example=`, `Prefer: dynamic=true`,
 * data from `mockforge generate` (hand edits honoured), the contract's examples, or generated data.
 */
export function chooseStaticBody(
  workspace: PreparedWorkspace,
  context: MockContext,
  operationPointer: string | undefined,
  status: number,
  media: MediaSpec,
  preferences: Preferences,
): { value: unknown } | { reply: Reply } {
  const data = {
    document: workspace.contract.document,
    openapi: workspace.contract.openapi,
    validator: workspace.validator,
  };
  const files = operationPointer ? context.mockData : undefined;
  const fileArgs = [workspace.config.name, operationPointer ?? '', status, media.mediaType] as const;
  if (preferences.example !== undefined) {
    // The files' named examples first (hand edits win), then the contract's.
    const fromFiles = files?.body(...fileArgs, preferences.example);
    if (fromFiles) return fromFiles;
    if (media.examples.has(preferences.example)) return { value: media.examples.get(preferences.example) };
    const available = [...new Set([...(files?.exampleNames(...fileArgs) ?? []), ...media.examples.keys()])];
    return {
      reply: problemReply(
        404,
        'Example not found',
        `no example named '${preferences.example}' for ${status} ${media.mediaType}`,
        { available },
      ),
    };
  }
  if (preferences.dynamic) {
    const seed = hashSeed(context.workspaceId, media.pointer, ++context.dynamicCounter.value);
    const fits = workspace.config.validateResponses ? responseBodyFits(workspace.validator, media) : undefined;
    return { value: generateValid(media.node.schema, { ...data, seed }, fits) };
  }
  const fromFiles = files?.body(...fileArgs);
  if (fromFiles) return fromFiles;
  const key = `${workspace.config.name}:${media.pointer}`;
  if (!context.staticValues.has(key)) {
    const seed = hashSeed(context.workspaceId, media.pointer);
    const fits = workspace.config.validateResponses ? responseBodyFits(workspace.validator, media) : undefined;
    // The contract's example first, unless it contradicts the contract's own schema (Twilio's relative
    // `format: uri` values): then generated data, so what the mock sends always fits the contract. A string
    // example of a binary type is its bytes, whatever the schema says (an archive described as an object).
    const example = contractExample(media.node, data.document);
    const bytes = typeof example?.value === 'string' && isBinaryMediaType(media.mediaType);
    const value =
      example && (!fits || bytes || fits(example.value))
        ? example.value
        : generateValid(media.node.schema, { ...data, seed }, fits);
    context.staticValues.set(key, deepFreeze(value));
  }
  return { value: context.staticValues.get(key) };
}

/** Frozen values are encoded and validated once (see the reply cache). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
