import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  ErrorCode,
  MockforgeError
} from "./chunk-VAAAINAI.js";
import "./chunk-DK4HO6BO.js";

// src/cli/commands/scenarios.ts
var command = {
  name: "scenarios",
  summary: "not built yet",
  usage: "mockforge scenarios: not built yet",
  async run() {
    throw new MockforgeError(ErrorCode.UsageInvalid, "'mockforge scenarios' is not built yet");
  }
};
export {
  command
};
