/** See reference-bundle.mjs. */
export function bundleAsReference(
  file: string,
): Promise<{ document: Record<string, unknown>; patched: { refs: number; mappings: number } }>;
