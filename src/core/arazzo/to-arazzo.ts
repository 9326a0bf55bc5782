// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${name} is the tutorial format's placeholder syntax
import { basename, dirname, join, relative } from 'node:path';
import { ErrorCode, MockforgeError } from '../errors.js';
import type { Project } from '../project.js';
import { ContractChecker } from '../scenario/contract-check.js';
import { parseJsonPath } from '../scenario/json-path.js';
import { DEFAULT_STEP_TIMEOUT_MS } from '../scenario/load-scenario.js';
import type { Scenario, ScenarioStep, StatusExpectation } from '../scenario/types.js';
import { isObject } from '../source/json-object.js';
import { formatPointer } from '../source/json-pointer.js';
import { yamlLibrary } from '../source/yaml-library.js';
import { VERSION } from '../version.js';
import { bodyCriteria } from './to-arazzo-criteria.js';

export interface ConvertedScenario {
  /** Where the document goes: `<dir>/<name>.arazzo.yaml`. */
  file: string;
  text: string;
}

const PLACEHOLDER = /\$\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*\}/g;

/**
 * A tutorial-format scenario as an equivalent Arazzo 1.0.1 document: each service a source description
 * (its workspace's contract), each step the contract operation it calls, `${capture}` placeholders as
 * `$steps.<id>.outputs.<name>`, `${env.X}` as inputs read from X, expectations as success criteria
 * (status as a simple condition, headers as exact regexes, body fields as JSONPath filters, exact match
 * also by member counts), captures as outputs, timeouts as `x-mockforge-timeout`, and a failed step that
 * got a response goes on to the next one as in the tutorial format.
 */
export function convertToArazzo(scenario: Scenario, project: Project, outputDir: string): ConvertedScenario {
  const file = join(outputDir, `${basename(scenario.file).replace(/\.(ya?ml|json)$/i, '')}.arazzo.yaml`);
  const services = [...new Set(scenario.steps.map((s) => s.service))];
  const capturedBy = new Map<string, string>();
  const envInputs = new Set<string>();
  const stepIds = uniqueIds(scenario.steps.map((s) => s.name));
  const expression = (name: string, at: ScenarioStep): string => {
    if (name.startsWith('env.')) {
      envInputs.add(name.slice(4));
      return `$inputs.${name.slice(4)}`;
    }
    const step = capturedBy.get(name);
    if (!step) throw stepError(scenario, at, `\${${name}} is not captured by an earlier step`);
    return `$steps.${step}.outputs.${name}`;
  };
  /** A value with `${x}`: one placeholder alone keeps the value's type; inside text it is embedded. */
  const value = (raw: unknown, at: ScenarioStep): unknown => {
    if (typeof raw === 'string') {
      const whole = /^\$\{\s*([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)?)\s*\}$/.exec(raw);
      if (whole?.[1]) return expression(whole[1], at);
      return raw.replace(PLACEHOLDER, (_, name: string) => `{${expression(name, at)}}`);
    }
    if (Array.isArray(raw)) return raw.map((item) => value(item, at));
    if (isObject(raw)) return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, value(v, at)]));
    return raw;
  };
  const steps = scenario.steps.map((step, index) => {
    const stepId = stepIds[index] as string;
    const contract = project.contracts.get(step.service);
    if (!contract)
      throw stepError(scenario, step, `service '${step.service}' is no workspace of ${project.config.file}`);
    const [pathPart, queryPart] = step.request.path.split('?', 2) as [string, string | undefined];
    const found = new ContractChecker(contract).findOperation(step.request.method, pathPart);
    if (!found) {
      throw stepError(
        scenario,
        step,
        `${step.request.method} ${pathPart} is no operation of ${step.service}'s contract: an Arazzo step must name one`,
      );
    }
    const { operation, params } = found;
    const parameters: Array<Record<string, unknown>> = Object.entries(params).map(([name, text]) => ({
      name,
      in: 'path',
      value: value(text, step),
    }));
    const query = { ...Object.fromEntries(new URLSearchParams(queryPart ?? '')), ...step.request.query };
    for (const [name, item] of Object.entries(query)) parameters.push({ name, in: 'query', value: value(item, step) });
    for (const [name, item] of Object.entries(step.request.headers))
      parameters.push({ name, in: 'header', value: value(item, step) });
    const out: Record<string, unknown> = { stepId, description: step.name };
    if (operation.operationId) {
      out.operationId =
        services.length > 1 ? `$sourceDescriptions.${step.service}.${operation.operationId}` : operation.operationId;
    } else {
      out.operationPath = `{$sourceDescriptions.${step.service}.url}#${formatPointer(['paths', operation.path, operation.method])}`;
    }
    if (parameters.length > 0) out.parameters = parameters;
    if (step.request.hasBody) {
      const type = Object.entries(step.request.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
      out.requestBody = { contentType: type ?? 'application/json', payload: value(step.request.body, step) };
    }
    out.successCriteria = [
      { condition: statusCondition(step.response.status) },
      ...Object.entries(step.response.headers).map(([name, text]) => ({
        context: `$response.header.${name}`,
        condition: `^${escapeRegex(String(value(text, step)))}$`,
        type: 'regex',
      })),
      ...(step.response.hasBody
        ? bodyCriteria(
            step.response.body,
            step.match,
            (name) => expression(name, step),
            (message) => stepError(scenario, step, message),
          )
        : []),
    ];
    const outputs: Record<string, string> = {};
    for (const [name, path] of Object.entries(step.capture)) {
      const segments = parseJsonPath(path);
      if (!segments || segments.some((s) => typeof s === 'number' && s < 0)) {
        throw stepError(
          scenario,
          step,
          `capture ${name}: ${path} has no JSON pointer form (negative indexes have none)`,
        );
      }
      outputs[name] = `$response.body#${formatPointer(segments)}`;
      capturedBy.set(name, stepId);
    }
    if (Object.keys(outputs).length > 0) out.outputs = outputs;
    const next = stepIds[index + 1];
    if (next) {
      // The tutorial format goes on after a failed step that got an answer (Arazzo's default is to end).
      out.onFailure = [
        { name: 'continue', type: 'goto', stepId: next, criteria: [{ condition: '$statusCode >= 100' }] },
      ];
    }
    if (step.timeoutMs !== DEFAULT_STEP_TIMEOUT_MS) out['x-mockforge-timeout'] = `${step.timeoutMs}ms`;
    return out;
  });
  const inputs =
    envInputs.size > 0
      ? {
          type: 'object',
          properties: Object.fromEntries(
            [...envInputs].map((name) => [name, { type: 'string', 'x-mockforge-env': name }]),
          ),
        }
      : undefined;
  const document = {
    arazzo: '1.0.1',
    info: {
      title: scenario.name,
      version: '1.0.0',
      ...(scenario.description ? { description: scenario.description } : {}),
    },
    sourceDescriptions: services.map((service) => ({
      name: service,
      url: relative(dirname(file), project.contracts.get(service)?.file ?? '')
        .split('\\')
        .join('/'),
      type: 'openapi',
      'x-mockforge-workspace': service,
    })),
    workflows: [
      {
        workflowId: slug(scenario.name) || 'scenario',
        summary: scenario.name,
        ...(scenario.description ? { description: scenario.description } : {}),
        ...(inputs ? { inputs } : {}),
        steps,
      },
    ],
  };
  const header = `# ${relative(dirname(file), scenario.file)} as an Arazzo 1.0.1 document, written by 'mockforge scenarios --to-arazzo' (mockforge ${VERSION}).\n`;
  return { file, text: header + yamlLibrary().stringify(document, { lineWidth: 0 }) };
}

function statusCondition(status: StatusExpectation): string {
  const parts = status.ranges.map(([low, high]) =>
    low === high ? `$statusCode == ${low}` : `($statusCode >= ${low} && $statusCode <= ${high})`,
  );
  return parts.join(' || ');
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function uniqueIds(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = slug(name) || 'step';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

function stepError(scenario: Scenario, step: ScenarioStep, message: string): MockforgeError {
  return new MockforgeError(ErrorCode.UsageInvalid, `cannot convert step '${step.name}' to Arazzo: ${message}`, {
    location: step.location,
    hint: `fix ${basename(scenario.file)} or write that step in Arazzo by hand`,
  });
}
