import { relative } from 'node:path';
import type { Pair, YAMLMap } from 'yaml';
import type { JsonObject, LoadedContract, Operation } from '../../contract/types.js';
import { SchemaValidator } from '../../schema/schema-validator.js';
import { appendPointer } from '../../source/json-pointer.js';
import { yamlLibrary } from '../../source/yaml-library.js';
import { resolveChild } from '../contract-node.js';
import { generateExample, namedExamples } from '../data/generate-example.js';
import { generateFitting } from '../data/generate-value.js';
import type { GenerateContext } from '../data/types.js';
import { checksumLine } from './checksum.js';
import { assignFileNames } from './file-name.js';
import type { RenderedMockFile } from './types.js';

export const DEFAULT_SEED = 'mockforge';

export interface RenderOptions {
  seed?: string;
  /** Contract paths in the file headers are written relative to this folder (default: the contract's). */
  root?: string;
}

/** The files `mockforge generate` writes for a contract: pure, the same bytes for the same contract and seed. */
export function renderMockFiles(contract: LoadedContract, options: RenderOptions = {}): RenderedMockFile[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const names = assignFileNames(contract.operations);
  const validator = new SchemaValidator(contract);
  return contract.operations.map((operation) => ({
    name: names.get(operation) as string,
    operation: `${operation.method.toUpperCase()} ${operation.path}`,
    text: renderMockFile(contract, operation, renderResponses(contract, operation, seed, validator, options.root), {
      root: options.root,
      writtenBy: `written by 'mockforge generate' (seed '${seed}')`,
      keptBy: 'generate',
    }),
  }));
}

export interface FileOrigin {
  /** Contract paths in the header are written relative to this folder (default: the contract's). */
  root: string | undefined;
  /** `written by 'mockforge generate' (seed 'x')`. */
  writtenBy: string;
  /** What keeps an edited file: `generate`, `recording`. */
  keptBy: string;
}

/** One mock data file: the header (where it comes from, the checksum), the operation and its responses. */
export function renderMockFile(
  contract: LoadedContract,
  operation: Operation,
  rendered: ReadonlyMap<string, RenderedResponse>,
  origin: FileOrigin,
): string {
  const title = `${operation.method.toUpperCase()} ${operation.path}`;
  const { Document, isScalar } = yamlLibrary();
  const document = new Document(
    { operation: { method: operation.method.toUpperCase(), path: operation.path }, responses: {} },
    { version: '1.2' },
  );
  const responses = document.get('responses') as YAMLMap;
  for (const [status, response] of rendered) {
    const pair = document.createPair(status, response.data) as Pair;
    if (isScalar(pair.key)) pair.key.commentBefore = [response.where, ...response.notes].map((l) => ` ${l}`).join('\n');
    responses.items.push(pair);
  }
  const data = document.toString({ lineWidth: 0, minContentWidth: 0, singleQuote: true });
  const where = locate(contract, operation.pointer, origin.root);
  const idText = operation.operationId ? ` (operationId ${operation.operationId})` : '';
  const header =
    `# Mock data for ${title}${idText}\n` +
    `# from ${where}, ${origin.writtenBy}.\n` +
    '# Edit freely: the mock serves these bodies, headers and named examples (Prefer: example=<name>).\n' +
    `# An edited file is kept by the next ${origin.keptBy} (its data no longer matches this checksum) unless --force.\n`;
  return header + checksumLine(data) + data;
}

/** One response of a mock data file, with the comment lines above it. */
export interface RenderedResponse {
  /** `contracts/users-service.yaml:11`: where the contract documents it. */
  where: string;
  /** Said in a comment above the response. */
  notes: string[];
  data: JsonObject;
}

function renderResponses(
  contract: LoadedContract,
  operation: Operation,
  seed: string,
  validator: SchemaValidator,
  root: string | undefined,
): Map<string, RenderedResponse> {
  const out = new Map<string, RenderedResponse>();
  const doc = contract.document;
  const responses = resolveChild(doc, operation.pointer, 'responses');
  for (const status of Object.keys(responses?.node ?? {})) {
    const response = resolveChild(doc, responses?.pointer ?? '', status);
    if (!response) continue;
    const key = `${seed}:${operation.method} ${operation.path} ${status}`;
    const data: JsonObject = {};
    const notes: string[] = [];
    const headers = renderHeaders(contract, response.pointer, key, validator);
    if (Object.keys(headers).length > 0) data.headers = headers;
    const content: JsonObject = {};
    const media = resolveChild(doc, response.pointer, 'content');
    for (const mediaType of Object.keys(media?.node ?? {})) {
      const resolved = resolveChild(doc, media?.pointer ?? '', mediaType);
      if (!resolved) continue;
      const node = resolved.node;
      const entry: JsonObject = {};
      const context = {
        document: doc,
        openapi: contract.openapi,
        direction: 'response' as const,
        seed: `${key} ${mediaType}`,
        fitsNode: (schema: object) => validator.fitsNode(schema, 'response'),
      };
      const validate = () => validator.fitsPointer(appendPointer(resolved.pointer, 'schema'), 'response');
      const examples = namedExamples(node, doc);
      if ('schema' in node || 'example' in node || examples.size > 0) entry.body = chooseBody(node, context, validate);
      if ('schema' in node) {
        for (const [name, value] of examples) {
          if (validate()(value)) continue;
          examples.delete(name);
          notes.push(`example '${name}' of ${mediaType} left out: it does not fit the contract's own schema`);
        }
      }
      if (examples.size > 0) entry.examples = Object.fromEntries(examples);
      content[mediaType] = entry;
    }
    if (Object.keys(content).length > 0) data.content = content;
    out.set(status, { where: locate(contract, response.pointer, root), notes, data });
  }
  return out;
}

/**
 * The contract's example when it fits the contract's own schema (Twilio's relative `format: uri` examples
 * do not), otherwise data generated from the schema: what the files hold always validates.
 */
function chooseBody(node: JsonObject, context: GenerateContext, fits: () => (value: unknown) => boolean): unknown {
  const value = generateExample(node, context);
  if (!('schema' in node)) return value;
  if (fits()(value)) return value;
  return generateFitting(node.schema, context, fits());
}

/** Documented response headers (Content-Type aside): their example, else generated from their schema. */
function renderHeaders(
  contract: LoadedContract,
  responsePointer: string,
  key: string,
  validator: SchemaValidator,
): JsonObject {
  const out: JsonObject = {};
  const doc = contract.document;
  const headers = resolveChild(doc, responsePointer, 'headers');
  for (const name of Object.keys(headers?.node ?? {})) {
    if (name.toLowerCase() === 'content-type') continue;
    const header = resolveChild(doc, headers?.pointer ?? '', name);
    if (!header) continue;
    const context = {
      document: doc,
      openapi: contract.openapi,
      direction: 'response' as const,
      seed: `${key} header`,
      fitsNode: (schema: object) => validator.fitsNode(schema, 'response'),
    };
    out[name] = chooseBody(header.node, { ...context, propertyPath: [name] }, () =>
      validator.fitsPointer(appendPointer(header.pointer, 'schema'), 'response'),
    );
  }
  return out;
}

/** `contracts/users-service.yaml:11` relative to `root` (default: the contract's folder). */
export function locate(contract: LoadedContract, pointer: string, root?: string): string {
  const { file, line } = contract.sourceMap.locate(pointer);
  return `${relative(root ?? `${contract.file}/..`, file)}:${line}`;
}
