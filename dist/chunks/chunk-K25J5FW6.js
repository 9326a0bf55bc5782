import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  HEALTH_PATH
} from "./chunk-Z67XE7QP.js";
import {
  ErrorCode,
  MockforgeError
} from "./chunk-RIB3W43H.js";

// src/core/mock/up-process.ts
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
async function startBackground(options) {
  rmSync(options.readyFile, { force: true });
  const log = openSync(options.logFile, "a");
  const child = spawn(process.execPath, [options.cli, "serve", ...options.args, "--ready-file", options.readyFile], {
    cwd: options.cwd,
    detached: true,
    stdio: ["ignore", log, log]
  });
  closeSync(log);
  let exited;
  child.once("exit", (code) => {
    exited = code;
  });
  child.unref();
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== void 0) throw failure(options.logFile, `mockforge serve exited with code ${exited}`);
    if (existsSync(options.readyFile)) {
      const ready = JSON.parse(readFileSync(options.readyFile, "utf8"));
      const healthy = await Promise.all(ready.workspaces.map((w) => isHealthy(w.port)));
      if (healthy.every(Boolean)) {
        rmSync(options.readyFile, { force: true });
        return { pid: child.pid, workspaces: ready.workspaces };
      }
    }
    await sleep(25);
  }
  if (child.pid) stopProcess(child.pid, "SIGKILL");
  throw failure(options.logFile, `the mocks did not answer within ${options.timeoutMs} ms`);
}
function failure(logFile, fallback) {
  const text = existsSync(logFile) ? readFileSync(logFile, "utf8") : "";
  const lines = text.trim().split("\n");
  const line = lines.reverse().find((l) => /\[MF_[A-Z_]+\]/.test(l));
  const code = /\[(MF_[A-Z_]+)\]/.exec(line ?? "")?.[1];
  const message = line?.replace(/^mockforge serve: /, "").replace(/\s*\[MF_[A-Z_]+\]\s*$/, "");
  return new MockforgeError(
    code && Object.values(ErrorCode).includes(code) ? code : ErrorCode.ToolFailed,
    message ?? fallback,
    {
      hint: `see ${logFile}`
    }
  );
}
function isHealthy(port, timeoutMs = 1e3) {
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port, path: HEALTH_PATH, timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("error", () => resolve(false));
    req.on("timeout", () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function stopProcess(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
  }
}
function isServeProcess(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes("serve");
  } catch {
    return !existsSync("/proc/self");
  }
}
async function stopBackground(pid, timeoutMs) {
  if (!isAlive(pid) || !isServeProcess(pid)) return "not-running";
  stopProcess(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return "stopped";
    await sleep(25);
  }
  stopProcess(pid, "SIGKILL");
  for (let i = 0; i < 40 && isAlive(pid); i++) await sleep(25);
  return "killed";
}

// src/core/mock/up-state.ts
import { mkdirSync, readFileSync as readFileSync2, renameSync, rmSync as rmSync2, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
function upStatePath(root) {
  return join(root, ".mockforge", "up.json");
}
function readUpState(root) {
  const file = upStatePath(root);
  let text;
  try {
    text = readFileSync2(file, "utf8");
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
  rmSync2(upStatePath(root), { force: true });
}

export {
  startBackground,
  isHealthy,
  isAlive,
  stopBackground,
  upStatePath,
  readUpState,
  writeUpState,
  removeUpState
};
