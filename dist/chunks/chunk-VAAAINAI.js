import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);

// src/core/errors.ts
var ErrorCode = {
  ConfigNotFound: "MF_CONFIG_NOT_FOUND",
  ConfigInvalid: "MF_CONFIG_INVALID",
  ContractNotFound: "MF_CONTRACT_NOT_FOUND",
  ContractInvalid: "MF_CONTRACT_INVALID",
  ContractUnsupported: "MF_CONTRACT_UNSUPPORTED",
  RefRefused: "MF_REF_REFUSED",
  RefUnresolved: "MF_REF_UNRESOLVED",
  SourceTooLarge: "MF_SOURCE_TOO_LARGE",
  SourceSyntax: "MF_SOURCE_SYNTAX",
  UsageInvalid: "MF_USAGE_INVALID",
  PortInUse: "MF_PORT_IN_USE",
  ScenarioInvalid: "MF_SCENARIO_INVALID",
  TargetUnreachable: "MF_TARGET_UNREACHABLE",
  ToolFailed: "MF_TOOL_FAILED",
  GitFailed: "MF_GIT_FAILED",
  MeshInvalid: "MF_MESH_INVALID"
};
var MockforgeError = class extends Error {
  code;
  location;
  hint;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "MockforgeError";
    this.code = code;
    this.location = options.location;
    this.hint = options.hint;
  }
  /** `file:line:column: message (CODE)` plus the hint on its own line. */
  format(relativeTo) {
    const where = this.location ? `${relativeTo ? relativeTo(this.location.file) : this.location.file}:${this.location.line}:${this.location.column}: ` : "";
    const hint = this.hint ? `
  fix: ${this.hint}` : "";
    return `${where}${this.message} [${this.code}]${hint}`;
  }
};
function isMockforgeError(value) {
  return value instanceof MockforgeError;
}

export {
  ErrorCode,
  MockforgeError,
  isMockforgeError
};
