import type { SourceLocation } from '../errors.js';
import type { ServiceSource } from './arazzo-sources.js';
import type { ExpressionProblem } from './compiled-value.js';

/** The parts of an Arazzo document the compiler reads (already checked against the schema). */
export type RawObject = Record<string, unknown>;

export interface RawDocument {
  arazzo: string;
  info: { title: string; version: string };
  sourceDescriptions: Array<{ name: string; url: string; type?: 'openapi' | 'arazzo' } & RawObject>;
  workflows: RawWorkflow[];
  components?: {
    inputs?: Record<string, unknown>;
    parameters?: Record<string, RawObject>;
    successActions?: Record<string, RawObject>;
    failureActions?: Record<string, RawObject>;
  };
}

export interface RawWorkflow extends RawObject {
  workflowId: string;
  summary?: string;
  description?: string;
  inputs?: unknown;
  dependsOn?: string[];
  steps: RawObject[];
  successActions?: RawObject[];
  failureActions?: RawObject[];
  outputs?: Record<string, string>;
  parameters?: RawObject[];
}

/** What compiling one document needs: where things are, where problems go, what names resolve to. */
export interface CompileContext {
  raw: RawDocument;
  file: string;
  locate(pointer: string): SourceLocation;
  /** Bad input: the document is refused (MF_ARAZZO_INVALID) with every problem at its line. */
  problems: ExpressionProblem[];
  /** Valid Arazzo that mockforge does not run (xpath): refused with MF_ARAZZO_UNSUPPORTED. */
  unsupported: ExpressionProblem[];
  /** openapi sources by name. */
  sources: ReadonlyMap<string, ServiceSource>;
  /** Keys of the workflows steps and actions may name: local ids and `$sourceDescriptions.<name>.<id>`. */
  workflowKeys: ReadonlySet<string>;
  defaultTimeoutMs: number;
}
