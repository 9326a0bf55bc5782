import type { IncomingMessage } from 'node:http';
import { resolveLocalRef } from '../../contract/resolve-ref.js';
import type { JsonObject } from '../../contract/types.js';
import type { ValidateValue } from '../../schema/schema-validator.js';
import { isObject } from '../../source/json-object.js';
import { negotiateMediaType } from '../http/negotiate.js';
import type { Preferences } from '../http/prefer.js';
import type { JournalEntry } from '../journal.js';
import { isBinaryMediaType } from '../response/binary-placeholder.js';
import { chooseStaticBody } from '../response/choose-body.js';
import { contentTypeOf, encodeBody } from '../response/encode-body.js';
import { documentedHeaders } from '../response/response-headers.js';
import {
  documentedErrorStatus,
  findResponse,
  type MediaSpec,
  mediaSchema,
  responseBodyValidator,
} from '../response/response-spec.js';
import { handleResource } from '../state/handle-resource.js';
import type { ScenarioSeed } from '../state/seed-from-scenarios.js';
import type { MockContext } from './mock-context.js';
import type { MockRoute, PreparedBody, PreparedWorkspace } from './prepare-workspace.js';
import { jsonReply, problemReply, type Reply } from './respond.js';

/** A response built from the contract, with the headers its documented response declares. */
export function replyFromContract(...args: Parameters<typeof buildContractReply>): Reply {
  return withDocumentedHeaders(args[0], args[1], args[2], buildContractReply(...args));
}

/**
 * Adds the documented response headers the reply does not carry yet: the value from the mock data files
 * (`mockforge generate` writes them, hand edits win), else the contract's example or a generated one.
 */
export function withDocumentedHeaders(
  workspace: PreparedWorkspace,
  context: MockContext,
  route: MockRoute,
  reply: Reply,
): Reply {
  if (route.operation?.operation.deprecated === true) reply.headers.deprecation = 'true';
  const spec = route.responses ? findResponse(route.responses, reply.status) : undefined;
  if (!spec) return reply;
  const fromFiles =
    route.operation && context.mockData
      ? context.mockData.headers(workspace.config.name, route.operation.pointer, reply.status)
      : {};
  for (const [name, value] of Object.entries(fromFiles)) {
    const key = name.toLowerCase();
    if (reply.headers[key] === undefined && key !== 'content-type' && value !== null && value !== undefined)
      reply.headers[key] = Array.isArray(value) ? value.map(String).join(',') : String(value);
  }
  for (const [name, value] of Object.entries(documentedHeaders(workspace.contract, spec))) {
    if (reply.headers[name] === undefined) reply.headers[name] = value;
  }
  return reply;
}

/** A response built from the contract: the chosen status, negotiated media type and a static body. */
function buildContractReply(
  workspace: PreparedWorkspace,
  context: MockContext,
  route: MockRoute,
  request: IncomingMessage,
  preferences: Preferences,
  entry: JournalEntry,
  fault: boolean,
  canned?: ScenarioSeed,
): Reply {
  if (route.source === 'config' && route.endpoint) {
    const status = fault ? (preferences.code ?? 500) : (route.endpoint.status ?? 200);
    if (fault) return problemReply(status, 'Injected fault', `fault configured for ${route.template.text}`);
    return jsonReply(status, route.endpoint.body ?? null, { ...(route.endpoint.headers ?? {}) });
  }
  const responses = route.responses;
  const status = canned?.status ?? preferences.code ?? responses?.primary?.status ?? 200;
  const spec = responses ? findResponse(responses, status) : undefined;
  if (!spec) {
    if (fault) return problemReply(status, 'Injected fault', `fault configured for ${route.template.text}`);
    if (canned) {
      entry.responseErrors.push(`status ${status} of scenario step '${canned.step}' is not documented`);
      return jsonReply(status, canned.responseBody ?? null);
    }
    // OpenAPI 3.1 lets an operation document no response at all: a valid request then gets an empty 200.
    if (responses?.byKey.size === 0 && preferences.code === undefined)
      return { status: 200, headers: {}, body: undefined };
    return problemReply(404, 'No such response', `${route.template.text} documents no ${status} response`, {
      documented: [...(responses?.byKey.keys() ?? [])],
    });
  }
  if (spec.media.length === 0) return { status, headers: {}, body: undefined };
  const media = pickMedia(spec.media, request);
  if (!media) return notAcceptable(spec.media, request);
  let value: unknown;
  if (canned) value = canned.responseBody;
  else {
    const chosen = chooseStaticBody(workspace, context, route.operation?.pointer, status, media, preferences);
    if ('reply' in chosen) return chosen.reply;
    value = chosen.value;
  }
  const validate = workspace.config.validateResponses ? responseBodyValidator(workspace.validator, media) : undefined;
  return encodedReply(workspace, route, status, media, value, validate, entry, context);
}

/** A response from the shared store, or undefined when the request is not a state operation. */
export async function replyFromState(...args: Parameters<typeof buildStateReply>): Promise<Reply | undefined> {
  const reply = await buildStateReply(...args);
  return reply && withDocumentedHeaders(args[0], args[1], args[2], reply);
}

async function buildStateReply(
  workspace: PreparedWorkspace,
  context: MockContext,
  route: MockRoute,
  request: IncomingMessage,
  params: Record<string, string>,
  query: Record<string, string | string[]>,
  body: unknown,
  entry: JournalEntry,
): Promise<Reply | undefined> {
  const binding = route.resource;
  if (!binding) return undefined;
  const id = binding.role === 'item' ? Object.values(params).at(-1) : undefined;
  const outcome = await handleResource({
    resource: binding.resource,
    role: binding.role,
    method: entry.method,
    id,
    params,
    query,
    body,
    personas: context.personas,
    personaGraph: context.personaGraph,
  });
  if (outcome.kind === 'pass') return undefined;
  if (outcome.kind === 'full') return problemReply(507, 'Insufficient storage', outcome.detail);
  const documents404 = () => route.responses !== undefined && documentedErrorStatus(route.responses, [404]) === 404;
  if (outcome.kind === 'not-found' && documents404()) {
    return replyFromContract(workspace, context, route, request, { code: 404 }, entry, false);
  }
  // DELETE is idempotent: where the contract has no 404 for it, deleting what is gone answers its success.
  if (outcome.kind === 'not-found' && entry.method === 'DELETE' && route.responses?.primary) {
    return { status: route.responses.primary.status, headers: {}, body: undefined };
  }
  if (outcome.kind === 'not-found') return problemReply(404, 'Not found', outcome.detail);
  const value = outcome.kind === 'list' ? outcome.records : outcome.kind === 'record' ? outcome.record : undefined;
  if (route.source === 'state') {
    return encodedReply(workspace, route, 200, undefined, value, route.stateValidator, entry, context, {
      'x-mockforge-implicit': `${binding.role} of ${binding.resource.name} (not in the contract)`,
    });
  }
  const primary = route.responses?.primary;
  if (!primary) return undefined;
  const headers: Record<string, string> = {};
  if (outcome.kind === 'record' && outcome.created && entry.method === 'POST') {
    headers.location = locationOf(
      workspace,
      binding.resource.itemPath ?? `${binding.resource.collectionPath}/{id}`,
      outcome.id,
      params,
    );
  }
  if (primary.spec.media.length === 0 || value === undefined)
    return { status: primary.status, headers, body: undefined };
  const media = pickMedia(primary.spec.media, request);
  if (!media) return notAcceptable(primary.spec.media, request);
  const shaped =
    outcome.kind === 'list' ? shapeList(workspace, context, route, primary.status, media, outcome.records) : value;
  const validate = workspace.config.validateResponses ? responseBodyValidator(workspace.validator, media) : undefined;
  return encodedReply(workspace, route, primary.status, media, shaped, validate, entry, context, headers);
}

const negotiated = new WeakMap<MediaSpec[], Map<string, MediaSpec | undefined>>();

/** Content negotiation, memoised per Accept header value (clients repeat the same few). */
export function pickMedia(media: MediaSpec[], request: IncomingMessage): MediaSpec | undefined {
  const accept = request.headers.accept ?? '';
  const byAccept = negotiated.get(media) ?? new Map<string, MediaSpec | undefined>();
  negotiated.set(media, byAccept);
  if (byAccept.has(accept)) return byAccept.get(accept);
  const chosen = negotiateMediaType(
    accept,
    media.map((m) => m.mediaType),
  );
  const found = media.find((m) => m.mediaType === chosen);
  if (byAccept.size < 64) byAccept.set(accept, found);
  return found;
}

function notAcceptable(media: MediaSpec[], request: IncomingMessage): Reply {
  return problemReply(406, 'Not acceptable', `nothing documented here fits Accept: ${request.headers.accept ?? ''}`, {
    available: media.map((m) => m.mediaType),
  });
}

/** Encodes and validates a body once per (value object, status, media type): records are immutable. */
function encodedReply(
  workspace: PreparedWorkspace,
  route: MockRoute,
  status: number,
  media: MediaSpec | undefined,
  value: unknown,
  validate: ValidateValue | undefined,
  entry: JournalEntry,
  context: MockContext,
  headers: Record<string, string> = {},
): Reply {
  const mediaType = media?.mediaType ?? 'application/json';
  const key = `${status} ${mediaType}`;
  const cacheable = value !== null && typeof value === 'object' && Object.isFrozen(value);
  let prepared: PreparedBody | undefined = cacheable ? route.cache.get(value as object)?.get(key) : undefined;
  if (!prepared) {
    const bytes = encodeBody(
      value,
      mediaType,
      media && { document: workspace.contract.document, schema: media.node.schema },
    );
    if (!bytes) {
      return problemReply(
        500,
        'Cannot serialize',
        `the mock cannot write this ${Array.isArray(value) ? 'array' : typeof value} as ${mediaType}`,
        { mediaType },
      );
    }
    // Bytes of a binary type are not the JSON value a schema describes (an archive documented as an object).
    const bytesOnly = typeof value === 'string' && isBinaryMediaType(mediaType);
    const issues = validate && !bytesOnly ? validate(value) : [];
    prepared = {
      bytes,
      responseErrors: issues.map(
        (i) =>
          `${i.instancePath || '/'} ${i.message} (${context.displayFile(`${i.location.file}:${i.location.line}`)})`,
      ),
    };
    if (cacheable) {
      const byKey = route.cache.get(value as object) ?? new Map<string, PreparedBody>();
      route.cache.set(value as object, byKey);
      byKey.set(key, prepared);
    }
  }
  if (prepared.responseErrors.length > 0) entry.responseErrors.push(...prepared.responseErrors);
  return { status, headers: { 'content-type': contentTypeOf(mediaType), ...headers }, body: prepared.bytes };
}

/** A list as the operation's schema wants it: a bare array, or the array property of an envelope object. */
function shapeList(
  workspace: PreparedWorkspace,
  context: MockContext,
  route: MockRoute,
  status: number,
  media: MediaSpec,
  records: JsonObject[],
): unknown {
  const schema = mediaSchema(workspace.contract, media);
  if (!schema || schema.type === 'array' || !schema.properties) return records;
  const envelope = chooseStaticBody(workspace, context, route.operation?.pointer, status, media, {});
  const base =
    'value' in envelope && envelope.value && typeof envelope.value === 'object'
      ? { ...(envelope.value as JsonObject) }
      : {};
  // The array named after the collection (`{accounts: [...], page: 0}`), else the first array property.
  const arrays = Object.entries(schema.properties as JsonObject)
    .filter(([, sub]) => isArraySchema(workspace, sub))
    .map(([key]) => key);
  const key = arrays.find((k) => k.toLowerCase() === route.resource?.resource.name) ?? arrays[0];
  if (key === undefined) return records;
  base[key] = records;
  return base;
}

/** The created item's path: its id for the last parameter, the request's values for the parents'. */
function locationOf(
  workspace: PreparedWorkspace,
  itemPath: string,
  id: string,
  params: Record<string, string>,
): string {
  const base = workspace.baseSegments.length > 0 ? `/${workspace.baseSegments.join('/')}` : '';
  const withId = itemPath.replace(/\{[^{}]+\}(?!.*\{)/, encodeURIComponent(id));
  return (
    base +
    withId.replace(/\{([^{}]+)\}/g, (template, name: string) =>
      params[name] !== undefined ? encodeURIComponent(params[name]) : template,
    )
  );
}

function isArraySchema(workspace: PreparedWorkspace, schema: unknown): boolean {
  const resolved = resolveLocalRef(workspace.contract.document, schema);
  return isObject(resolved) && resolved.type === 'array';
}
