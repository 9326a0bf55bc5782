import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { SourceReader } from '../source/source-reader.js';

/** File endings of contracts and schema files (YAML or JSON). */
export const CONTRACT_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** A component library: `components` and no `paths`/`openapi`, like the tutorial's shared-schemas.yaml (an Arazzo document's `components` are not schemas). */
export function isSharedSchemaDocument(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const doc = value as Record<string, unknown>;
  return (
    doc.components !== undefined &&
    doc.paths === undefined &&
    doc.openapi === undefined &&
    doc.swagger === undefined &&
    doc.arazzo === undefined
  );
}

/** A contract (or an Arazzo description), never a library: a top-level `openapi`, `swagger`, `paths` or `arazzo`. */
export function looksLikeContractText(text: string): boolean {
  return /^["']?(openapi|swagger|paths|arazzo)["']?\s*:/m.test(text);
}

/** The component libraries lying next to a contract. Unreadable neighbours are skipped, not fatal. */
export function findSharedSchemaFiles(contractFile: string, read: SourceReader): string[] {
  const dir = dirname(contractFile);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names
    .filter((name) => CONTRACT_EXTENSIONS.has(extname(name).toLowerCase()))
    .map((name) => join(dir, name))
    .filter((file) => {
      if (file === contractFile) return false;
      try {
        // Cheap pre-check so a folder of big service contracts is not parsed just to be skipped.
        if (looksLikeContractText(readFileSync(file, 'utf8'))) return false;
        return isSharedSchemaDocument(read(file).value);
      } catch {
        return false;
      }
    });
}
