import { dirname, resolve } from 'node:path';
import { safeDecode } from '../source/safe-decode.js';

/** A `$ref` whose value does not start with `#`: to another file (or a URL). */
const NON_LOCAL_REF = /\$ref['"]?\s*:\s*['"]?(?!#)[^\s'"]/;

/** Whether a YAML or JSON text has a `$ref` to anything but itself (found by a scan, no parse). */
export function hasNonLocalRefs(text: string): boolean {
  return NON_LOCAL_REF.test(text);
}

/**
 * Files named by the `$ref`s of a YAML or JSON text, found by a scan of the text (no parse): every
 * `$ref` value with a file part, resolved against the folder of the file that holds it. Remote refs are
 * never read by a diff, so they are left out.
 */
export function referencedFiles(file: string, text: string): string[] {
  if (!hasNonLocalRefs(text)) return [];
  const refs = new Set<string>();
  const pattern = /["']?\$ref["']?\s*:\s*["']?([^"'\s#,{}[\]]+)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const target = match[1] as string;
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) && !/^file:/i.test(target)) continue;
    const path = safeDecode(target.replace(/^file:(\/\/)?/i, ''));
    refs.add(resolve(dirname(file), path));
  }
  return [...refs];
}
