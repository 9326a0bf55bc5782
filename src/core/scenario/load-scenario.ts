import type { ErrorObject } from 'ajv';
import { ErrorCode, type MockforgeError, type SourceLocation } from '../errors.js';
import { ownSchemaValidator } from '../schema/own-schema-validator.js';
import { appendPointer } from '../source/json-pointer.js';
import { describeSchemaErrors, type Problem, problemsError } from '../source/schema-problems.js';
import { parseSource, readSourceFile, type SourceFile } from '../source/source-file.js';
import { parseStatusExpectation } from './status-expectation.js';
import type { Scenario, ScenarioStep } from './types.js';

/** A step waits this long for its response unless it says otherwise (`timeout: 2s`). */
export const DEFAULT_STEP_TIMEOUT_MS = 10_000;
export const MAX_SCENARIO_BYTES = 4 * 1024 * 1024;

type Raw = Record<string, any>;

/** Reads and checks a scenario file; a mistake is a MockforgeError (MF_SCENARIO_INVALID / MF_SOURCE_SYNTAX) at file:line. */
export function loadScenario(file: string, options: LoadScenarioOptions = {}): Scenario {
  return toScenario(readSourceFile(file, { maxBytes: MAX_SCENARIO_BYTES }), options);
}

export interface LoadScenarioOptions {
  /** Timeout of steps when neither the step nor the file sets one (default 10 s). */
  defaultTimeoutMs?: number;
}

/** A scenario file already read (the caller looked at it to tell the tutorial format from Arazzo). */
export function scenarioFromSource(source: SourceFile, options: LoadScenarioOptions = {}): Scenario {
  return toScenario(source, options);
}

/** The same for text already in memory (tests, stdin). */
export function parseScenario(text: string, file: string, options: LoadScenarioOptions = {}): Scenario {
  return toScenario(parseSource(text, file), options);
}

function toScenario(source: SourceFile, options: LoadScenarioOptions): Scenario {
  const locate = (pointer: string): SourceLocation => {
    const { exact: _exact, ...location } = source.locate(pointer);
    return location;
  };
  const validateShape = ownSchemaValidator('scenario');
  if (!validateShape(source.value)) throw scenarioError(describeErrors(validateShape.errors ?? [], locate));
  const raw = source.value as Raw;
  const defaultTimeout =
    raw.timeout === undefined ? (options.defaultTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS) : parseTimeout(raw.timeout);
  const steps = (raw.steps as Raw[]).map((step, index): ScenarioStep => {
    const pointer = appendPointer('/steps', index);
    const request = step.request as Raw;
    const response = (step.response ?? {}) as Raw;
    return {
      index,
      name: step.name,
      service: step.service,
      request: {
        method: String(request.method ?? 'GET').toUpperCase(),
        path: request.path,
        query: request.query ?? {},
        headers: stringValues(request.headers),
        body: request.body,
        hasBody: 'body' in request,
      },
      response: {
        status: parseStatusExpectation(response.status),
        headers: stringValues(response.headers),
        body: response.body,
        hasBody: 'body' in response,
      },
      capture: step.capture ?? {},
      match: step.match ?? 'subset',
      timeoutMs: step.timeout === undefined ? defaultTimeout : parseTimeout(step.timeout),
      pointer,
      location: locate(appendPointer(pointer, 'name')),
    };
  });
  return { file: source.file, name: raw.name, description: raw.description ?? '', steps, locate };
}

/** `500`, `"500ms"`, `"2s"`, `"1.5 s"` -> milliseconds. */
export function parseTimeout(value: unknown): number {
  if (typeof value === 'number') return value;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)?\s*$/.exec(String(value));
  const amount = Number(match?.[1] ?? Number.NaN);
  return match?.[2] === 's' ? amount * 1000 : amount;
}

function stringValues(record: Raw | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(record ?? {}).map(([k, v]) => [k, String(v)]));
}

function scenarioError(problems: Problem[]): MockforgeError {
  return problemsError(
    ErrorCode.ScenarioInvalid,
    problems,
    'see "Cross-service scenarios" in README.md for the format',
  );
}

function describeErrors(errors: ErrorObject[], locate: (pointer: string) => SourceLocation): Problem[] {
  return describeSchemaErrors(errors, locate, {
    rootName: 'the scenario',
    describe: (error, where) => {
      if (error.keyword === 'anyOf') return `${where} has the wrong shape (see README "Cross-service scenarios")`;
      if (error.keyword === 'pattern')
        return `${where} ${JSON.stringify(error.data)} is not valid (${hintFor(error.instancePath)})`;
      return undefined;
    },
  });
}

function hintFor(pointer: string): string {
  if (pointer.endsWith('/method')) return 'an HTTP method such as GET or POST';
  if (pointer.endsWith('/path')) return 'a path starting with /';
  if (pointer.includes('/capture/')) return 'a JSONPath such as $.id';
  if (pointer.endsWith('/status')) return 'a status such as 200, "2xx" or "200-299"';
  if (pointer.endsWith('/timeout')) return 'milliseconds, or "500ms" / "2s"';
  return 'see README "Cross-service scenarios"';
}
