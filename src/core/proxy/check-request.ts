import type { IncomingHttpHeaders } from 'node:http';
import { type SecurityRequirement, securityRequirementOf } from '../contract/security-requirements.js';
import type { LoadedContract, Operation } from '../contract/types.js';
import type { SourceLocation } from '../errors.js';
import { resolveChild } from '../mock/contract-node.js';
import type { RequestTarget } from '../mock/http/parse-target.js';
import { splitCookies, splitPairs } from '../mock/params/query-pairs.js';
import { checkSecurity, type SecurityOutcome } from '../mock/security/check-security.js';
import { type MockRoute, requestValidatorOf } from '../mock/server/prepare-workspace.js';
import { parseRequestBody } from '../mock/server/read-request-body.js';
import { type RequestIssue, validateBody, validateParameters } from '../mock/validation/request-validator.js';
import { appendPointer } from '../source/json-pointer.js';
import { locate, operationLabel } from '../validate/check-response.js';
import type { NegativeCase, NegativeKind } from '../validate/types.js';
import type { ProxyViolation } from './types.js';

/** A request as the proxy saw it, once its route is known (and its body, if any, read). */
export interface SentRequest {
  route: MockRoute & { operation: Operation };
  params: Record<string, string>;
  target: RequestTarget;
  /** The query string as sent (for credentials in the query). */
  rawQuery: string;
  headers: IncomingHttpHeaders;
  /** The body as sent; undefined when there was none. */
  body: Buffer | undefined;
}

/** What the consumer broke: violations for the report, issues for a 422 (`--enforce`), and what the provider should refuse. */
export interface RequestVerdict {
  violations: ProxyViolation[];
  /** In the mock's 422 problem format (locations as absolute `file:line`). */
  issues: RequestIssue[];
  /** Set when credentials are missing (`--enforce` answers 401 with these challenges). */
  security: Extract<SecurityOutcome, { ok: false }> | undefined;
  /** The first violation as `mockforge validate` would have sent it on purpose: the provider should refuse it. */
  refusal: { what: NegativeCase; location: SourceLocation } | undefined;
}

/** What a request of an operation is checked against besides its validators, worked out once per operation. */
interface OperationFacts {
  security: SecurityRequirement | undefined;
  /** Pointer of the resolved request body, if the operation has one. */
  body: string | undefined;
}

const facts = new WeakMap<Operation, OperationFacts>();

function factsOf(contract: LoadedContract, operation: Operation): OperationFacts {
  let found = facts.get(operation);
  if (!found) {
    found = {
      security: securityRequirementOf(contract.document, operation),
      body: resolveChild(contract.document, operation.pointer, 'requestBody')?.pointer,
    };
    facts.set(operation, found);
  }
  return found;
}

/**
 * The mock's request validation (and `mockforge validate`'s view of what a service must refuse), applied to
 * a request a consumer really sent: security presence, parameters, content type and body. Nothing here
 * refuses anything; the caller decides (`--enforce`). Only called for workspaces that validate requests.
 */
export function checkRequest(contract: LoadedContract, request: SentRequest): RequestVerdict {
  const { operation } = request.route;
  const label = operationLabel(operation);
  const verdict: RequestVerdict = { violations: [], issues: [], security: undefined, refusal: undefined };
  const validator = requestValidatorOf(request.route);
  if (!validator) return verdict;
  const add = (
    check: ProxyViolation['check'],
    at: string,
    message: string,
    location: SourceLocation | undefined,
    what: Omit<NegativeCase, 'field'>,
  ) => {
    verdict.violations.push({ side: 'consumer', check, operation: label, location, at, message });
    verdict.refusal ??= location ? { what: { ...what, field: at }, location } : undefined;
  };

  const { security: requirement, body: bodyPointer } = factsOf(contract, operation);
  if (requirement) {
    const outcome = checkSecurity(requirement, {
      headers: request.headers,
      query: splitPairs(request.rawQuery),
      cookies: splitCookies(request.headers.cookie),
    });
    if (!outcome.ok) {
      verdict.security = outcome;
      const where = locate(contract, requirement.pointer);
      verdict.issues.push({ in: 'header', name: 'credentials', message: outcome.detail, location: fileLine(where) });
      add('request_security_presence', 'credentials', outcome.detail, where, {
        kind: 'no_credentials',
        how: 'no credentials',
        expected: '401/403',
      });
    }
  }

  for (const issue of validateParameters(validator, {
    path: request.params,
    query: splitPairs(request.rawQuery),
    headers: request.headers,
    cookies: splitCookies(request.headers.cookie),
  })) {
    verdict.issues.push(issue);
    const kind = kindOf(issue);
    add('request_parameter_conformance', `${issue.in} ${issue.name}`, issue.message, parseLocation(issue.location), {
      kind,
      how: issue.message,
      expected: '4xx',
    });
  }

  const declared = validator.body;
  const bodyAt = (child: string) => (bodyPointer ? locate(contract, appendPointer(bodyPointer, child)) : undefined);
  if (!request.body || request.body.length === 0) {
    if (declared?.required) {
      const message = 'a request body is required';
      verdict.issues.push({ in: 'body', name: '/', message });
      add('request_body_conformance', 'body', message, bodyAt('required'), {
        kind: 'missing_required',
        how: 'no body',
        expected: '4xx',
      });
    }
    return verdict;
  }
  if (!declared) return verdict; // a body the operation does not describe (a GET's) is not the contract's business
  const parsed = parseRequestBody(request.body, request.headers['content-type'], declared, true);
  if ('reply' in parsed) {
    const problem = JSON.parse(String(parsed.reply.body ?? '{}')) as { detail?: string };
    const message = problem.detail ?? parsed.reply.status.toString();
    const unsupported = parsed.reply.status === 415;
    verdict.issues.push({ in: 'body', name: '/', message });
    add(
      unsupported ? 'request_content_type_conformance' : 'request_body_conformance',
      unsupported ? 'header Content-Type' : 'body',
      unsupported ? `Content-Type ${message}` : message,
      bodyAt('content'),
      unsupported
        ? {
            kind: 'wrong_media_type',
            how: `Content-Type ${request.headers['content-type'] ?? '(none)'}`,
            expected: '415',
          }
        : { kind: 'wrong_type', how: 'a body that does not parse', expected: '4xx' },
    );
    return verdict;
  }
  if (!parsed.present || !parsed.mediaType) return verdict;
  for (const issue of [...(parsed.issues ?? []), ...validateBody(declared.media.get(parsed.mediaType), parsed.value)]) {
    verdict.issues.push(issue);
    add('request_body_conformance', `body ${issue.name}`, issue.message, parseLocation(issue.location), {
      kind: kindOf(issue),
      how: `${issue.name} ${issue.message}`,
      expected: '4xx',
    });
  }
  return verdict;
}

/** The negative kind `mockforge validate` would have sent for a failed keyword. */
function kindOf(issue: RequestIssue): NegativeKind {
  switch (issue.keyword) {
    case 'required':
      return issue.in === 'header' ? 'missing_header' : 'missing_required';
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'multipleOf':
      return 'past_bound';
    case 'pattern':
    case 'format':
      return 'pattern_mismatch';
    case 'enum':
    case 'const':
      return 'not_in_enum';
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'unknown_property';
    default:
      return 'wrong_type';
  }
}

/** The validators give `file:line`; the report wants a location. */
function parseLocation(text: string | undefined): SourceLocation | undefined {
  const match = text ? /^(.*):(\d+)$/.exec(text) : null;
  return match?.[1] ? { file: match[1], line: Number(match[2]), column: 1 } : undefined;
}

function fileLine(location: SourceLocation): string {
  return `${location.file}:${location.line}`;
}
