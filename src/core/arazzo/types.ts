import type { JsonObject, Operation } from '../contract/types.js';
import type { Scenario, StepFailure } from '../scenario/types.js';
import type { CompiledValue } from './compiled-value.js';
import type { Criterion } from './criterion.js';
import type { RuntimeExpression } from './runtime-expression.js';

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface PlannedParameter {
  name: string;
  /** Absent for a workflow step: the parameter is an input of the called workflow. */
  in?: ParameterLocation;
  value: CompiledValue;
  pointer: string;
}

export interface PlannedBody {
  contentType?: string;
  payload: CompiledValue;
  hasPayload: boolean;
  replacements: Array<{ target: string[]; targetText: string; value: CompiledValue; pointer: string }>;
  pointer: string;
}

/** A Success or Failure Action Object (reusable references already followed). */
export interface PlannedAction {
  name: string;
  type: 'end' | 'goto' | 'retry';
  stepId?: string;
  /** Key of the workflow in the document's `workflows` (a local id, or `$sourceDescriptions.x.id`). */
  workflowId?: string;
  retryAfterSeconds?: number;
  retryLimit: number;
  criteria: Criterion[];
  pointer: string;
}

export interface PlannedOutput {
  name: string;
  expression: CompiledValue;
  pointer: string;
}

/** What a step whose operation the contract lacks asked for: the diff still lists it as a caller of a removed one. */
export interface WantedOperation {
  operationId?: string;
  /** From an operationPath: upper-case method and path template. */
  method?: string;
  path?: string;
}

/** What an Arazzo step does beyond the request and response every scenario step has. */
export interface ArazzoStepPlan {
  stepId: string;
  /** The field that names what the step calls. */
  reference: 'operationId' | 'operationPath' | 'workflowId';
  /** The operation: resolved, or why not (the step then fails with that reason, nothing is sent). */
  operation?:
    | { resolved: Operation; sourceName: string; document: JsonObject }
    | { error: string; wanted: WantedOperation };
  /** A workflow step: the called workflow's key in the document. */
  workflowCall?: string;
  parameters: PlannedParameter[];
  body?: PlannedBody;
  criteria: Criterion[];
  outputs: PlannedOutput[];
  onSuccess: PlannedAction[];
  onFailure: PlannedAction[];
  /** Found at load time, shown with every run of the step (a `$steps` reference to a step that does not exist). */
  warnings: StepFailure[];
}

/** One workflow of an Arazzo document, as the scenario runner runs it. */
export interface ArazzoWorkflowPlan {
  workflowId: string;
  /** Key of this workflow in `document.workflows`. */
  key: string;
  document: ArazzoDocumentPlan;
  /** The inputs JSON Schema with `$ref`s into the document followed, or undefined. */
  inputsSchema?: Record<string, unknown>;
  /** The inputs the schema declares. */
  inputNames: string[];
  validateInputs: (inputs: Record<string, unknown>) => string[];
  outputs: PlannedOutput[];
  /** Keys of the workflows to run first. */
  dependsOn: string[];
  pointer: string;
  /** References in the workflow's outputs that cannot resolve (shown with each run). */
  warnings: StepFailure[];
}

/** An Arazzo document compiled: its workflows as scenarios, and what expressions may read. */
export interface ArazzoDocumentPlan {
  file: string;
  /** By key: local workflowIds, and `$sourceDescriptions.<name>.<workflowId>` for arazzo sources. */
  workflows: Map<string, Scenario>;
  components: Record<string, unknown>;
  sourceUrls: Map<string, string>;
}

export type { RuntimeExpression };
