import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { JsonObject, LoadedContract, Operation } from '../contract/types.js';
import { resolveChild } from '../mock/contract-node.js';
import { assignFileNames } from '../mock/mock-files/file-name.js';
import { locate, type RenderedResponse, renderMockFile } from '../mock/mock-files/render-mock-files.js';
import { decideMockFile } from '../mock/mock-files/write-mock-files.js';
import { findResponse } from '../mock/response/response-spec.js';
import { appendPointer } from '../source/json-pointer.js';
import { type CheckContext, mediaTypeMatches, responsesOf } from '../validate/check-response.js';
import { type IsSecret, redactValue } from './redact.js';

/** One answer of the target the proxy saw, fit to be recorded (it broke nothing). */
export interface ObservedAnswer {
  operation: Operation;
  /** `GET /api/users/user_123` as sent. */
  request: string;
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** The parsed JSON body; undefined when there was none. */
  body: { value: unknown } | undefined;
}

export interface RecorderOptions {
  /** `--record <dir>`; each workspace writes into `<dir>/<workspace>/`. */
  dir: string;
  /** Contract paths in the file headers are relative to this folder (the project's). */
  root: string;
}

/** Writes observed answers as the mock data files `mockforge generate` writes: one file per operation, one response per status. */
export interface Recorder {
  /** What happened (for the journal), or undefined when this operation and status were recorded already. */
  record(answer: ObservedAnswer): string | undefined;
}

interface Recording {
  file: string;
  responses: Map<string, RenderedResponse>;
}

export function createRecorder(
  options: RecorderOptions,
  workspace: { name: string; target: string; contract: LoadedContract; context: CheckContext; isSecret: IsSecret },
): Recorder {
  const dir = join(options.dir, workspace.name);
  const { contract, context } = workspace;
  const names = assignFileNames(contract.operations);
  const recordings = new Map<Operation, Recording>();
  return {
    record(answer) {
      const spec = findResponse(responsesOf(context, answer.operation), answer.status);
      if (!spec) return undefined; // an undocumented status is a violation: never offered
      let recording = recordings.get(answer.operation);
      if (recording?.responses.has(spec.key)) return undefined;
      const data: JsonObject = {};
      const problems: string[] = [];
      const headers = documentedHeaders(contract, spec.pointer, answer.headers, workspace.isSecret, context, problems);
      if (Object.keys(headers).length > 0) data.headers = headers;
      if (answer.body) {
        const received = answer.headers['content-type'] ?? '';
        const media = spec.media.find((m) => mediaTypeMatches(m.mediaType, received));
        if (!media) return undefined; // an undocumented type is a violation: never offered
        const body = redactValue(answer.body.value, workspace.isSecret);
        if (media.hasSchema) {
          const issue = context.bodies.forPointer(appendPointer(media.pointer, 'schema'), 'response')(body)[0];
          if (issue) problems.push(`${issue.instancePath || '(body)'} ${issue.message}`);
        }
        data.content = { [media.mediaType]: { body } };
      }
      if (problems.length > 0) return `not written: after redacting secrets, ${problems.join('; ')}`;
      recording ??= { file: join(dir, names.get(answer.operation) as string), responses: new Map() };
      recordings.set(answer.operation, recording);
      recording.responses.set(spec.key, {
        where: locate(contract, spec.pointer, options.root),
        notes: [`observed: ${answer.request} -> ${answer.status}`],
        data,
      });
      const text = renderMockFile(contract, answer.operation, recording.responses, {
        root: options.root,
        writtenBy: `recorded by 'mockforge proxy --record' from ${workspace.target}`,
        keptBy: 'recording',
      });
      const shown = relative(options.root, recording.file) || recording.file;
      const outcome = decideMockFile(recording.file, text, false);
      if (outcome === 'kept') return `not written: ${shown} was edited by hand (kept)`;
      if (outcome !== 'unchanged') {
        mkdirSync(dir, { recursive: true });
        const temporary = `${recording.file}.${process.pid}.tmp`;
        writeFileSync(temporary, text);
        renameSync(temporary, recording.file);
      }
      return `written ${shown} (${spec.key})`;
    },
  };
}

/** The response headers the contract documents, as observed (secrets redacted, each checked against its schema again). */
function documentedHeaders(
  contract: LoadedContract,
  responsePointer: string,
  observed: Record<string, string>,
  isSecret: IsSecret,
  context: CheckContext,
  problems: string[],
): JsonObject {
  const out: JsonObject = {};
  const documented = resolveChild(contract.document, responsePointer, 'headers');
  for (const name of Object.keys(documented?.node ?? {})) {
    const value = observed[name.toLowerCase()];
    if (value === undefined || name.toLowerCase() === 'content-type') continue;
    const header = resolveChild(contract.document, documented?.pointer ?? '', name);
    const type = header ? resolveChild(contract.document, header.pointer, 'schema')?.node.type : undefined;
    const typed = typedHeader(value, type);
    const recorded = isSecret(name) ? (redactValue({ [name]: typed }, isSecret) as JsonObject)[name] : typed;
    if (header && 'schema' in header.node) {
      const issue = context.headers.forPointer(appendPointer(header.pointer, 'schema'), 'response')(recorded)[0];
      if (issue) problems.push(`header '${name}' ${issue.message}`);
    }
    out[name] = recorded;
  }
  return out;
}

/** A header value as its schema types it (`42` for an integer), as `mockforge generate` writes headers. */
function typedHeader(value: string, type: unknown): unknown {
  if ((type === 'integer' || type === 'number') && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}
