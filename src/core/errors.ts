/** Stable error codes. Callers and tests match on `code`, never on message text. */
export const ErrorCode = {
  ConfigNotFound: 'MF_CONFIG_NOT_FOUND',
  ConfigInvalid: 'MF_CONFIG_INVALID',
  ContractNotFound: 'MF_CONTRACT_NOT_FOUND',
  ContractInvalid: 'MF_CONTRACT_INVALID',
  ContractUnsupported: 'MF_CONTRACT_UNSUPPORTED',
  RefRefused: 'MF_REF_REFUSED',
  RefUnresolved: 'MF_REF_UNRESOLVED',
  RefInvalid: 'MF_REF_INVALID',
  RefCycle: 'MF_REF_CYCLE',
  SourceTooLarge: 'MF_SOURCE_TOO_LARGE',
  SourceSyntax: 'MF_SOURCE_SYNTAX',
  UsageInvalid: 'MF_USAGE_INVALID',
  PortInUse: 'MF_PORT_IN_USE',
  ScenarioInvalid: 'MF_SCENARIO_INVALID',
  ArazzoInvalid: 'MF_ARAZZO_INVALID',
  ArazzoUnsupported: 'MF_ARAZZO_UNSUPPORTED',
  ToolFailed: 'MF_TOOL_FAILED',
  GitFailed: 'MF_GIT_FAILED',
  MeshInvalid: 'MF_MESH_INVALID',
  MockDataInvalid: 'MF_MOCK_DATA_INVALID',
  StoreUnreachable: 'MF_STORE_UNREACHABLE',
  ArtifactFailed: 'MF_ARTIFACT_FAILED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/**
 * A user mistake or an environment problem: shown verbatim (no stack trace) and exit code 2.
 * Findings (breaking changes, drift, failed steps) are results, not errors.
 */
export class MockforgeError extends Error {
  readonly code: ErrorCode;
  readonly location: SourceLocation | undefined;
  readonly hint: string | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { location?: SourceLocation | undefined; hint?: string | undefined; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MockforgeError';
    this.code = code;
    this.location = options.location;
    this.hint = options.hint;
  }

  /** `file:line:column: message (CODE)` plus the hint on its own line. */
  format(relativeTo?: (file: string) => string): string {
    const where = this.location
      ? `${relativeTo ? relativeTo(this.location.file) : this.location.file}:${this.location.line}:${this.location.column}: `
      : '';
    const hint = this.hint ? `\n  fix: ${this.hint}` : '';
    return `${where}${this.message} [${this.code}]${hint}`;
  }
}

export function isMockforgeError(value: unknown): value is MockforgeError {
  return value instanceof MockforgeError;
}
