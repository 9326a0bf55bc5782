import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  ErrorCode,
  MockforgeError
} from "./chunk-ZVGOEXLY.js";

// src/core/mock/up-state.ts
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
function upStatePath(root) {
  return join(root, ".mockforge", "up.json");
}
function readUpState(root) {
  const file = upStatePath(root);
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return void 0;
  }
  try {
    const state = JSON.parse(text);
    if (state.version !== 1 || !Array.isArray(state.workspaces)) throw new Error("unknown format");
    return state;
  } catch (cause) {
    throw new MockforgeError(ErrorCode.UsageInvalid, `${file} is not a mockforge up state file`, {
      hint: "delete it and run `mockforge up` again",
      cause
    });
  }
}
function writeUpState(root, state) {
  const file = upStatePath(root);
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state, null, 2)}
`);
  renameSync(temp, file);
  return file;
}
function removeUpState(root) {
  rmSync(upStatePath(root), { force: true });
}

export {
  upStatePath,
  readUpState,
  writeUpState,
  removeUpState
};
