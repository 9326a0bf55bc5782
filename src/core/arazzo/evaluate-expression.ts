import { isObject } from '../source/json-object.js';
import { getAtPointer } from '../source/json-pointer.js';
import type { RuntimeExpression, Template } from './runtime-expression.js';
import { inputEnvName } from './workflow-inputs.js';

/** What one step sent and got: `$url`, `$method`, `$statusCode`, `$request.*`, `$response.*`. */
export interface ExchangeRecord {
  url: string;
  method: string;
  request: {
    headers: Record<string, string>;
    query: Record<string, unknown>;
    path: Record<string, unknown>;
    body: unknown;
  };
  statusCode?: number;
  response?: { headers: Record<string, string>; body: unknown };
}

/** A workflow run so far: `$inputs`, `$steps.<id>.outputs`, and its `$outputs` once it ended. */
export interface WorkflowRecord {
  workflowId: string;
  /** Every stepId of the workflow (for messages about steps that did not run). */
  stepIds: readonly string[];
  inputs: Record<string, unknown>;
  /** The inputs the workflow declares (for "not given" rather than "no such input"). */
  declaredInputs?: readonly string[];
  steps: Map<string, { outputs: Record<string, unknown> }>;
  outputs?: Record<string, unknown>;
}

export interface EvaluationContext {
  workflow: WorkflowRecord;
  /** `$workflows.<id>`: every workflow that ran in this run, by id (local ids and `$sourceDescriptions.x.y`). */
  workflows: ReadonlyMap<string, WorkflowRecord>;
  exchange?: ExchangeRecord;
  /** What `$outputs` reads: the workflow's outputs, or a called workflow's in a workflow step's `outputs`. */
  outputs?: Record<string, unknown>;
  components: Record<string, unknown>;
  sourceUrls: ReadonlyMap<string, string>;
}

/** An expression that reaches no value (a missing input, a step that did not run, a pointer to nothing). */
export class UnresolvedExpressionError extends Error {}

export function evaluateExpression(expression: RuntimeExpression, context: EvaluationContext): unknown {
  const fail = (why: string): never => {
    throw new UnresolvedExpressionError(`${expression.text}: ${why}`);
  };
  switch (expression.root) {
    case 'url':
    case 'method':
    case 'statusCode': {
      const exchange = context.exchange ?? fail('there is no request here');
      if (expression.root === 'url') return exchange.url;
      if (expression.root === 'method') return exchange.method;
      return exchange.statusCode ?? fail('no response was received');
    }
    case 'request':
    case 'response': {
      const exchange = context.exchange ?? fail(`there is no ${expression.root} here`);
      const part =
        expression.root === 'request' ? exchange.request : (exchange.response ?? fail('no response was received'));
      if (expression.in === 'body') return pointInto(part.body, expression.pointer, fail);
      if (expression.in === 'header') {
        const lower = expression.name.toLowerCase();
        const found = Object.entries(part.headers).find(([name]) => name.toLowerCase() === lower);
        return found ? found[1] : fail(`no header '${expression.name}'`);
      }
      if (expression.root === 'response') return fail(`a response has no ${expression.in} parameters`);
      const values = expression.in === 'query' ? exchange.request.query : exchange.request.path;
      return Object.hasOwn(values, expression.name)
        ? values[expression.name]
        : fail(`no ${expression.in} parameter '${expression.name}' was sent`);
    }
    case 'inputs': {
      const name = expression.name.split(/[#.]/, 1)[0] ?? '';
      if (context.workflow.declaredInputs?.includes(name) && !Object.hasOwn(context.workflow.inputs, name)) {
        fail(`input '${name}' was not given (--input ${name}=..., a --input file, or ${inputEnvName(name)})`);
      }
      return lookupNamed(context.workflow.inputs, expression.name, 'input', fail);
    }
    case 'outputs':
      return lookupNamed(context.outputs ?? fail('the workflow has no outputs yet'), expression.name, 'output', fail);
    case 'steps':
      return lookupStep(expression.name, context, fail);
    case 'workflows':
      return lookupWorkflow(expression.name, context, fail);
    case 'sourceDescriptions': {
      const [name, field] = splitFirst(expression.name);
      const url = context.sourceUrls.get(name) ?? fail(`no source description '${name}'`);
      return field === 'url' ? url : fail(`only $sourceDescriptions.${name}.url has a value`);
    }
    case 'components':
      return lookupNamed(context.components, expression.name, 'component', fail);
  }
}

/** A template's value: one expression alone keeps its type; otherwise text with each value inserted. */
export function evaluateTemplate(template: Template, context: EvaluationContext): unknown {
  if (template.length === 1 && typeof template[0] !== 'string')
    return evaluateExpression(template[0] as RuntimeExpression, context);
  return template.map((part) => (typeof part === 'string' ? part : asText(evaluateExpression(part, context)))).join('');
}

export function asText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

function lookupStep(name: string, context: EvaluationContext, fail: (why: string) => never): unknown {
  const stepId =
    longestKey(name, context.workflow.stepIds) ??
    fail(`no step '${splitFirst(name)[0]}' in workflow ${context.workflow.workflowId}`);
  const rest = name.slice(stepId.length + 1);
  if (!rest.startsWith('outputs.')) fail(`expected $steps.${stepId}.outputs.<name>`);
  const record =
    context.workflow.steps.get(stepId) ?? fail(`step ${stepId} has not run (or failed before its outputs)`);
  return lookupNamed(record.outputs, rest.slice('outputs.'.length), `output of step ${stepId}`, fail);
}

function lookupWorkflow(name: string, context: EvaluationContext, fail: (why: string) => never): unknown {
  const workflowId =
    longestKey(name, [...context.workflows.keys()]) ?? fail(`workflow '${splitFirst(name)[0]}' has not run`);
  const record = context.workflows.get(workflowId) as WorkflowRecord;
  const rest = name.slice(workflowId.length + 1);
  if (rest.startsWith('inputs.'))
    return lookupNamed(record.inputs, rest.slice(7), `input of workflow ${workflowId}`, fail);
  if (rest.startsWith('outputs.')) {
    const outputs = record.outputs ?? fail(`workflow ${workflowId} has not finished`);
    return lookupNamed(outputs, rest.slice(8), `output of workflow ${workflowId}`, fail);
  }
  return fail(`expected $workflows.${workflowId}.inputs.<name> or .outputs.<name>`);
}

/**
 * `name`, `name.property`, `name#/pointer`: names may hold dots (`^[a-zA-Z0-9.\-_]+$`), so the longest
 * defined name wins and the rest reads properties of its value.
 */
function lookupNamed(
  values: Record<string, unknown>,
  text: string,
  what: string,
  fail: (why: string) => never,
): unknown {
  const hash = text.indexOf('#');
  const head = hash === -1 ? text : text.slice(0, hash);
  const key = longestKey(head, Object.keys(values));
  if (key === undefined) {
    const known = Object.keys(values);
    return fail(`no ${what} '${head}'${known.length > 0 ? ` (there are: ${known.join(', ')})` : ''}`);
  }
  let value = values[key];
  const properties = head.length > key.length ? head.slice(key.length + 1).split('.') : [];
  for (const property of properties) {
    if (!isObject(value) && !Array.isArray(value)) return fail(`'${key}' has no property '${property}'`);
    if (!Object.hasOwn(value, property)) return fail(`'${key}' has no property '${property}'`);
    value = (value as Record<string, unknown>)[property];
  }
  if (hash === -1) return value;
  const pointer = text.slice(hash + 1);
  const segments =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  return pointInto(value, segments, fail);
}

function pointInto(value: unknown, segments: readonly string[], fail: (why: string) => never): unknown {
  if (segments.length === 0) return value;
  const found = getAtPointer(value, segments);
  if (found === undefined) fail(`JSON pointer /${segments.join('/')} reaches no value`);
  return found;
}

/** The longest candidate that is `text` or a prefix of it up to a dot. */
function longestKey(text: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const candidate of candidates) {
    if ((text === candidate || text.startsWith(`${candidate}.`)) && candidate.length > (best?.length ?? -1))
      best = candidate;
  }
  return best;
}

function splitFirst(text: string): [string, string] {
  const dot = text.indexOf('.');
  return dot === -1 ? [text, ''] : [text.slice(0, dot), text.slice(dot + 1)];
}
