import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  debug,
  emitCommandAnnotations,
  findingsTable,
  info,
  logTail,
  mocksAnswer,
  planCommandAnnotations,
  readMocksState,
  readRunContext,
  setFailed,
  summary
} from "./chunks/chunk-RYZ6KWFC.js";
import "./chunks/chunk-LU6URDTW.js";
import {
  inlineCode,
  markdownTable
} from "./chunks/chunk-5CO5ZQ66.js";
import "./chunks/chunk-PXP6F7AP.js";
import "./chunks/chunk-SOK6ZPY4.js";
import {
  isAlive,
  readUpState,
  removeUpState,
  stopBackground
} from "./chunks/chunk-K25J5FW6.js";
import "./chunks/chunk-Z67XE7QP.js";
import {
  isMockforgeError
} from "./chunks/chunk-RIB3W43H.js";

// src/action/stop-mocks.ts
import { existsSync, readFileSync } from "node:fs";

// src/core/mock/mock-findings.ts
function mockFindings(entries) {
  const findings = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const where = `${entry.workspace}: ${entry.method} ${entry.route?.replace(/^\S+ /, "") ?? entry.path}`;
    for (const problem of entry.responseErrors) {
      const key = `mock-response:${where}:${problem}`;
      if (!findings.has(key)) {
        findings.set(key, {
          source: "mock",
          severity: "error",
          title: "mock response does not fit the contract",
          message: `${where} answered ${entry.status}: ${problem}`,
          ...locationOf(problem),
          key
        });
      }
    }
    for (const issue of entry.requestErrors) {
      const key = `mock-request:${where}:${issue.in}:${issue.name}:${issue.message}`;
      if (!findings.has(key)) {
        findings.set(key, {
          source: "mock",
          severity: "warning",
          title: "request does not fit the contract",
          message: `${where}: ${issue.in} ${issue.name}: ${issue.message}`,
          ...locationOf(issue.location ?? ""),
          key
        });
      }
    }
  }
  return [...findings.values()];
}
function locationOf(text) {
  const match = /([^\s()]+):(\d+)\)?$/.exec(text);
  return match?.[1] && match[2] ? { location: { file: match[1], line: Number(match[2]) } } : {};
}

// src/core/report/journal-summary.ts
function summarizeJournal(entries) {
  const byWorkspace = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    let traffic = byWorkspace.get(entry.workspace);
    if (!traffic) {
      traffic = { workspace: entry.workspace, requests: 0, byClass: {}, requestErrors: 0, responseErrors: 0 };
      byWorkspace.set(entry.workspace, traffic);
    }
    traffic.requests++;
    const statusClass = `${Math.floor(entry.status / 100)}xx`;
    traffic.byClass[statusClass] = (traffic.byClass[statusClass] ?? 0) + 1;
    if (entry.requestErrors.length > 0) traffic.requestErrors++;
    if (entry.responseErrors.length > 0) traffic.responseErrors++;
  }
  return [...byWorkspace.values()];
}
function parseJournal(text) {
  const entries = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      entries.push(JSON.parse(line));
    } catch {
    }
  }
  return entries;
}
function journalTable(traffic, workspaces = []) {
  const all = [...traffic];
  for (const name of workspaces) {
    if (!all.some((t) => t.workspace === name)) {
      all.push({ workspace: name, requests: 0, byClass: {}, requestErrors: 0, responseErrors: 0 });
    }
  }
  if (all.length === 0) return "The mocks got no requests.";
  const rows = all.map((t) => [
    inlineCode(t.workspace),
    String(t.requests),
    Object.entries(t.byClass).sort(([a], [b]) => a.localeCompare(b)).map(([c, n]) => `${c}: ${n}`).join(", ") || "-",
    String(t.requestErrors),
    String(t.responseErrors)
  ]);
  return markdownTable(["workspace", "requests", "statuses", "invalid requests", "invalid mock responses"], rows);
}

// src/action/stop-mocks.ts
async function stopMocksStep() {
  const state = readMocksState();
  if (!state) {
    debug("mockforge post: no mocks were started by this step");
    return void 0;
  }
  const run = readRunContext(process.env, void 0);
  const crashed = !await mocksAnswer(state);
  const ended = isAlive(state.pid) ? await stopBackground(state.pid, 5e3) : "not-running";
  if (readUpState(state.root)?.pid === state.pid) removeUpState(state.root);
  const entries = existsSync(state.journalFile) ? parseJournal(readFileSync(state.journalFile, "utf8")) : [];
  const findings = mockFindings(entries);
  const lines = [
    "## Workspace mocks",
    "",
    crashed ? `\u274C The mocks (pid ${state.pid}) had crashed before the end of the job. Last lines of the log:

\`\`\`text
${logTail(state.logFile).replace(/```/g, "'''")}
\`\`\`` : `Stopped (pid ${state.pid}, ${ended}); ${entries.length} request(s) in the journal.`,
    "",
    journalTable(
      summarizeJournal(entries),
      state.workspaces.map((w) => w.name)
    ),
    ""
  ];
  if (findings.length > 0)
    lines.push("### Contract problems seen by the mocks", "", findingsTable(findings, run.display), "");
  await summary.addRaw(`${lines.join("\n")}
`).write();
  emitCommandAnnotations(planCommandAnnotations(findings, run.display));
  info(`mockforge post: mocks ${crashed ? "had crashed" : ended}; ${entries.length} request(s) journaled`);
  return crashed ? `mockforge: the workspace mocks (pid ${state.pid}) crashed during the job; see ${state.logFile}` : void 0;
}

// src/action/post.ts
try {
  const failure = await stopMocksStep();
  if (failure) setFailed(failure);
} catch (error) {
  if (isMockforgeError(error)) setFailed(error.format());
  else setFailed(error instanceof Error ? error.stack ?? error.message : String(error));
}
