import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ErrorCode, MockforgeError } from '../errors.js';
import { isObject } from '../source/json-object.js';
import { readSourceFile } from '../source/source-file.js';

/**
 * `--input` values, later ones winning: a JSON (or YAML) file holding an object of input values, or
 * `name=value` (the value read as JSON when it is JSON: `qty=3` is a number, `tags=["a"]` an array).
 */
export function readInputOptions(values: readonly string[], cwd: string): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  for (const value of values) {
    const file = resolve(cwd, value);
    const pair = /^([^=]+)=(.*)$/s.exec(value);
    if (!pair || existsSync(file)) {
      const source = readSourceFile(file, { maxBytes: 4 * 1024 * 1024 });
      if (!isObject(source.value)) {
        throw new MockforgeError(
          ErrorCode.UsageInvalid,
          `--input ${value}: the file must hold an object of input values`,
          {
            location: { file, line: 1, column: 1 },
          },
        );
      }
      Object.assign(inputs, source.value);
      continue;
    }
    const [, name, text] = pair as unknown as [string, string, string];
    inputs[name.trim()] = parseValue(text);
  }
  return inputs;
}

function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
