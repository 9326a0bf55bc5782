import { appendPointer, parsePointer } from '../source/json-pointer.js';
import type { CompileContext, RawObject } from './compile-context.js';
import { compileValue } from './compiled-value.js';
import { type Criterion, compileCriterion, type RawCriterion } from './criterion.js';
import type { ParameterLocation, PlannedAction, PlannedBody, PlannedOutput, PlannedParameter } from './types.js';

/** Parameters of a step or workflow, reusable references followed (`reference` + optional `value`). */
export function compileParameters(
  list: readonly RawObject[] | undefined,
  pointer: string,
  context: CompileContext,
): PlannedParameter[] {
  const out: PlannedParameter[] = [];
  for (const [index, item] of (list ?? []).entries()) {
    const at = appendPointer(pointer, index);
    let parameter = item;
    let valuePointer = appendPointer(at, 'value');
    if (typeof item.reference === 'string') {
      const found = component(context, 'parameters', item.reference, appendPointer(at, 'reference'));
      if (!found) continue;
      parameter = 'value' in item ? { ...found.value, value: item.value } : found.value;
      if (!('value' in item)) valuePointer = appendPointer(found.pointer, 'value');
    }
    out.push({
      name: String(parameter.name),
      ...(parameter.in !== undefined ? { in: parameter.in as ParameterLocation } : {}),
      value: compileValue(parameter.value, valuePointer, context.problems),
      pointer: at,
    });
  }
  return out;
}

/** Workflow parameters, then the step's: a step parameter of the same name and location replaces one. */
export function mergeParameters(workflow: PlannedParameter[], step: PlannedParameter[]): PlannedParameter[] {
  const key = (p: PlannedParameter) => `${p.in ?? ''}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
  const own = new Set(step.map(key));
  return [...workflow.filter((p) => !own.has(key(p))), ...step];
}

export function compileCriteria(
  list: readonly RawObject[] | undefined,
  pointer: string,
  context: CompileContext,
): Criterion[] {
  return (list ?? []).flatMap((raw, index) => {
    const compiled = compileCriterion(
      raw as unknown as RawCriterion,
      appendPointer(pointer, index),
      context.problems,
      context.unsupported,
    );
    return compiled ? [compiled] : [];
  });
}

/**
 * Success or failure actions, reusable references followed. `stepIds` are the steps a goto or retry may
 * name (the current workflow's).
 */
export function compileActions(
  list: readonly RawObject[] | undefined,
  pointer: string,
  kind: 'successActions' | 'failureActions',
  stepIds: readonly string[],
  context: CompileContext,
): PlannedAction[] {
  const out: PlannedAction[] = [];
  for (const [index, item] of (list ?? []).entries()) {
    let at = appendPointer(pointer, index);
    let action = item;
    if (typeof item.reference === 'string') {
      const found = component(context, kind, item.reference, appendPointer(at, 'reference'));
      if (!found) continue;
      action = found.value;
      at = found.pointer;
    }
    const planned: PlannedAction = {
      name: String(action.name),
      type: action.type as PlannedAction['type'],
      retryLimit: typeof action.retryLimit === 'number' ? action.retryLimit : 1,
      criteria: compileCriteria(action.criteria as RawObject[] | undefined, appendPointer(at, 'criteria'), context),
      pointer: at,
    };
    if (typeof action.retryAfter === 'number') planned.retryAfterSeconds = action.retryAfter;
    if (typeof action.stepId === 'string') {
      if (!stepIds.includes(action.stepId)) {
        context.problems.push({
          pointer: appendPointer(at, 'stepId'),
          message: `action '${planned.name}' names step '${action.stepId}', which this workflow does not have (steps: ${stepIds.join(', ')})`,
        });
      }
      planned.stepId = action.stepId;
    }
    if (typeof action.workflowId === 'string') {
      const key = workflowKey(action.workflowId, appendPointer(at, 'workflowId'), context);
      if (key) planned.workflowId = key;
    }
    out.push(planned);
  }
  return out;
}

/** The step's actions first, then the workflow's that the step does not redefine (by name). */
export function mergeActions(workflow: PlannedAction[], step: PlannedAction[]): PlannedAction[] {
  const names = new Set(step.map((a) => a.name));
  return [...step, ...workflow.filter((a) => !names.has(a.name))];
}

export function compileBody(
  raw: RawObject | undefined,
  pointer: string,
  context: CompileContext,
): PlannedBody | undefined {
  if (!raw) return undefined;
  const replacements: PlannedBody['replacements'] = [];
  for (const [index, item] of ((raw.replacements as RawObject[] | undefined) ?? []).entries()) {
    const at = appendPointer(pointer, 'replacements', index);
    const target = String(item.target);
    // JSON pointers and XPath both start with '/': the payload's media type tells them apart.
    if ((!target.startsWith('/') && target !== '') || /xml/i.test(String(raw.contentType ?? ''))) {
      context.unsupported.push({
        pointer: appendPointer(at, 'target'),
        message: `replacement target '${target}' is not a JSON pointer; XPath targets are not supported`,
      });
      continue;
    }
    replacements.push({
      target: parsePointer(target),
      targetText: target,
      value: compileValue(item.value, appendPointer(at, 'value'), context.problems),
      pointer: at,
    });
  }
  const contentType = typeof raw.contentType === 'string' ? raw.contentType : undefined;
  if (contentType && /^multipart\//i.test(contentType)) {
    context.unsupported.push({
      pointer: appendPointer(pointer, 'contentType'),
      message: `${contentType} payloads are not supported (JSON, form-urlencoded and text are)`,
    });
  }
  return {
    ...(contentType ? { contentType } : {}),
    payload: compileValue(jsonTemplate(raw.payload, contentType), appendPointer(pointer, 'payload'), context.problems),
    hasPayload: 'payload' in raw,
    replacements,
    pointer,
  };
}

/**
 * A string payload that is JSON (the specification's "JSON Templated Example") is read as JSON first, so
 * `"customer": "{$inputs.customer}"` takes the input's value with its type instead of text spliced into
 * JSON. Any other string stays a text template.
 */
function jsonTemplate(payload: unknown, contentType: string | undefined): unknown {
  if (typeof payload !== 'string' || (contentType && !/json/i.test(contentType)) || !/^\s*[[{]/.test(payload))
    return payload;
  try {
    return JSON.parse(payload);
  } catch {
    return payload;
  }
}

export function compileOutputs(
  raw: Record<string, unknown> | undefined,
  pointer: string,
  context: CompileContext,
): PlannedOutput[] {
  return Object.entries(raw ?? {}).map(([name, value]) => {
    const at = appendPointer(pointer, name);
    return { name, expression: compileValue(value, at, context.problems), pointer: at };
  });
}

/** A workflowId as a step or action writes it -> its key in the document (a problem when there is none). */
export function workflowKey(reference: string, pointer: string, context: CompileContext): string | undefined {
  if (context.workflowKeys.has(reference)) return reference;
  const known = [...context.workflowKeys];
  context.problems.push({
    pointer,
    message: `no workflow '${reference}' (workflows: ${known.join(', ')}; one of an arazzo source is $sourceDescriptions.<name>.<workflowId>)`,
  });
  return undefined;
}

function component(
  context: CompileContext,
  kind: 'parameters' | 'successActions' | 'failureActions',
  reference: string,
  pointer: string,
) {
  const prefix = `$components.${kind}.`;
  const name = reference.startsWith(prefix) ? reference.slice(prefix.length) : undefined;
  const value = name === undefined ? undefined : context.raw.components?.[kind]?.[name];
  if (name === undefined || value === undefined) {
    const known = Object.keys(context.raw.components?.[kind] ?? {});
    context.problems.push({
      pointer,
      message: `reference '${reference}' leads nowhere: expected ${prefix}<name>${known.length > 0 ? ` (defined: ${known.join(', ')})` : ` (components.${kind} is empty)`}`,
    });
    return undefined;
  }
  return { value, pointer: appendPointer('/components', kind, name) };
}
