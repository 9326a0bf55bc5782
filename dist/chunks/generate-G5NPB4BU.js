import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  SchemaValidator,
  generateExample,
  generateFitting,
  namedExamples,
  resolveChild
} from "./chunk-6V3Z4ZOA.js";
import "./chunk-SWRZDQDU.js";
import {
  loadContract,
  loadProject
} from "./chunk-DCWLXHLC.js";
import {
  appendPointer,
  require_dist
} from "./chunk-SOK6ZPY4.js";
import "./chunk-Q4L6FTGJ.js";
import {
  displayPath
} from "./chunk-5G4X4ALD.js";
import {
  parseOptions
} from "./chunk-UEZDGRG4.js";
import {
  ErrorCode,
  MockforgeError,
  __toESM
} from "./chunk-RIB3W43H.js";

// src/cli/commands/generate.ts
import { existsSync as existsSync2 } from "node:fs";
import { resolve } from "node:path";

// src/core/mock/mock-files/render-mock-files.ts
var import_yaml = __toESM(require_dist(), 1);
import { relative } from "node:path";

// src/core/mock/mock-files/checksum.ts
import { createHash } from "node:crypto";
var CHECKSUM_LINE = /^# mockforge-checksum: ([0-9a-f]{16})\n/m;
function checksumOf(data) {
  return createHash("sha256").update(data).digest("hex").slice(0, 16);
}
function isUntouched(text) {
  const match = CHECKSUM_LINE.exec(text);
  if (!match) return false;
  const data = text.slice((match.index ?? 0) + match[0].length);
  return checksumOf(data) === match[1];
}
function checksumLine(data) {
  return `# mockforge-checksum: ${checksumOf(data)}
`;
}

// src/core/mock/mock-files/file-name.ts
var MAX_STEM = 120;
function assignFileNames(operations) {
  const names = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  for (const operation of operations) {
    const slug = operation.path.replace(/^\/+|\/+$/g, "").replace(/\//g, "_").replace(/[^A-Za-z0-9_{}.-]/g, "-") || "root";
    let stem = `${operation.method}_${slug}`;
    if (stem.length > MAX_STEM) stem = `${stem.slice(0, MAX_STEM - 17)}_${checksumOf(stem)}`;
    let name = `${stem}.yaml`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}_${n}.yaml`;
    taken.add(name.toLowerCase());
    names.set(operation, name);
  }
  return names;
}

// src/core/mock/mock-files/render-mock-files.ts
var DEFAULT_SEED = "mockforge";
function renderMockFiles(contract, options = {}) {
  const seed = options.seed ?? DEFAULT_SEED;
  const names = assignFileNames(contract.operations);
  const validator = new SchemaValidator(contract);
  return contract.operations.map((operation) => {
    const title = `${operation.method.toUpperCase()} ${operation.path}`;
    const document = new import_yaml.Document(
      { operation: { method: operation.method.toUpperCase(), path: operation.path }, responses: {} },
      { version: "1.2" }
    );
    const responses = document.get("responses");
    for (const [status, response] of renderResponses(contract, operation, seed, validator, options.root)) {
      const pair = document.createPair(status, response.data);
      if ((0, import_yaml.isScalar)(pair.key))
        pair.key.commentBefore = [response.where, ...response.notes].map((l) => ` ${l}`).join("\n");
      responses.items.push(pair);
    }
    const data = document.toString({ lineWidth: 0, minContentWidth: 0, singleQuote: true });
    const where = locate(contract, operation.pointer, options.root);
    const idText = operation.operationId ? ` (operationId ${operation.operationId})` : "";
    const header = `# Mock data for ${title}${idText}
# from ${where}, written by 'mockforge generate' (seed '${seed}').
# Edit freely: the mock serves these bodies, headers and named examples (Prefer: example=<name>).
# An edited file is kept by the next generate (its data no longer matches this checksum) unless --force.
`;
    return { name: names.get(operation), operation: title, text: header + checksumLine(data) + data };
  });
}
function renderResponses(contract, operation, seed, validator, root) {
  const out = /* @__PURE__ */ new Map();
  const doc = contract.document;
  const responses = resolveChild(doc, operation.pointer, "responses");
  for (const status of Object.keys(responses?.node ?? {})) {
    const response = resolveChild(doc, responses?.pointer ?? "", status);
    if (!response) continue;
    const key = `${seed}:${operation.method} ${operation.path} ${status}`;
    const data = {};
    const notes = [];
    const headers = renderHeaders(contract, response.pointer, key, validator);
    if (Object.keys(headers).length > 0) data.headers = headers;
    const content = {};
    const media = resolveChild(doc, response.pointer, "content");
    for (const mediaType of Object.keys(media?.node ?? {})) {
      const resolved = resolveChild(doc, media?.pointer ?? "", mediaType);
      if (!resolved) continue;
      const node = resolved.node;
      const entry = {};
      const context = {
        document: doc,
        openapi: contract.openapi,
        direction: "response",
        seed: `${key} ${mediaType}`
      };
      const validate = () => validator.fitsPointer(appendPointer(resolved.pointer, "schema"), "response");
      const examples = namedExamples(node, doc);
      if ("schema" in node || "example" in node || examples.size > 0) entry.body = chooseBody(node, context, validate);
      if ("schema" in node) {
        for (const [name, value] of examples) {
          if (validate()(value)) continue;
          examples.delete(name);
          notes.push(`example '${name}' of ${mediaType} left out: it does not fit the contract's own schema`);
        }
      }
      if (examples.size > 0) entry.examples = Object.fromEntries(examples);
      content[mediaType] = entry;
    }
    if (Object.keys(content).length > 0) data.content = content;
    out.set(status, { where: locate(contract, response.pointer, root), notes, data });
  }
  return out;
}
function chooseBody(node, context, fits) {
  const value = generateExample(node, context);
  if (!("schema" in node)) return value;
  if (fits()(value)) return value;
  return generateFitting(node.schema, context, fits());
}
function renderHeaders(contract, responsePointer, key, validator) {
  const out = {};
  const doc = contract.document;
  const headers = resolveChild(doc, responsePointer, "headers");
  for (const name of Object.keys(headers?.node ?? {})) {
    if (name.toLowerCase() === "content-type") continue;
    const header = resolveChild(doc, headers?.pointer ?? "", name);
    if (!header) continue;
    const context = { document: doc, openapi: contract.openapi, direction: "response", seed: `${key} header` };
    out[name] = chooseBody(
      header.node,
      { ...context, propertyPath: [name] },
      () => validator.fitsPointer(appendPointer(header.pointer, "schema"), "response")
    );
  }
  return out;
}
function locate(contract, pointer, root) {
  const { file, line } = contract.sourceMap.locate(pointer);
  return `${relative(root ?? `${contract.file}/..`, file)}:${line}`;
}

// src/core/mock/mock-files/write-mock-files.ts
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
function writeMockFiles(contract, outputDir, options = {}) {
  if (existsSync(outputDir) && !statSync(outputDir).isDirectory()) {
    throw new MockforgeError(ErrorCode.UsageInvalid, `${outputDir} exists and is not a folder`, {
      hint: "give --output a folder for the mock data files"
    });
  }
  mkdirSync(outputDir, { recursive: true });
  const written = [];
  for (const rendered of renderMockFiles(contract, options)) {
    const file = join(outputDir, rendered.name);
    const outcome = decide(file, rendered.text, options.force ?? false);
    if (outcome !== "unchanged" && outcome !== "kept") {
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, rendered.text);
      renameSync(temporary, file);
    }
    written.push({ file, operation: rendered.operation, outcome });
  }
  return written;
}
function decide(file, text, force) {
  if (!existsSync(file)) return "created";
  const current = readFileSync(file, "utf8");
  if (current === text) return "unchanged";
  if (isUntouched(current)) return "updated";
  return force ? "overwritten" : "kept";
}

// src/cli/commands/generate.ts
var command = {
  name: "generate",
  summary: "write editable mock data (one YAML file per operation) from a contract",
  usage: `
Usage: mockforge generate --from-openapi <contract> --output <dir> [--seed <s>] [--force]
       mockforge generate [--config mockforge.yaml] [--seed <s>] [--force]

Writes one YAML file per operation of the contract into <dir>: for every documented status its headers
and, per media type, the body the mock serves (the contract's example when it fits its own schema,
otherwise data generated from the schema) and its named examples. Shared schemas next to the contract
are found as for every command. The same contract and seed give byte-identical files.
Point a workspace's 'response: from_mock: <dir>' at the folder; hand edits are served.
Without --from-openapi and --output: every 'from_mock' folder of mockforge.yaml, from its workspace's
contract (the tutorial's three commands in one).

A file edited by hand (its data no longer matches the checksum in its header) is kept; --force
overwrites it. Files of operations the contract no longer has are left alone.

Options:
  --from-openapi <file>  the OpenAPI 3.0/3.1 contract (YAML or JSON)
  --output <dir>         folder for the mock data files (created if missing)
  --config <file>        without the two above: the project whose from_mock folders to fill
                         (default: mockforge.yaml)
  --seed <s>             seed of the generated data (default: ${DEFAULT_SEED})
  --force                overwrite files edited by hand
`,
  async run(argv, context) {
    const { values } = parseOptions(
      argv,
      {
        "from-openapi": { type: "string" },
        output: { type: "string" },
        config: { type: "string" },
        seed: { type: "string" },
        force: { type: "boolean" }
      },
      "generate"
    );
    const from = values["from-openapi"];
    const output = values.output;
    const settings = { seed: values.seed ?? DEFAULT_SEED, force: values.force ?? false, root: context.cwd };
    const usage = () => new MockforgeError(ErrorCode.UsageInvalid, "generate needs --from-openapi <contract> and --output <dir>", {
      hint: "mockforge generate --from-openapi contracts/users-service.yaml --output mocks/users-service/ (or, next to mockforge.yaml, no options: every from_mock folder)"
    });
    if (from || output) {
      if (!from || !output) throw usage();
      const contract = loadContract(resolve(context.cwd, from), { root: context.cwd });
      generateInto(contract, resolve(context.cwd, output), settings, context);
      return 0;
    }
    const configPath = resolve(context.cwd, values.config ?? "mockforge.yaml");
    if (values.config === void 0 && !existsSync2(configPath)) throw usage();
    const project = loadProject(configPath);
    let folders = 0;
    for (const workspace of project.config.workspaces) {
      const contract = project.contracts.get(workspace.name);
      const dirs = [...new Set(workspace.endpoints.flatMap((e) => e.fromMock ? [e.fromMock] : []))];
      if (!contract || dirs.length === 0) {
        context.stderr(`${workspace.name}: no from_mock folder, nothing to generate
`);
        continue;
      }
      for (const dir of dirs) generateInto(contract, dir, settings, context);
      folders += dirs.length;
    }
    if (folders === 0) {
      throw new MockforgeError(
        ErrorCode.UsageInvalid,
        `no workspace of ${displayPath(configPath, context.cwd)} has a from_mock folder`,
        { hint: "add 'response: {from_mock: mocks/<service>/}' to an endpoint, or pass --from-openapi and --output" }
      );
    }
    return 0;
  }
};
function generateInto(contract, outputDir, settings, context) {
  const show = (file) => displayPath(file, context.cwd);
  for (const d of contract.diagnostics.filter((d2) => d2.severity === "error")) {
    context.stderr(`${show(d.location.file)}:${d.location.line}: ${d.severity}: ${d.message} [${d.code}]
`);
  }
  const written = writeMockFiles(contract, outputDir, settings);
  const counts = /* @__PURE__ */ new Map();
  for (const file of written) {
    counts.set(file.outcome, (counts.get(file.outcome) ?? 0) + 1);
    const note = file.outcome === "kept" ? " (edited by hand; --force overwrites)" : "";
    context.stdout(`${file.outcome.padEnd(11)} ${show(file.file)}  ${file.operation}${note}
`);
  }
  const summary = [...counts].map(([outcome, n]) => `${n} ${outcome}`).join(", ");
  context.stderr(
    `${contract.title || show(contract.file)}: ${written.length} operation(s) -> ${show(outputDir)}${summary ? ` (${summary})` : ""}
`
  );
}
export {
  command
};
