import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

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
  ArazzoInvalid: "MF_ARAZZO_INVALID",
  ArazzoUnsupported: "MF_ARAZZO_UNSUPPORTED",
  ToolFailed: "MF_TOOL_FAILED",
  GitFailed: "MF_GIT_FAILED",
  MeshInvalid: "MF_MESH_INVALID",
  MockDataInvalid: "MF_MOCK_DATA_INVALID"
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
  __require,
  __commonJS,
  __toESM,
  ErrorCode,
  MockforgeError,
  isMockforgeError
};
