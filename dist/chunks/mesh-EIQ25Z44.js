import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  ErrorCode,
  MockforgeError
} from "./chunk-VAAAINAI.js";
import "./chunk-DK4HO6BO.js";

// src/cli/commands/mesh.ts
var command = {
  name: "mesh",
  summary: "not built yet",
  usage: "mockforge mesh: not built yet",
  async run() {
    throw new MockforgeError(ErrorCode.UsageInvalid, "'mockforge mesh' is not built yet");
  }
};
export {
  command
};
