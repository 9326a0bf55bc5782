import type { Operation } from '../../contract/types.js';
import { operationLabel } from '../check-response.js';
import { toCurl } from '../curl.js';
import type { DriftFinding, NegativeCoverage, NegativeKind } from '../types.js';
import type { OperationRequest, ValidationSession } from '../validation-session.js';
import { judgeRefusal } from './judge-refusal.js';
import { pickNegatives, planNegatives } from './plan-negatives.js';

export interface NegativeOptions {
  /** Requests per operation at most (default 10). */
  budget: number;
  seed: string;
  writesAllowed: boolean;
  /** Only these kinds are sent (e.g. the ones a server under test is known to enforce); the others are listed as not sent. */
  kinds?: ReadonlySet<NegativeKind>;
}

/**
 * Sends the operation's negative requests and judges each answer: a 2xx is a finding of the kind's check
 * (the service accepted what its contract forbids), a 5xx is `not_a_server_error`, and an answer the
 * contract documents (exact status or range, not `default`) still gets the content, header and schema checks.
 */
export async function runNegatives(
  session: ValidationSession,
  operation: Operation,
  positive: OperationRequest,
  options: NegativeOptions,
  /** Plan only, send nothing, and list every kind as not sent for this reason. */
  skip?: string,
): Promise<{ findings: DriftFinding[]; coverage: NegativeCoverage }> {
  const { context, contract } = session;
  const label = operationLabel(operation);
  const schemaPointer = positive.body?.schemaPointer;
  const plan = planNegatives({
    contract,
    operation,
    build: positive.build,
    body: positive.body,
    bodyFits: (value) => (schemaPointer ? context.bodies.fitsPointer(schemaPointer, 'request')(value) : true),
    parameterFits: (parameter, value) => session.parameterFits(parameter, value),
    bodyIssues: (value) => (schemaPointer ? context.bodies.forPointer(schemaPointer, 'request')(value) : []),
    parameterIssues: (parameter, value) => session.parameterValidator(operation, parameter)(value),
    locate: (pointer) => {
      const { file, line, column } = contract.sourceMap.locate(pointer);
      return { file, line, column };
    },
    writesAllowed: options.writesAllowed,
  });
  const coverage: NegativeCoverage = { requests: 0, sent: [], notSent: [...plan.notSent] };
  if (skip !== undefined) {
    for (const kind of new Set(plan.requests.map((r) => r.negative.kind)))
      coverage.notSent.push({ kind, reason: skip });
    return { findings: [], coverage };
  }
  const filtered = options.kinds ? plan.requests.filter((r) => options.kinds?.has(r.negative.kind)) : plan.requests;
  for (const kind of new Set(plan.requests.map((r) => r.negative.kind))) {
    if (options.kinds && !options.kinds.has(kind)) coverage.notSent.push({ kind, reason: 'kind not selected' });
  }
  const { picked, dropped } = pickNegatives({ ...plan, requests: filtered }, options.budget, options.seed, label);
  const findings: DriftFinding[] = [];
  const sentKinds = new Set<NegativeKind>();
  for (const negative of picked) {
    if (session.unreachable || !session.budgetLeft()) break;
    const request = negative.request();
    const response = await session.send(operation, request);
    if (!('status' in response)) break;
    coverage.requests++;
    sentKinds.add(negative.negative.kind);
    const sent = { method: request.method, curl: toCurl(request) };
    findings.push(...judgeRefusal(session.context, operation, negative.negative, negative.location, sent, response));
  }
  coverage.sent = [...sentKinds];
  const unsent = new Set(
    [...picked.filter((p) => !sentKinds.has(p.negative.kind)), ...dropped].map((r) => r.negative.kind),
  );
  for (const kind of unsent) {
    if (sentKinds.has(kind)) continue;
    const reason = picked.some((p) => p.negative.kind === kind)
      ? 'time budget or target problem'
      : 'negative budget per operation';
    coverage.notSent.push({ kind, reason });
  }
  return { findings, coverage };
}
