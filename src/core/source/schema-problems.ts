import type { ErrorObject } from 'ajv';
import { didYouMean } from '../config/did-you-mean.js';
import { type ErrorCode, MockforgeError, type SourceLocation } from '../errors.js';
import { appendPointer } from './json-pointer.js';

/** One mistake in a user's YAML file (mockforge.yaml, a scenario), at its line. */
export interface Problem {
  location: SourceLocation;
  message: string;
}

export interface DescribeSchemaErrorsOptions {
  /** How messages name the document's root, e.g. 'mockforge.yaml' or 'the scenario'. */
  rootName: string;
  /** A message for errors the default wording says too little about (oneOf/anyOf shapes, patterns). */
  describe?: (error: ErrorObject, where: string) => string | undefined;
}

/**
 * Turns ajv errors (ajv run with allErrors and verbose) into one problem per node, in line order:
 * unknown keys get a "did you mean", and oneOf/anyOf errors show only where nothing more precise was said.
 */
export function describeSchemaErrors(
  errors: readonly ErrorObject[],
  locate: (pointer: string) => SourceLocation,
  options: DescribeSchemaErrorsOptions,
): Problem[] {
  const isWrapper = (e: ErrorObject) => e.keyword === 'oneOf' || e.keyword === 'anyOf';
  const precise = errors.filter((e) => !isWrapper(e));
  const chosen = errors.filter((e) => !isWrapper(e) || !precise.some((p) => p.instancePath.startsWith(e.instancePath)));
  const where = (pointer: string) => (pointer === '' ? options.rootName : describePointer(pointer));
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const error of chosen) {
    let pointer = error.instancePath;
    let message = options.describe?.(error, where(pointer));
    if (message !== undefined) {
      // the caller's wording
    } else if (error.keyword === 'additionalProperties') {
      const key = String(error.params.additionalProperty);
      pointer = appendPointer(pointer, key);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const guess = didYouMean(key, allowed);
      message = `unknown key '${key}' in ${where(error.instancePath)}${guess ? `; did you mean '${guess}'?` : `; expected one of: ${allowed.join(', ')}`}`;
    } else if (error.keyword === 'required') {
      message = `${where(pointer)} is missing the required key '${String(error.params.missingProperty)}'`;
    } else if (isWrapper(error)) {
      message = `${where(pointer)} has the wrong shape`;
    } else {
      message = `${where(pointer)} ${error.message ?? 'is invalid'}`;
    }
    const key = `${pointer}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ location: locate(pointer), message });
  }
  return problems.sort((a, b) => a.location.line - b.location.line);
}

/** All problems of one file as one error: the first at its location, the others listed below it. */
export function problemsError(code: ErrorCode, problems: readonly Problem[], hint: string): MockforgeError {
  const [first, ...rest] = problems;
  const more = rest.map((p) => `\n  ${p.location.file}:${p.location.line}:${p.location.column}: ${p.message}`).join('');
  return new MockforgeError(code, `${first?.message ?? 'invalid file'}${more}`, {
    ...(first ? { location: first.location } : {}),
    hint,
  });
}

/** `/workspaces/0/port` -> `workspaces[0].port` */
function describePointer(pointer: string): string {
  return pointer
    .slice(1)
    .split('/')
    .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
}
