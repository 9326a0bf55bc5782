import { relative } from 'node:path';
import type { LoadedContract } from '../../contract/types.js';
import type { SchemaIssue, SchemaValidator } from '../../schema/schema-validator.js';
import { appendPointer, parsePointer } from '../../source/json-pointer.js';
import type { SourceFile } from '../../source/source-file.js';
import { resolveChild } from '../contract-node.js';
import type { MockFileWarning, MockOperationData } from './types.js';

/**
 * Warnings for mock data that the contract does not describe: an undocumented status or media type, a
 * body, example or header that fails its schema. The mock still serves it (hand edits win).
 */
export function checkMockFile(
  contract: LoadedContract,
  validator: SchemaValidator,
  data: MockOperationData,
  source: SourceFile,
): MockFileWarning[] {
  const warnings: MockFileWarning[] = [];
  const doc = contract.document;
  const warn = (segments: string[], message: string) =>
    warnings.push({ file: data.file, line: source.locate(segments).line, message });
  const responses = resolveChild(doc, data.operationPointer, 'responses');
  for (const response of data.responses.values()) {
    const at = ['responses', response.status];
    const documented = resolveChild(doc, responses?.pointer ?? '', findKey(responses?.node, response.status));
    if (!documented) {
      warn(at, `status ${response.status} is not documented for ${data.method.toUpperCase()} ${data.path}`);
      continue;
    }
    for (const [name, value] of Object.entries(response.headers)) {
      const headers = resolveChild(doc, documented.pointer, 'headers');
      const header = resolveChild(doc, headers?.pointer ?? '', findKey(headers?.node, name));
      if (!header || !('schema' in header.node)) continue;
      const issues = validator.forPointer(appendPointer(header.pointer, 'schema'), 'response')(value);
      for (const issue of issues) warn([...at, 'headers', name], describe(`header ${name}`, issue, data.file));
    }
    for (const media of response.content.values()) {
      const where = [...at, 'content', media.mediaType];
      const node = resolveChild(doc, documented.pointer, 'content', media.mediaType);
      if (!node) {
        warn(where, `${media.mediaType} is not documented for status ${response.status}`);
        continue;
      }
      if (!('schema' in node.node)) continue;
      const validate = validator.forPointer(appendPointer(node.pointer, 'schema'), 'response');
      const values: Array<[string[], unknown, string]> = [];
      if (media.body) values.push([[...where, 'body'], media.body.value, 'body']);
      for (const [name, value] of media.examples)
        values.push([[...where, 'examples', name], value, `example '${name}'`]);
      for (const [segments, value, what] of values) {
        for (const issue of validate(value)) {
          warn([...segments, ...parsePointer(issue.instancePath)], describe(what, issue, data.file));
        }
      }
    }
  }
  return warnings;
}

/** The key as the contract writes it (`4xx` or `4XX`, header names in any case). */
function findKey(node: object | undefined, key: string): string {
  return Object.keys(node ?? {}).find((k) => k.toLowerCase() === key.toLowerCase()) ?? key;
}

function describe(what: string, issue: SchemaIssue, file: string): string {
  const place = issue.instancePath === '' ? '' : ` at ${issue.instancePath}`;
  const contract = `${relative(`${file}/..`, issue.location.file)}:${issue.location.line}`;
  return `${what}${place} does not match the contract: ${issue.message} (schema at ${contract})`;
}
