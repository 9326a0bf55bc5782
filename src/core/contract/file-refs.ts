import { dirname, resolve } from 'node:path';
import { safeDecode } from '../source/safe-decode.js';
import type { SourceFile } from '../source/source-file.js';

const URI_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** A `$ref` (or a quoted one) whose value names a document, not only a `#/...` pointer. */
const NAMES_A_FILE = /\$ref['"]?\s*:\s*['"]?(?!#)[^\s'"]/;

/**
 * The local files a file's `$ref`s (and discriminator mappings) name, as absolute paths: what must be at
 * hand before the file can be bundled. URLs are left out; a file whose refs are all `#/...` costs one scan
 * of its text.
 */
export function fileRefsOf(source: SourceFile): string[] {
  if (!NAMES_A_FILE.test(source.text) && !/mapping['"]?\s*:/.test(source.text)) return [];
  const found = new Set<string>();
  const add = (ref: unknown) => {
    if (typeof ref !== 'string') return;
    const uri = ref.split('#')[0] ?? '';
    if (uri !== '' && !URI_SCHEME.test(uri)) found.add(resolve(dirname(source.file), safeDecode(uri)));
  };
  const walk = (node: unknown, key: string): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, key);
      return;
    }
    for (const [k, value] of Object.entries(node)) {
      if (k === '$ref') add(value);
      else if (k === 'mapping' && key === 'discriminator' && value !== null && typeof value === 'object') {
        for (const target of Object.values(value)) add(target);
      } else walk(value, k);
    }
  };
  walk(source.value, '');
  return [...found];
}
