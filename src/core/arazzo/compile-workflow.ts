import { didYouMean } from '../config/did-you-mean.js';
import type { SourceLocation } from '../errors.js';
import { parseTimeout } from '../scenario/load-scenario.js';
import type { Scenario, ScenarioStep, StepFailure } from '../scenario/types.js';
import { appendPointer } from '../source/json-pointer.js';
import type { CompileContext, RawObject, RawWorkflow } from './compile-context.js';
import {
  compileActions,
  compileBody,
  compileCriteria,
  compileOutputs,
  compileParameters,
  mergeActions,
  mergeParameters,
  workflowKey,
} from './compile-parts.js';
import type { CompiledValue } from './compiled-value.js';
import { compileInputValidator, inlineInputRefs, inputProperties } from './input-schema.js';
import { findReferenceProblems, type StepOutline } from './reference-warnings.js';
import { resolveOperation } from './resolve-operation.js';
import type { ArazzoDocumentPlan, ArazzoStepPlan } from './types.js';

const ANY_STATUS = { text: 'any', ranges: [[100, 599]] as Array<[number, number]> };

/** One workflow -> a scenario: every step a ScenarioStep carrying its Arazzo plan. */
export function compileWorkflow(
  raw: RawWorkflow,
  index: number,
  document: ArazzoDocumentPlan,
  context: CompileContext,
): Scenario {
  const pointer = appendPointer('/workflows', index);
  const stepIds = raw.steps.map((s) => String(s.stepId));
  const outline: StepOutline[] = raw.steps.map((s) => ({
    stepId: String(s.stepId),
    outputs: Object.keys((s.outputs as object) ?? {}),
  }));
  const refProblems: string[] = [];
  const inputsSchema =
    raw.inputs === undefined
      ? undefined
      : (inlineInputRefs(raw.inputs, context.raw, refProblems) as Record<string, unknown>);
  for (const message of refProblems) context.problems.push({ pointer: appendPointer(pointer, 'inputs'), message });
  const inputNames = [...inputProperties(inputsSchema).keys()];
  const workflowParameters = compileParameters(raw.parameters, appendPointer(pointer, 'parameters'), context);
  const success = compileActions(
    raw.successActions,
    appendPointer(pointer, 'successActions'),
    'successActions',
    stepIds,
    context,
  );
  const failure = compileActions(
    raw.failureActions,
    appendPointer(pointer, 'failureActions'),
    'failureActions',
    stepIds,
    context,
  );
  const timeout = timeoutOf(
    raw,
    pointer,
    timeoutOf(context.raw as unknown as RawObject, '', context.defaultTimeoutMs, context),
    context,
  );
  const locate = (p: string): SourceLocation => context.locate(p);
  const steps = raw.steps.map((step, stepIndex): ScenarioStep => {
    const at = appendPointer(pointer, 'steps', stepIndex);
    const plan: ArazzoStepPlan = {
      stepId: String(step.stepId),
      reference:
        typeof step.workflowId === 'string'
          ? 'workflowId'
          : typeof step.operationId === 'string'
            ? 'operationId'
            : 'operationPath',
      parameters: mergeParameters(
        workflowParameters,
        compileParameters(step.parameters as RawObject[] | undefined, appendPointer(at, 'parameters'), context),
      ),
      criteria: compileCriteria(
        step.successCriteria as RawObject[] | undefined,
        appendPointer(at, 'successCriteria'),
        context,
      ),
      outputs: compileOutputs(
        step.outputs as Record<string, unknown> | undefined,
        appendPointer(at, 'outputs'),
        context,
      ),
      onSuccess: mergeActions(
        success,
        compileActions(
          step.onSuccess as RawObject[] | undefined,
          appendPointer(at, 'onSuccess'),
          'successActions',
          stepIds,
          context,
        ),
      ),
      onFailure: mergeActions(
        failure,
        compileActions(
          step.onFailure as RawObject[] | undefined,
          appendPointer(at, 'onFailure'),
          'failureActions',
          stepIds,
          context,
        ),
      ),
      warnings: [],
    };
    const body = compileBody(step.requestBody as RawObject | undefined, appendPointer(at, 'requestBody'), context);
    if (body) plan.body = body;
    let service = '';
    let method = 'GET';
    let path = '';
    if (typeof step.workflowId === 'string') {
      const key = workflowKey(step.workflowId, appendPointer(at, 'workflowId'), context);
      if (key) plan.workflowCall = key;
      // parameters with `in` mean nothing to a workflow: its inputs are the ones without
      plan.parameters = plan.parameters.filter((p) => p.in === undefined);
    } else {
      plan.parameters = checkLocations(plan.parameters, context);
      const resolution = resolveOperation(step as { operationId?: string; operationPath?: string }, context.sources);
      if ('problem' in resolution) {
        context.problems.push({ pointer: appendPointer(at, resolution.field), message: resolution.problem });
      } else {
        service = resolution.service ?? '';
        if ('resolved' in resolution) {
          const contract = context.sources.get(resolution.sourceName)?.contract;
          plan.operation = {
            resolved: resolution.resolved,
            sourceName: resolution.sourceName,
            document: contract?.document ?? {},
          };
          method = resolution.resolved.method.toUpperCase();
          path = `${contract?.basePath ?? ''}${resolution.resolved.path}`;
        } else {
          plan.operation = { error: resolution.error, wanted: resolution.wanted };
        }
      }
    }
    plan.warnings = [
      ...referenceWarnings(plan, body, outline, inputNames, at, locate),
      ...undeclaredParameters(plan, locate),
    ];
    return {
      index: stepIndex,
      name: plan.stepId,
      service,
      request: { method, path, query: {}, headers: {}, hasBody: body?.hasPayload ?? false },
      response: { status: ANY_STATUS, headers: {}, hasBody: false },
      capture: {},
      match: 'subset',
      timeoutMs: timeoutOf(step, at, timeout, context),
      pointer: at,
      location: locate(appendPointer(at, 'stepId')),
      arazzo: plan,
    };
  });
  const dependsOn = (raw.dependsOn ?? []).flatMap((reference, i) => {
    const key = workflowKey(reference, appendPointer(pointer, 'dependsOn', i), context);
    return key ? [key] : [];
  });
  return {
    file: context.file,
    name: raw.workflowId,
    description: raw.summary ?? raw.description ?? '',
    steps,
    locate,
    arazzo: {
      workflowId: raw.workflowId,
      key: raw.workflowId,
      document,
      ...(inputsSchema ? { inputsSchema } : {}),
      inputNames,
      validateInputs: compileInputValidator(inputsSchema),
      outputs: compileOutputs(raw.outputs, appendPointer(pointer, 'outputs'), context),
      dependsOn,
      pointer,
      warnings: workflowWarnings(raw, outline, inputNames, pointer, locate, context),
    },
  };
}

/** An operation step's parameters need `in` (a reusable parameter may lack it). */
function checkLocations(parameters: ArazzoStepPlan['parameters'], context: CompileContext) {
  return parameters.filter((parameter) => {
    if (parameter.in) return true;
    context.problems.push({
      pointer: parameter.pointer,
      message: `parameter '${parameter.name}' needs 'in' (path, query, header or cookie) in an operation step`,
    });
    return false;
  });
}

function referenceWarnings(
  plan: ArazzoStepPlan,
  body: ArazzoStepPlan['body'],
  outline: StepOutline[],
  inputs: string[],
  at: string,
  locate: (pointer: string) => SourceLocation,
): StepFailure[] {
  const values: Array<[CompiledValue, string]> = [
    ...plan.parameters.map((p): [CompiledValue, string] => [p.value, p.pointer]),
    ...(body ? [[body.payload, appendPointer(body.pointer, 'payload')] as [CompiledValue, string]] : []),
    ...(body?.replacements ?? []).map((r): [CompiledValue, string] => [r.value, r.pointer]),
    // a workflow step's outputs read the called workflow's $outputs; its own are checked like any other
    ...plan.outputs.map((o): [CompiledValue, string] => [o.expression, o.pointer]),
  ];
  return values.flatMap(([value, pointer]) =>
    findReferenceProblems(value, outline, plan.workflowCall ? undefined : inputs).map(
      (message): StepFailure => ({ kind: 'variable', severity: 'warning', message, location: locate(pointer || at) }),
    ),
  );
}

/** A parameter the operation does not declare is sent anyway, but is most likely a typo: say so. */
function undeclaredParameters(plan: ArazzoStepPlan, locate: (pointer: string) => SourceLocation): StepFailure[] {
  if (!plan.operation || !('resolved' in plan.operation)) return [];
  const operation = plan.operation.resolved;
  const same = (a: string, b: string, location: string) =>
    location === 'header' ? a.toLowerCase() === b.toLowerCase() : a === b;
  return plan.parameters.flatMap((parameter): StepFailure[] => {
    const declared = operation.parameters.filter((p) => p.in === parameter.in).map((p) => String(p.name));
    if (declared.some((name) => same(name, parameter.name, parameter.in ?? ''))) return [];
    const guess = didYouMean(parameter.name, declared);
    return [
      {
        kind: 'contract-request',
        severity: 'warning',
        message: `${operation.method.toUpperCase()} ${operation.path} declares no ${parameter.in} parameter '${parameter.name}'${guess ? `; did you mean '${guess}'?` : declared.length > 0 ? ` (it declares: ${declared.join(', ')})` : ''}`,
        location: locate(parameter.pointer),
      },
    ];
  });
}

function workflowWarnings(
  raw: RawWorkflow,
  outline: StepOutline[],
  inputs: string[],
  pointer: string,
  locate: (pointer: string) => SourceLocation,
  context: CompileContext,
): StepFailure[] {
  return compileOutputs(raw.outputs, appendPointer(pointer, 'outputs'), { ...context, problems: [] }).flatMap(
    (output) =>
      findReferenceProblems(output.expression, outline, inputs).map(
        (message): StepFailure => ({ kind: 'output', severity: 'warning', message, location: locate(output.pointer) }),
      ),
  );
}

/** `x-mockforge-timeout: 2s` on the document, a workflow or a step (the tutorial format's `timeout`). */
function timeoutOf(raw: RawObject, pointer: string, fallback: number, context: CompileContext): number {
  const value = raw['x-mockforge-timeout'];
  if (value === undefined) return fallback;
  const ms = parseTimeout(value);
  if (Number.isFinite(ms) && ms > 0) return ms;
  context.problems.push({
    pointer: appendPointer(pointer, 'x-mockforge-timeout'),
    message: `x-mockforge-timeout ${JSON.stringify(value)} is not a timeout (milliseconds, or "500ms" / "2s")`,
  });
  return fallback;
}
