import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  readUpState,
  removeUpState,
  stopBackground
} from "./chunk-K25J5FW6.js";
import {
  displayPath
} from "./chunk-5G4X4ALD.js";
import "./chunk-Z67XE7QP.js";
import {
  parseOptions
} from "./chunk-UEZDGRG4.js";
import "./chunk-RIB3W43H.js";

// src/cli/commands/down.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
var command = {
  name: "down",
  summary: "stop mocks started with `up`",
  usage: `
Usage: mockforge down [--config mockforge.yaml] [--timeout <ms>]

Stops the mocks 'mockforge up' started (SIGTERM, which flushes the request journal, then SIGKILL after the
timeout, default 5000 ms) and removes .mockforge/up.json. Nothing up is not an error.
`,
  async run(argv, context) {
    const { values } = parseOptions(argv, { config: { type: "string" }, timeout: { type: "string" } }, "down");
    const configFile = resolve(context.cwd, values.config ?? "mockforge.yaml");
    const root = existsSync(configFile) || values.config ? dirname(configFile) : context.cwd;
    const state = readUpState(root);
    if (!state) {
      context.stderr("mockforge down: nothing is up\n");
      return 0;
    }
    const timeout = Number(values.timeout ?? 5e3);
    const how = await stopBackground(state.pid, Number.isFinite(timeout) && timeout >= 0 ? timeout : 5e3);
    removeUpState(root);
    const entries = existsSync(state.journalFile) ? readFileSync(state.journalFile, "utf8").split("\n").filter(Boolean).length : 0;
    context.stderr(
      `mockforge down: pid ${state.pid} ${how === "not-running" ? "was not running" : how}; journal ${displayPath(state.journalFile, context.cwd)} (${entries} request(s))
`
    );
    return 0;
  }
};
export {
  command
};
