import { type ParseArgsConfig, parseArgs } from 'node:util';
import { ErrorCode, MockforgeError } from '../core/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with mockforge's error code and a pointer to --help. */
export function parseOptions<T extends Options>(argv: string[], options: T, command: string, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (cause) {
    throw new MockforgeError(ErrorCode.UsageInvalid, (cause as Error).message, {
      hint: `see 'mockforge ${command} --help'`,
      cause,
    });
  }
}

/** `name=value` pairs from a repeatable option, e.g. `--target users-service=http://localhost:8081`. */
export function parsePairs(values: readonly string[] | undefined, option: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const value of values ?? []) {
    const index = value.indexOf('=');
    if (index <= 0) {
      throw new MockforgeError(ErrorCode.UsageInvalid, `--${option} '${value}' is not of the form name=value`);
    }
    pairs.set(value.slice(0, index).trim(), value.slice(index + 1).trim());
  }
  return pairs;
}
