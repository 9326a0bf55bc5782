import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  findCli,
  startUp
} from "./chunk-PXP6F7AP.js";
import {
  SERVE_OPTIONS
} from "./chunk-DDQF65YN.js";
import "./chunk-4LJ7MSKH.js";
import "./chunk-DSPALI67.js";
import "./chunk-DBPOXZL2.js";
import "./chunk-QYSM2PN3.js";
import "./chunk-T5K4HRE5.js";
import "./chunk-HE2PU5F4.js";
import "./chunk-6V3Z4ZOA.js";
import "./chunk-SWRZDQDU.js";
import "./chunk-DCWLXHLC.js";
import "./chunk-SOK6ZPY4.js";
import "./chunk-Q4L6FTGJ.js";
import {
  upStatePath
} from "./chunk-K25J5FW6.js";
import {
  displayPath
} from "./chunk-5G4X4ALD.js";
import "./chunk-Z67XE7QP.js";
import {
  parseOptions
} from "./chunk-UEZDGRG4.js";
import {
  ErrorCode,
  MockforgeError
} from "./chunk-RIB3W43H.js";

// src/cli/commands/up.ts
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
var { journal: _journal, "ready-file": _readyFile, ...PASSED_TO_SERVE } = SERVE_OPTIONS;
var command = {
  name: "up",
  summary: "start the workspace mocks in the background",
  usage: `
Usage: mockforge up [--config mockforge.yaml] [--workspace NAME]... [--port NAME=PORT]... [--port-offset N]
       mockforge up --spec <contract> --port <n>

Starts 'mockforge serve' in the background, waits until every port answers, prints the URLs and writes
.mockforge/up.json (pid, ports, URLs, log and journal paths) next to mockforge.yaml. 'mockforge down' stops it.

Options: those of 'mockforge serve' (but --journal: .mockforge/journal.jsonl), plus
  --timeout <ms>   how long to wait for every port to answer (default 15000)
`,
  async run(argv, context) {
    const { values } = parseOptions(argv, { ...PASSED_TO_SERVE, timeout: { type: "string" } }, "up");
    const configFile = values.spec ? void 0 : resolve(context.cwd, values.config ?? "mockforge.yaml");
    if (configFile && !existsSync(configFile)) {
      throw new MockforgeError(ErrorCode.ConfigNotFound, `${displayPath(configFile, context.cwd)} does not exist`, {
        hint: "run in the folder of mockforge.yaml or pass --config"
      });
    }
    const root = configFile ? dirname(configFile) : context.cwd;
    const timeoutMs = values.timeout ? Number(values.timeout) : 15e3;
    const { state, stateFile } = await startUp({
      root,
      configFile,
      cli: findCli(),
      cwd: context.cwd,
      args: passThrough(argv),
      timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : 15e3,
      alreadyUp: (pid) => new MockforgeError(ErrorCode.PortInUse, `mocks are already up (pid ${pid}, ${upStatePath(root)})`, {
        hint: "run 'mockforge down' first"
      })
    });
    const { workspaces, logFile } = state;
    for (const w of workspaces) context.stdout(`${w.name}: ${w.url}
`);
    context.stderr(
      `mockforge up: pid ${state.pid}; state ${displayPath(stateFile, context.cwd)}; log ${displayPath(logFile, context.cwd)}
`
    );
    return 0;
  }
};
function passThrough(argv) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const name = arg.replace(/^--/, "").split("=")[0];
    if (name === "timeout" || name === "config") {
      if (!arg.includes("=")) i++;
      continue;
    }
    out.push(arg);
  }
  return out;
}
export {
  command
};
