import type { Operation } from '../../contract/types.js';
import { checksumOf } from './checksum.js';

const MAX_STEM = 120;

/**
 * `get_api_users_{id}.yaml` for GET /api/users/{id}: method and path, slashes as `_`, other unusual
 * characters as `-`. Long names are cut and given a hash; clashes get `_2`, `_3`.
 */
export function assignFileNames(operations: readonly Operation[]): Map<Operation, string> {
  const names = new Map<Operation, string>();
  const taken = new Set<string>();
  for (const operation of operations) {
    const slug =
      operation.path
        .replace(/^\/+|\/+$/g, '')
        .replace(/\//g, '_')
        .replace(/[^A-Za-z0-9_{}.-]/g, '-') || 'root';
    let stem = `${operation.method}_${slug}`;
    if (stem.length > MAX_STEM) stem = `${stem.slice(0, MAX_STEM - 17)}_${checksumOf(stem)}`;
    let name = `${stem}.yaml`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}_${n}.yaml`;
    taken.add(name.toLowerCase());
    names.set(operation, name);
  }
  return names;
}
