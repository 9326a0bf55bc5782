import { ErrorCode, MockforgeError } from '../core/errors.js';
import type { CommandReport } from '../core/report/command-report.js';
import type { ActionSettings } from './inputs.js';
import type { ReportFiles } from './report-files.js';

export interface ScenariosStep {
  report: CommandReport;
  files: ReportFiles;
  failed: number;
}

/** Cross-service scenarios: waits for the scenario runner (src/core/scenario) to land. */
export async function runScenariosStep(_settings: ActionSettings): Promise<ScenariosStep | undefined> {
  throw scenariosUnavailable();
}

export function scenariosUnavailable(): MockforgeError {
  return new MockforgeError(
    ErrorCode.UsageInvalid,
    "command 'scenarios' is not available yet: the scenario runner (src/core/scenario) has not landed",
  );
}
