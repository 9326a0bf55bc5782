import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  ErrorCode,
  MockforgeError
} from "./chunk-VAAAINAI.js";
import "./chunk-DK4HO6BO.js";

// src/cli/commands/serve.ts
var command = {
  name: "serve",
  summary: "not built yet",
  usage: "mockforge serve: not built yet",
  async run() {
    throw new MockforgeError(ErrorCode.UsageInvalid, "'mockforge serve' is not built yet");
  }
};
export {
  command
};
