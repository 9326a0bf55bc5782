import { ErrorCode, MockforgeError, type SourceLocation } from '../errors.js';
import type { Scenario } from '../scenario/types.js';
import { appendPointer } from '../source/json-pointer.js';
import { type Problem, problemsError } from '../source/schema-problems.js';
import { readSourceFile, type SourceFile } from '../source/source-file.js';
import { type ServiceSource, SourceError, type SourceRegistry } from './arazzo-sources.js';
import type { CompileContext, RawDocument } from './compile-context.js';
import { compileWorkflow } from './compile-workflow.js';
import type { ExpressionProblem } from './compiled-value.js';
import type { ArazzoDocumentPlan } from './types.js';
import { checkArazzoShape } from './validate-arazzo-shape.js';

const MAX_ARAZZO_BYTES = 4 * 1024 * 1024;
const HINT = 'see "Arazzo workflows" in README.md for what mockforge runs';

export interface LoadArazzoOptions {
  registry: SourceRegistry;
  /** Step timeout where neither the step, its workflow nor the document sets `x-mockforge-timeout`. */
  defaultTimeoutMs: number;
}

/**
 * Reads, checks (published JSON Schema, expressions, references) and compiles an Arazzo document; every
 * mistake is a MockforgeError at its file:line before anything is sent. Its workflows come back as
 * scenarios, in document order; those of `arazzo` sources are reachable from them, not returned.
 */
export function loadArazzo(file: string, options: LoadArazzoOptions, source?: SourceFile): Scenario[] {
  const plan = compileDocument(source ?? readSourceFile(file, { maxBytes: MAX_ARAZZO_BYTES }), options, []);
  return [...plan.workflows.entries()].filter(([key]) => !key.startsWith('$')).map(([, scenario]) => scenario);
}

function compileDocument(source: SourceFile, options: LoadArazzoOptions, chain: string[]): ArazzoDocumentPlan {
  const known = options.registry.documents.get(source.file);
  if (known) return known;
  const locate = (pointer: string): SourceLocation => {
    const { exact: _exact, ...location } = source.locate(pointer);
    return location;
  };
  const shape = checkArazzoShape(source.value, locate);
  if (shape.length > 0) throw problemsError(ErrorCode.ArazzoInvalid, shape, HINT);
  const raw = source.value as RawDocument;
  const problems: ExpressionProblem[] = [];
  const unsupported: ExpressionProblem[] = [];
  const plan: ArazzoDocumentPlan = {
    file: source.file,
    workflows: new Map(),
    components: (raw.components ?? {}) as Record<string, unknown>,
    sourceUrls: new Map(raw.sourceDescriptions.map((s) => [s.name, s.url])),
  };
  const sources = new Map<string, ServiceSource>();
  const workflowKeys = new Set<string>();
  const foreign: Array<[string, Scenario]> = [];
  checkUnique(
    raw.sourceDescriptions.map((s) => s.name),
    '/sourceDescriptions',
    'name',
    'source description',
    problems,
  );
  checkUnique(
    raw.workflows.map((w) => w.workflowId),
    '/workflows',
    'workflowId',
    'workflowId',
    problems,
  );
  for (const [index, workflow] of raw.workflows.entries()) {
    checkUnique(
      workflow.steps.map((s) => String(s.stepId)),
      appendPointer('/workflows', index, 'steps'),
      'stepId',
      'stepId',
      problems,
    );
    workflowKeys.add(workflow.workflowId);
  }
  for (const [index, description] of raw.sourceDescriptions.entries()) {
    const at = appendPointer('/sourceDescriptions', index);
    try {
      if (description.type === 'arazzo') {
        const file = options.registry.resolveArazzoFile(description, source.file);
        if (chain.includes(file) || file === source.file) {
          problems.push({
            pointer: appendPointer(at, 'url'),
            message: `arazzo sources form a cycle (${[...chain, source.file, file].join(' -> ')})`,
          });
          continue;
        }
        const other = compileDocument(readSourceFile(file, { maxBytes: MAX_ARAZZO_BYTES }), options, [
          ...chain,
          source.file,
        ]);
        for (const [key, scenario] of other.workflows) {
          if (key.startsWith('$')) continue;
          const qualified = `$sourceDescriptions.${description.name}.${key}`;
          workflowKeys.add(qualified);
          foreign.push([qualified, scenario]);
        }
      } else {
        sources.set(description.name, options.registry.resolveOpenApi(description, source.file));
      }
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      if (error.refused) {
        throw new MockforgeError(ErrorCode.RefRefused, error.message, {
          location: locate(appendPointer(at, error.field)),
          hint: 'an untrusted document cannot make mockforge read outside the project',
        });
      }
      problems.push({ pointer: appendPointer(at, error.field), message: error.message });
    }
  }
  const context: CompileContext = {
    raw,
    file: source.file,
    locate,
    problems,
    unsupported,
    sources,
    workflowKeys,
    defaultTimeoutMs: options.defaultTimeoutMs,
  };
  for (const [index, workflow] of raw.workflows.entries()) {
    plan.workflows.set(workflow.workflowId, compileWorkflow(workflow, index, plan, context));
  }
  for (const [key, scenario] of foreign) plan.workflows.set(key, scenario);
  checkDependencyCycles(plan, problems);
  if (problems.length > 0) throw located(ErrorCode.ArazzoInvalid, problems, locate);
  if (unsupported.length > 0) throw located(ErrorCode.ArazzoUnsupported, unsupported, locate);
  options.registry.documents.set(source.file, plan);
  return plan;
}

function checkUnique(values: string[], pointer: string, field: string, what: string, problems: ExpressionProblem[]) {
  for (const [index, value] of values.entries()) {
    if (values.indexOf(value) !== index) {
      problems.push({
        pointer: appendPointer(pointer, index, field),
        message: `${what} '${value}' is used twice (it must be unique)`,
      });
    }
  }
}

function checkDependencyCycles(plan: ArazzoDocumentPlan, problems: ExpressionProblem[]) {
  const visit = (key: string, path: string[]): string[] | undefined => {
    if (path.includes(key)) return [...path, key];
    const scenario = plan.workflows.get(key);
    for (const next of scenario?.arazzo?.dependsOn ?? []) {
      const cycle = visit(next, [...path, key]);
      if (cycle) return cycle;
    }
    return undefined;
  };
  for (const [key, scenario] of plan.workflows) {
    if (key.startsWith('$') || !scenario.arazzo) continue;
    const cycle = visit(key, []);
    if (cycle) {
      problems.push({
        pointer: appendPointer(scenario.arazzo.pointer, 'dependsOn'),
        message: `dependsOn forms a cycle: ${cycle.join(' -> ')}`,
      });
      return;
    }
  }
}

function located(
  code: ErrorCode,
  problems: ExpressionProblem[],
  locate: (pointer: string) => SourceLocation,
): MockforgeError {
  const list: Problem[] = problems
    .map((p) => ({ location: locate(p.pointer), message: p.message }))
    .sort((a, b) => a.location.line - b.location.line);
  return problemsError(code, list, HINT);
}
