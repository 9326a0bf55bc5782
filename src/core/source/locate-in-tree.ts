import type { Node } from 'yaml';
import { yamlLibrary } from './yaml-library.js';

/**
 * Walks a `yaml` position tree along a pointer's segments: the offset of the last node reached (a map
 * entry's key, a sequence item's content) and whether every segment was found.
 */
export function locateInTree(root: Node | null, segments: readonly string[]): { offset: number; exact: boolean } {
  const { isMap, isPair, isScalar, isSeq } = yamlLibrary();
  let node: Node | null | undefined = root;
  let offset = node?.range?.[0] ?? 0;
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment);
      if (!pair) return { offset, exact: false };
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!/^\d+$/.test(segment) || !item) return { offset, exact: false };
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      return { offset, exact: false };
    }
  }
  return { offset, exact: true };
}
