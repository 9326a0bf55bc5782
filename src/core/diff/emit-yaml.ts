import { childPointer } from './yaml-line-index.js';

/** A document written as block YAML, with the JSON pointer of the node each line starts. */
export interface EmittedYaml {
  text: string;
  /** `pointers[line - 1]`: the node oasdiff means when it reports that line. */
  pointers: string[];
}

/**
 * Writes a JSON-compatible value as YAML with one node per line (no compact `- key:` entries), so a line
 * number from oasdiff names exactly one JSON pointer. Strings are JSON strings, which YAML 1.2 reads as
 * double-quoted scalars, with the few characters YAML treats differently escaped.
 */
export function emitYaml(value: unknown): EmittedYaml {
  const lines: string[] = [];
  const pointers: string[] = [];
  const write = (indent: string, node: unknown, pointer: string) => {
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) {
        const itemPointer = `${pointer}/${index}`;
        if (isEmptyOrScalar(item)) {
          lines.push(`${indent}- ${scalar(item)}`);
          pointers.push(itemPointer);
        } else {
          lines.push(`${indent}-`);
          pointers.push(itemPointer);
          write(`${indent}  `, item, itemPointer);
        }
      }
      return;
    }
    for (const [key, item] of Object.entries(node as Record<string, unknown>)) {
      const itemPointer = childPointer(pointer, key);
      if (isEmptyOrScalar(item)) {
        lines.push(`${indent}${quote(key)}: ${scalar(item)}`);
        pointers.push(itemPointer);
      } else {
        lines.push(`${indent}${quote(key)}:`);
        pointers.push(itemPointer);
        write(`${indent}  `, item, itemPointer);
      }
    }
  };
  if (isEmptyOrScalar(value)) {
    lines.push(scalar(value));
    pointers.push('');
  } else {
    write('', value, '');
  }
  return { text: `${lines.join('\n')}\n`, pointers };
}

function isEmptyOrScalar(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '.nan';
  if (typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? '[]' : '{}';
}

/**
 * What JSON writes as it is and YAML must escape: DEL and the C1 control characters (oasdiff's YAML reader
 * refuses them: DocuSign's descriptions hold U+0080 and U+0099), the line breaks NEL, LS and PS, a BOM, and
 * the non-characters U+FFFE and U+FFFF.
 */
const YAML_SPECIAL = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

function quote(text: string): string {
  return JSON.stringify(text).replace(YAML_SPECIAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
