import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  ErrorCode,
  MockforgeError
} from "./chunk-RIB3W43H.js";

// src/cli/parse-options.ts
import { parseArgs } from "node:util";
function parseOptions(argv, options, command, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (cause) {
    throw new MockforgeError(ErrorCode.UsageInvalid, cause.message, {
      hint: `see 'mockforge ${command} --help'`,
      cause
    });
  }
}
function parsePairs(values, option) {
  const pairs = /* @__PURE__ */ new Map();
  for (const value of values ?? []) {
    const index = value.indexOf("=");
    if (index <= 0) {
      throw new MockforgeError(ErrorCode.UsageInvalid, `--${option} '${value}' is not of the form name=value`);
    }
    pairs.set(value.slice(0, index).trim(), value.slice(index + 1).trim());
  }
  return pairs;
}

export {
  parseOptions,
  parsePairs
};
