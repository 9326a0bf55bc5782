import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  ErrorCode,
  MockforgeError
} from "./chunk-VAAAINAI.js";
import "./chunk-DK4HO6BO.js";

// src/cli/commands/generate.ts
var command = {
  name: "generate",
  summary: "not built yet",
  usage: "mockforge generate: not built yet",
  async run() {
    throw new MockforgeError(ErrorCode.UsageInvalid, "'mockforge generate' is not built yet");
  }
};
export {
  command
};
