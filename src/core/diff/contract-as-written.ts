import { basePathOf } from '../contract/load-contract.js';
import { createSourceMap } from '../contract/source-map.js';
import type { JsonObject, LoadedContract } from '../contract/types.js';
import type { SourceReader } from '../source/source-reader.js';

/**
 * A self-contained contract exactly as written: parsed, not bundled, linted or repaired, so its pointers are
 * the ones oasdiff saw when it read the file itself. Undefined when the file is not OpenAPI 3.
 * `operations` stay empty: only the bundled load lists them.
 */
export function contractAsWritten(file: string, read: SourceReader): LoadedContract | undefined {
  const document = read(file).value as JsonObject | null;
  if (!document || typeof document !== 'object' || typeof document.openapi !== 'string') return undefined;
  const family = /^3\.0(\.|$)/.test(document.openapi)
    ? '3.0'
    : /^3\.1(\.|$)/.test(document.openapi)
      ? '3.1'
      : undefined;
  if (!family) return undefined;
  const info = (document.info ?? {}) as JsonObject;
  return {
    file,
    openapi: family,
    title: typeof info.title === 'string' ? info.title : '',
    version: info.version === undefined ? '' : String(info.version),
    document,
    basePath: basePathOf(document),
    operations: [],
    sourceMap: createSourceMap([{ bundled: '', file, pointer: '' }], read),
    diagnostics: [],
  };
}
