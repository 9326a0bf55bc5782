import type { JsonObject } from '../../contract/types.js';
import { ErrorCode, MockforgeError } from '../../errors.js';
import { isObject } from '../../source/json-object.js';
import type { SourceFile } from '../../source/source-file.js';
import { statusKey } from '../response/status-key.js';
import type { MockMediaData, MockResponseData } from './types.js';

const STATUS_KEY = /^(?:[1-5]\d\d|[1-5]XX|default)$/i;

/** A mock data file's content, its structure checked: user mistakes are errors with file:line. */
export interface ParsedMockFile {
  method: string;
  path: string;
  responses: Map<string, MockResponseData>;
}

export function parseMockFile(source: SourceFile): ParsedMockFile {
  const fail = (segments: string[], message: string, hint?: string): never => {
    const { exact: _exact, ...location } = source.locate(segments);
    throw new MockforgeError(ErrorCode.MockDataInvalid, message, {
      location,
      hint: hint ?? "see 'Mock data files' in the README, or regenerate the file with 'mockforge generate --force'",
    });
  };
  const root = source.value;
  if (!isObject(root)) return fail([], 'a mock data file must be a mapping with operation: and responses:');
  allowOnly(root, ['operation', 'responses'], [], fail);
  const operation = root.operation;
  if (!isObject(operation) || typeof operation.method !== 'string' || typeof operation.path !== 'string') {
    return fail(['operation'], "operation: must give the contract operation as 'method' and 'path' strings");
  }
  allowOnly(operation, ['method', 'path'], ['operation'], fail);
  if (!isObject(root.responses)) return fail(['responses'], 'responses: must map status codes to responses');
  const responses = new Map<string, MockResponseData>();
  for (const [status, raw] of Object.entries(root.responses)) {
    const at = ['responses', status];
    if (!STATUS_KEY.test(status)) fail(at, `'${status}' is not a status code (200, 4XX or default)`);
    const response = raw ?? {};
    if (!isObject(response)) return fail(at, `response ${status} must be a mapping (headers:, content:)`);
    allowOnly(response, ['headers', 'content'], at, fail);
    if (response.headers !== undefined && !isObject(response.headers))
      fail([...at, 'headers'], 'headers: must map header names to values');
    if (response.content !== undefined && !isObject(response.content))
      fail([...at, 'content'], 'content: must map media types to {body, examples}');
    const content = new Map<string, MockMediaData>();
    for (const [mediaType, entry] of Object.entries((response.content ?? {}) as JsonObject)) {
      const where = [...at, 'content', mediaType];
      const media = entry ?? {};
      if (!isObject(media)) return fail(where, `${mediaType} must be a mapping (body:, examples:)`);
      allowOnly(media, ['body', 'examples'], where, fail);
      if (media.examples !== undefined && !isObject(media.examples))
        fail([...where, 'examples'], 'examples: must map example names to values');
      content.set(mediaType, {
        mediaType,
        body: 'body' in media ? { value: media.body } : undefined,
        examples: new Map(Object.entries((media.examples ?? {}) as JsonObject)),
        line: source.locate(where).line,
      });
    }
    responses.set(statusKey(status), {
      status,
      headers: { ...((response.headers ?? {}) as JsonObject) },
      content,
      line: source.locate(at).line,
    });
  }
  return { method: operation.method.toLowerCase(), path: operation.path, responses };
}

function allowOnly(
  node: JsonObject,
  allowed: readonly string[],
  at: string[],
  fail: (segments: string[], message: string) => never,
): void {
  for (const key of Object.keys(node)) {
    if (!allowed.includes(key)) fail([...at, key], `unknown key '${key}' (expected ${allowed.join(', ')})`);
  }
}
