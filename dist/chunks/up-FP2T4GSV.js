import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  ErrorCode,
  MockforgeError
} from "./chunk-VAAAINAI.js";
import "./chunk-DK4HO6BO.js";

// src/cli/commands/up.ts
var command = {
  name: "up",
  summary: "not built yet",
  usage: "mockforge up: not built yet",
  async run() {
    throw new MockforgeError(ErrorCode.UsageInvalid, "'mockforge up' is not built yet");
  }
};
export {
  command
};
