import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  isAlive,
  readUpState,
  removeUpState,
  startBackground,
  writeUpState
} from "./chunk-K25J5FW6.js";
import {
  ErrorCode,
  MockforgeError
} from "./chunk-RIB3W43H.js";

// src/core/mock/find-cli.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function findCli() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, "cli.js");
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  const fromSource = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "dist", "cli.js");
  if (existsSync(fromSource)) return fromSource;
  throw new MockforgeError(ErrorCode.ToolFailed, "cannot find dist/cli.js to start the mocks", {
    hint: "run npm run build (the Action runs from dist/: commit it)"
  });
}

// src/core/mock/start-up.ts
import { mkdirSync } from "node:fs";
import { join as join2 } from "node:path";
function upFiles(root) {
  const folder = join2(root, ".mockforge");
  return { folder, logFile: join2(folder, "up.log"), journalFile: join2(folder, "journal.jsonl") };
}
async function startUp(options) {
  const { root } = options;
  const previous = readUpState(root);
  if (previous && isAlive(previous.pid)) throw options.alreadyUp(previous.pid);
  if (previous) removeUpState(root);
  const { folder, logFile, journalFile } = upFiles(root);
  mkdirSync(folder, { recursive: true });
  const started = await startBackground({
    cli: options.cli,
    args: [...options.args, "--journal", journalFile, ...options.configFile ? ["--config", options.configFile] : []],
    cwd: options.cwd,
    logFile,
    readyFile: join2(folder, `ready-${process.pid}.json`),
    timeoutMs: options.timeoutMs
  });
  const state = {
    version: 1,
    pid: started.pid,
    startedAt: (/* @__PURE__ */ new Date()).toISOString(),
    root,
    ...options.configFile ? { configFile: options.configFile } : {},
    logFile,
    journalFile,
    workspaces: started.workspaces.map((w) => ({ name: w.name, port: w.port, url: w.url }))
  };
  return { state, stateFile: writeUpState(root, state) };
}

export {
  findCli,
  upFiles,
  startUp
};
