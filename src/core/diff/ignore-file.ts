import { ErrorCode, MockforgeError } from '../errors.js';
import { readSourceFile } from '../source/source-file.js';
import type { IgnoreEntry } from './types.js';

/**
 * Accepted breaking changes, matched by stable key:
 * ```yaml
 * ignore:
 *   - key: "response-success-status-removed POST /api/orders [201]"
 *     reason: "clients moved to 200 in 2026-10"
 *     expires: 2026-12-31      # optional; after it the change fails again
 * ```
 */
export function loadIgnoreFile(file: string): IgnoreEntry[] {
  const source = readSourceFile(file, { maxBytes: 4 * 1024 * 1024 });
  const fail = (pointer: string, message: string): never => {
    const { exact: _exact, ...location } = source.locate(pointer);
    throw new MockforgeError(ErrorCode.UsageInvalid, message, {
      location,
      hint: 'each entry needs `key` (from the diff report) and `reason`; `expires` is YYYY-MM-DD',
    });
  };
  const doc = source.value as { ignore?: unknown } | null;
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.ignore))
    fail('', 'ignore file must have an `ignore:` list');
  const list = (doc as { ignore: unknown[] }).ignore;
  return list.map((raw, index) => {
    const pointer = `/ignore/${index}`;
    const entry = raw as Record<string, unknown> | null;
    if (!entry || typeof entry !== 'object') return fail(pointer, 'ignore entry must be a mapping');
    if (typeof entry.key !== 'string' || entry.key.trim() === '') return fail(pointer, 'ignore entry has no `key`');
    if (typeof entry.reason !== 'string' || entry.reason.trim() === '') {
      return fail(pointer, `ignore entry '${entry.key}' has no \`reason\``);
    }
    const expires = entry.expires === undefined ? undefined : String(entry.expires);
    if (expires !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(Date.parse(expires)))) {
      return fail(`${pointer}/expires`, `expires '${expires}' is not a date (YYYY-MM-DD)`);
    }
    const { exact: _exact, ...location } = source.locate(pointer);
    return {
      key: entry.key.trim(),
      reason: entry.reason.trim(),
      ...(expires !== undefined ? { expires } : {}),
      location,
    };
  });
}
