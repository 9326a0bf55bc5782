import { isObject } from '../source/json-object.js';

export const ARAZZO_FILE = /\.arazzo\.(ya?ml|json)$/i;

/** `*.arazzo.yaml|json`, or any document with `arazzo:` at the top. */
export function isArazzoDocument(file: string, value: unknown): boolean {
  return ARAZZO_FILE.test(file) || (isObject(value) && 'arazzo' in value);
}
