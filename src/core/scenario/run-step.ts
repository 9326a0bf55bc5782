import { buildArazzoRequest, RequestBuildError } from '../arazzo/arazzo-request.js';
import type { EvaluationContext } from '../arazzo/evaluate-expression.js';
import { checkCriteria, evaluateOutputs } from '../arazzo/step-checks.js';
import type { SourceLocation } from '../errors.js';
import type { Transport, TransportResponse } from '../http/transport.js';
import { classifyTargetError } from '../validate/target-problem.js';
import type { ContractChecker } from './contract-check.js';
import { buildRequest, parseBody } from './http-exchange.js';
import { evaluateJsonPath } from './json-path.js';
import { describeMismatch, matchBody } from './match-body.js';
import { firstStatus, statusMatches } from './status-expectation.js';
import type { ReceivedResponse, ScenarioStep, SentRequest, StepFailure, StepResult } from './types.js';
import { substitute, UndefinedVariableError, type Variables } from './variables.js';

export interface StepContext {
  step: ScenarioStep;
  /** Base URL of the step's service, or undefined when the service is unknown. */
  baseUrl: string | undefined;
  /** Why the service has no URL (unknown name, with a suggestion). */
  unknownService?: string;
  checker: ContractChecker | undefined;
  variables: Variables;
  transport: Transport;
  at: (pointer: string) => SourceLocation;
  /** Any pointer of the step's file (Arazzo parameters and actions may live in the workflow or components). */
  locate: (pointer: string) => SourceLocation;
  /** An Arazzo step: what its expressions read. runStep sets `exchange` (request, then response) on it. */
  arazzo?: EvaluationContext;
  now: () => number;
}

/** Sends one step's request and checks everything about the answer; captures land in `variables.captured`. */
export async function runStep(context: StepContext): Promise<StepResult> {
  const { step, at } = context;
  const started = context.now();
  const result: StepResult = {
    index: step.index,
    name: step.name,
    service: step.service,
    location: step.location,
    outcome: 'passed',
    durationMs: 0,
    failures: [],
    captured: {},
  };
  const fail = (failure: StepFailure) => result.failures.push(failure);
  const finish = () => {
    result.durationMs = context.now() - started;
    if (result.failures.some((f) => f.severity === 'error')) result.outcome = 'failed';
    return result;
  };
  result.failures.push(...(step.arazzo?.warnings ?? []));
  if (step.arazzo?.operation && 'error' in step.arazzo.operation) {
    fail({
      kind: 'operation',
      severity: 'error',
      message: `not sent: ${step.arazzo.operation.error}`,
      location: at('service'),
    });
    return finish();
  }
  if (!context.baseUrl) {
    fail({
      kind: 'unknown-service',
      severity: 'error',
      message: context.unknownService ?? `no URL for service '${step.service}'`,
      location: at('service'),
    });
    return finish();
  }
  let request: SentRequest;
  let requestBody: unknown;
  let expectedBody: unknown;
  let expectedHeaders: Record<string, string> = {};
  try {
    if (step.arazzo?.operation && 'resolved' in step.arazzo.operation && context.arazzo) {
      const built = buildArazzoRequest(
        step.arazzo,
        step.arazzo.operation.resolved,
        step.arazzo.operation.document,
        context.baseUrl,
        step.request.path,
        context.arazzo,
      );
      request = built.request;
      requestBody = built.body;
      context.arazzo.exchange = built.exchange;
    } else {
      const path = String(substitute(step.request.path, context.variables));
      const query = substitute(step.request.query, context.variables) as Record<string, unknown>;
      const headers = substitute(step.request.headers, context.variables) as Record<string, string>;
      requestBody = step.request.hasBody ? substitute(step.request.body, context.variables) : undefined;
      expectedBody = step.response.hasBody ? substitute(step.response.body, context.variables) : undefined;
      expectedHeaders = substitute(step.response.headers, context.variables) as Record<string, string>;
      request = buildRequest(context.baseUrl, step.request.method, path, query, headers, requestBody);
    }
  } catch (error) {
    // An undefined variable or expression, or a path / base URL that does not make a URL: this step's failure, not a crash.
    const message =
      error instanceof RequestBuildError
        ? `not sent: ${error.message}`
        : error instanceof UndefinedVariableError
          ? error.message
          : `cannot build the request URL from '${context.baseUrl}' and '${step.request.path}': ${(error as Error).message}`;
    fail({
      kind: 'variable',
      severity: 'error',
      message,
      location:
        error instanceof RequestBuildError
          ? error.pointer
            ? context.locate(error.pointer)
            : at('')
          : at(error instanceof UndefinedVariableError ? '' : 'request/path'),
    });
    return finish();
  }
  result.request = request;
  if (step.response.hasBody) result.expectedBody = expectedBody;
  const url = new URL(request.url);
  const operation = context.checker?.findOperation(step.request.method, url.pathname);
  if (context.checker && !operation) {
    fail({
      kind: 'contract-operation',
      severity: 'warning',
      message: `${step.request.method} ${url.pathname} is not declared in ${step.service}'s contract`,
      location: at('request/path'),
    });
  }
  if (context.checker && operation) {
    const query: Record<string, string | string[]> = {};
    for (const key of new Set(url.searchParams.keys())) {
      const all = url.searchParams.getAll(key);
      query[key] = all.length === 1 ? (all[0] as string) : all;
    }
    const lower = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
    result.failures.push(
      ...context.checker.checkRequest(
        operation.operation,
        { path: operation.params, query, headers: lower },
        requestBody,
        at,
      ),
    );
    if (step.response.hasBody) {
      const status = firstStatus(step.response.status);
      result.failures.push(...context.checker.checkExpectedBody(operation.operation, status, expectedBody, at));
    }
  }
  let raw: TransportResponse;
  try {
    raw = await context.transport(request, step.timeoutMs);
  } catch (error) {
    const problem = classifyTargetError(error);
    const timeout = problem.kind === 'timeout';
    fail({
      kind: timeout ? 'timeout' : 'unreachable',
      severity: 'error',
      message: timeout
        ? `no response from ${step.service} within ${step.timeoutMs} ms (${request.method} ${request.url})`
        : `${step.service} at ${context.baseUrl} is unreachable: ${problem.message}`,
      location: at(timeout ? '' : 'service'),
    });
    return finish();
  }
  const response: ReceivedResponse = { status: raw.status, headers: raw.headers, body: parseBody(raw) };
  result.response = response;
  if (context.arazzo?.exchange) {
    context.arazzo.exchange.statusCode = raw.status;
    context.arazzo.exchange.response = { headers: raw.headers, body: response.body };
    result.failures.push(...checkCriteria(step.arazzo?.criteria ?? [], context.arazzo, context.locate));
  } else {
    checkExpectations(step, response, expectedHeaders, expectedBody, at, fail);
  }
  if (context.checker && operation) {
    result.failures.push(...context.checker.checkActualResponse(operation.operation, raw, at));
  }
  if (step.arazzo && context.arazzo) {
    const outputs = evaluateOutputs(step.arazzo.outputs, context.arazzo, context.locate);
    result.captured = outputs.values;
    result.failures.push(...outputs.failures);
    return finish();
  }
  for (const [name, path] of Object.entries(step.capture)) {
    const found = evaluateJsonPath(response.body, path);
    if (!found.found) {
      fail({
        kind: 'capture',
        severity: 'error',
        message: `capture '${name}': ${path} matches nothing in the response body`,
        location: at(`capture/${name}`),
        path,
      });
      continue;
    }
    result.captured[name] = found.value;
    (context.variables.captured as Map<string, unknown>).set(name, found.value);
  }
  return finish();
}

/** The tutorial format's expectations: status, headers (case-insensitive names) and body (subset or exact). */
function checkExpectations(
  step: ScenarioStep,
  response: ReceivedResponse,
  expectedHeaders: Record<string, string>,
  expectedBody: unknown,
  at: (pointer: string) => SourceLocation,
  fail: (failure: StepFailure) => void,
): void {
  if (!statusMatches(step.response.status, response.status)) {
    fail({
      kind: 'status',
      severity: 'error',
      message: `status ${response.status}, expected ${step.response.status.text}`,
      location: at(step.response.status.text === '2xx' ? 'response' : 'response/status'),
      path: 'status',
      expected: step.response.status.text,
      actual: response.status,
    });
  }
  for (const [name, value] of Object.entries(expectedHeaders)) {
    const actual = response.headers[name.toLowerCase()];
    if (actual === value) continue;
    fail({
      kind: 'header',
      severity: 'error',
      message:
        actual === undefined ? `header '${name}' is missing` : `header '${name}' is '${actual}', expected '${value}'`,
      location: at(`response/headers/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`),
      path: `header:${name}`,
      expected: value,
      actual,
    });
  }
  if (step.response.hasBody) {
    for (const mismatch of matchBody(expectedBody, response.body, step.match)) fail(describeMismatch(mismatch, at));
  }
}
