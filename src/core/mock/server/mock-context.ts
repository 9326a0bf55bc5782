import type { FaultConfig } from '../../config/types.js';
import type { Transport } from '../../http/transport.js';
import type { FaultDecision } from '../faults.js';
import type { Journal } from '../journal.js';
import type { ScenarioSeed } from '../state/seed-from-scenarios.js';
import type { PersonaOptions } from '../state/seed-state.js';
import type { StateStore } from '../state/store.js';
import type { PreparedWorkspace } from './prepare-workspace.js';

/** Looks up hand-editable data written by `mockforge generate` for an operation's response. */
export interface MockDataLookup {
  /** The body to serve, or with `example` the named example; undefined when the files give none. */
  body(
    workspace: string,
    operationPointer: string,
    status: number,
    mediaType: string,
    example?: string,
  ): { value: unknown } | undefined;
  /** The names of the files' examples for a response (listed when `Prefer: example=` names none of them). */
  exampleNames(workspace: string, operationPointer: string, status: number, mediaType: string): string[];
  /** Response headers the files give for a status (edited values win over the contract's). */
  headers(workspace: string, operationPointer: string, status: number): Record<string, unknown>;
}

/** Everything one request may need, shared by every workspace of the process. */
export interface MockContext {
  workspaceId: string;
  stateEnabled: boolean;
  personaGraph: boolean;
  store: StateStore;
  personas: PersonaOptions;
  journal: Journal;
  bodyLimit: number;
  /** Scenario steps answered verbatim, per workspace name. */
  canned: Map<string, ScenarioSeed[]>;
  mockData: MockDataLookup | undefined;
  faults: Map<string, (faults: FaultConfig | undefined) => FaultDecision>;
  /** Static example values per media pointer (stable objects, so their encoding is cached). */
  staticValues: Map<string, unknown>;
  /** Counter for `Prefer: dynamic=true` seeds. */
  dynamicCounter: { value: number };
  workspaces: PreparedWorkspace[];
  startedAt: number;
  /** Clears this workspace_id's state and seeds it again (admin reset). */
  reseed: () => Promise<void>;
  /** File paths shown to clients relative to the project. */
  displayFile: (file: string) => string;
  /** The transport callbacks are sent with (created on first use, closed with the server). */
  callbackTransport: () => Promise<Transport>;
}
