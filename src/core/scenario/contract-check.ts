import type { LoadedContract, Operation } from '../contract/types.js';
import type { SourceLocation } from '../errors.js';
import type { TransportResponse } from '../http/transport.js';
import { findResponse } from '../mock/response/response-spec.js';
import { compilePathTemplate, matchPathTemplate, splitPath } from '../mock/routing/path-template.js';
import {
  compileRequestValidator,
  partsFromRecords,
  type RequestValidator,
  validateParameters,
} from '../mock/validation/request-validator.js';
import { appendPointer } from '../source/json-pointer.js';
import { safeDecode } from '../source/safe-decode.js';
import {
  type CheckContext,
  checkContextFor,
  checkResponse,
  mediaTypeMatches,
  responsesOf,
} from '../validate/check-response.js';
import type { Scenario, ScenarioStep, StepFailure } from './types.js';

/** Validators of one service contract, compiled on first use and shared by every step naming the service. */
export class ContractChecker {
  readonly contract: LoadedContract;
  readonly #context: CheckContext;
  readonly #requests = new Map<string, RequestValidator>();
  readonly #templates: Array<{ operation: Operation; template: ReturnType<typeof compilePathTemplate> }>;

  constructor(contract: LoadedContract) {
    this.contract = contract;
    this.#context = checkContextFor(contract);
    this.#templates = contract.operations.map((operation) => ({
      operation,
      template: compilePathTemplate(`${contract.basePath}${operation.path}`),
    }));
  }

  /** The operation `method path` hits, with its path parameters. */
  findOperation(method: string, path: string): { operation: Operation; params: Record<string, string> } | undefined {
    const segments = splitPath(path.split('?')[0] ?? '').map(safeDecode);
    let best: { operation: Operation; params: Record<string, string> } | undefined;
    for (const { operation, template } of this.#templates) {
      if (operation.method.toUpperCase() !== method) continue;
      const params = matchPathTemplate(template, segments);
      if (params && (!best || Object.keys(params).length < Object.keys(best.params).length))
        best = { operation, params };
    }
    return best;
  }

  /** The request as sent: parameters and JSON body against the operation. */
  checkRequest(
    operation: Operation,
    parts: { path: Record<string, string>; query: Record<string, string | string[]>; headers: Record<string, string> },
    body: unknown,
    at: (pointer: string) => SourceLocation,
  ): StepFailure[] {
    let validator = this.#requests.get(operation.pointer);
    if (!validator) {
      validator = compileRequestValidator(this.contract, operation, this.#context.bodies);
      this.#requests.set(operation.pointer, validator);
    }
    const failures: StepFailure[] = validateParameters(validator, partsFromRecords(parts)).map((issue) => ({
      kind: 'contract-request',
      severity: 'error',
      message: `request ${issue.in} parameter '${issue.name}' ${issue.message} (contract ${issue.location ?? ''})`,
      location: at(issue.in === 'query' ? 'request/query' : issue.in === 'path' ? 'request/path' : 'request/headers'),
      path: `${issue.in}:${issue.name}`,
    }));
    const media = validator.body
      ? [...validator.body.media.entries()].find(([type]) => mediaTypeMatches(type, 'application/json'))
      : undefined;
    if (body === undefined) {
      if (validator.body?.required) {
        failures.push({
          kind: 'contract-request',
          severity: 'error',
          message: 'the contract requires a request body',
          location: at('request'),
        });
      }
      return failures;
    }
    for (const issue of media?.[1]?.validate?.(body) ?? []) {
      failures.push({
        kind: 'contract-request',
        severity: 'error',
        message: `request body ${issue.instancePath || '(body)'} ${issue.message}`,
        location: at(appendPointer('request/body', ...pathSegments(issue.instancePath))),
        path: issue.instancePath,
        actual: issue.actual,
        contractLocation: issue.location,
      });
    }
    return failures;
  }

  /** The actual response: the five response checks of `mockforge validate`. */
  checkActualResponse(operation: Operation, response: TransportResponse, at: (pointer: string) => SourceLocation) {
    return checkResponse(this.#context, operation, response, '').map(
      (finding): StepFailure => ({
        kind: 'contract-response',
        severity: 'error',
        message: `actual response breaks the contract: ${finding.message}`,
        location: at('response'),
        ...(finding.instancePath !== undefined ? { path: finding.instancePath } : {}),
        ...(finding.actual !== undefined ? { actual: finding.actual } : {}),
        contractLocation: finding.location,
      }),
    );
  }

  /** The scenario's expected body against the response schema of its status: a stale scenario shows here. */
  checkExpectedBody(operation: Operation, status: number, expected: unknown, at: (pointer: string) => SourceLocation) {
    const spec = findResponse(responsesOf(this.#context, operation), status);
    const media = spec?.media.find((m) => mediaTypeMatches(m.mediaType, 'application/json') && m.hasSchema);
    if (!media) return [];
    const validate = this.#context.bodies.forPointer(appendPointer(media.pointer, 'schema'), 'response');
    return validate(expected).map(
      (issue): StepFailure => ({
        kind: 'contract-expected',
        severity: 'error',
        message: `expected body no longer fits the contract: ${issue.instancePath || '(body)'} ${issue.message}`,
        location: at(appendPointer('response/body', ...pathSegments(issue.instancePath))),
        path: issue.instancePath,
        actual: issue.actual,
        contractLocation: issue.location,
      }),
    );
  }
}

/** `at('response/body/total')` for a step: the scenario line of that field (nearest written ancestor). */
export function stepLocator(scenario: Scenario, step: ScenarioStep): (pointer: string) => SourceLocation {
  if (step.arazzo) {
    // The same places in an Arazzo step: its parameters, its requestBody, its operation and success criteria.
    return (pointer) => {
      const field = arazzoField(pointer, step);
      return field === undefined ? step.location : scenario.locate(`${step.pointer}/${field}`);
    };
  }
  return (pointer) => scenario.locate(pointer ? `${step.pointer}/${pointer}` : step.pointer);
}

function arazzoField(pointer: string, step: ScenarioStep): string | undefined {
  if (pointer === '') return undefined;
  if (pointer === 'service' || pointer === 'request/path') return step.arazzo?.reference;
  if (pointer.startsWith('request/body')) return `requestBody/payload${pointer.slice('request/body'.length)}`;
  if (pointer.startsWith('request/')) return 'parameters';
  if (pointer === 'request') return 'requestBody';
  if (pointer.startsWith('response')) return 'successCriteria';
  return undefined;
}

function pathSegments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
