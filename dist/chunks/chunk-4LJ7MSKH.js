import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  loadScenarioSeeds,
  splitPathKey
} from "./chunk-DSPALI67.js";
import {
  compilePathTemplate,
  matchPathTemplate,
  splitPath,
  templateSpecificity
} from "./chunk-DBPOXZL2.js";
import {
  byStatus,
  compileResponses,
  findResponse,
  findStatus,
  mediaSchema,
  responseBodyFits,
  responseBodyValidator,
  statusKey
} from "./chunk-QYSM2PN3.js";
import {
  SchemaValidator,
  createRandom,
  generateFitting,
  generateValue,
  hashSeed,
  namedExamples,
  patternRegex,
  resolveChild,
  resolveNode
} from "./chunk-6V3Z4ZOA.js";
import {
  isObject
} from "./chunk-SWRZDQDU.js";
import {
  loadContract,
  loadProject,
  resolveLocalRef
} from "./chunk-DCWLXHLC.js";
import {
  appendPointer,
  editDistance,
  isInside,
  parsePointer,
  readSourceFile,
  safeDecode
} from "./chunk-SOK6ZPY4.js";
import {
  ADMIN_PREFIX
} from "./chunk-Z67XE7QP.js";
import {
  ErrorCode,
  MockforgeError
} from "./chunk-RIB3W43H.js";

// src/core/mock/start-mocks.ts
import { basename, join as join2, relative as relative3 } from "node:path";

// src/core/mock/mock-files/create-mock-data-lookup.ts
import { existsSync } from "node:fs";

// src/core/mock/mock-files/mock-data-lookup.ts
function findMockMedia(data, operationPointer, status, mediaType) {
  const operation = data.operations.get(operationPointer);
  if (!operation) return void 0;
  return byStatus(operation.responses, status)?.content.get(mediaType);
}
function findMockBody(data, operationPointer, status, mediaType, example) {
  const media = findMockMedia(data, operationPointer, status, mediaType);
  if (!media) return void 0;
  if (example !== void 0) return media.examples.has(example) ? { value: media.examples.get(example) } : void 0;
  return media.body;
}
function findMockHeaders(data, operationPointer, status) {
  const operation = data.operations.get(operationPointer);
  return (operation && byStatus(operation.responses, status)?.headers) ?? {};
}

// src/core/mock/mock-files/read-mock-files.ts
import { readdirSync, statSync } from "node:fs";
import { join, relative as relative2 } from "node:path";

// src/core/mock/mock-files/check-mock-file.ts
import { relative } from "node:path";
function checkMockFile(contract, validator, data, source) {
  const warnings = [];
  const doc = contract.document;
  const warn = (segments, message) => warnings.push({ file: data.file, line: source.locate(segments).line, message });
  const responses = resolveChild(doc, data.operationPointer, "responses");
  for (const response of data.responses.values()) {
    const at = ["responses", response.status];
    const documented = resolveChild(doc, responses?.pointer ?? "", findKey(responses?.node, response.status));
    if (!documented) {
      warn(at, `status ${response.status} is not documented for ${data.method.toUpperCase()} ${data.path}`);
      continue;
    }
    for (const [name, value] of Object.entries(response.headers)) {
      const headers = resolveChild(doc, documented.pointer, "headers");
      const header = resolveChild(doc, headers?.pointer ?? "", findKey(headers?.node, name));
      if (!header || !("schema" in header.node)) continue;
      const issues = validator.forPointer(appendPointer(header.pointer, "schema"), "response")(value);
      for (const issue of issues) warn([...at, "headers", name], describe(`header ${name}`, issue, data.file));
    }
    for (const media of response.content.values()) {
      const where = [...at, "content", media.mediaType];
      const node = resolveChild(doc, documented.pointer, "content", media.mediaType);
      if (!node) {
        warn(where, `${media.mediaType} is not documented for status ${response.status}`);
        continue;
      }
      if (!("schema" in node.node)) continue;
      const validate = validator.forPointer(appendPointer(node.pointer, "schema"), "response");
      const values = [];
      if (media.body) values.push([[...where, "body"], media.body.value, "body"]);
      for (const [name, value] of media.examples)
        values.push([[...where, "examples", name], value, `example '${name}'`]);
      for (const [segments, value, what] of values) {
        for (const issue of validate(value)) {
          warn([...segments, ...parsePointer(issue.instancePath)], describe(what, issue, data.file));
        }
      }
    }
  }
  return warnings;
}
function findKey(node, key) {
  return Object.keys(node ?? {}).find((k) => k.toLowerCase() === key.toLowerCase()) ?? key;
}
function describe(what, issue, file) {
  const place = issue.instancePath === "" ? "" : ` at ${issue.instancePath}`;
  const contract = `${relative(`${file}/..`, issue.location.file)}:${issue.location.line}`;
  return `${what}${place} does not match the contract: ${issue.message} (schema at ${contract})`;
}

// src/core/mock/mock-files/parse-mock-file.ts
var STATUS_KEY = /^(?:[1-5]\d\d|[1-5]XX|default)$/i;
function parseMockFile(source) {
  const fail = (segments, message, hint) => {
    const { exact: _exact, ...location } = source.locate(segments);
    throw new MockforgeError(ErrorCode.MockDataInvalid, message, {
      location,
      hint: hint ?? "see 'Mock data files' in the README, or regenerate the file with 'mockforge generate --force'"
    });
  };
  const root = source.value;
  if (!isObject(root)) return fail([], "a mock data file must be a mapping with operation: and responses:");
  allowOnly(root, ["operation", "responses"], [], fail);
  const operation = root.operation;
  if (!isObject(operation) || typeof operation.method !== "string" || typeof operation.path !== "string") {
    return fail(["operation"], "operation: must give the contract operation as 'method' and 'path' strings");
  }
  allowOnly(operation, ["method", "path"], ["operation"], fail);
  if (!isObject(root.responses)) return fail(["responses"], "responses: must map status codes to responses");
  const responses = /* @__PURE__ */ new Map();
  for (const [status, raw] of Object.entries(root.responses)) {
    const at = ["responses", status];
    if (!STATUS_KEY.test(status)) fail(at, `'${status}' is not a status code (200, 4XX or default)`);
    const response = raw ?? {};
    if (!isObject(response)) return fail(at, `response ${status} must be a mapping (headers:, content:)`);
    allowOnly(response, ["headers", "content"], at, fail);
    if (response.headers !== void 0 && !isObject(response.headers))
      fail([...at, "headers"], "headers: must map header names to values");
    if (response.content !== void 0 && !isObject(response.content))
      fail([...at, "content"], "content: must map media types to {body, examples}");
    const content = /* @__PURE__ */ new Map();
    for (const [mediaType, entry] of Object.entries(response.content ?? {})) {
      const where = [...at, "content", mediaType];
      const media = entry ?? {};
      if (!isObject(media)) return fail(where, `${mediaType} must be a mapping (body:, examples:)`);
      allowOnly(media, ["body", "examples"], where, fail);
      if (media.examples !== void 0 && !isObject(media.examples))
        fail([...where, "examples"], "examples: must map example names to values");
      content.set(mediaType, {
        mediaType,
        body: "body" in media ? { value: media.body } : void 0,
        examples: new Map(Object.entries(media.examples ?? {})),
        line: source.locate(where).line
      });
    }
    responses.set(statusKey(status), {
      status,
      headers: { ...response.headers ?? {} },
      content,
      line: source.locate(at).line
    });
  }
  return { method: operation.method.toLowerCase(), path: operation.path, responses };
}
function allowOnly(node, allowed, at, fail) {
  for (const key of Object.keys(node)) {
    if (!allowed.includes(key)) fail([...at, key], `unknown key '${key}' (expected ${allowed.join(", ")})`);
  }
}

// src/core/mock/mock-files/read-mock-files.ts
var MAX_FILES = 5e3;
var MAX_FILE_BYTES = 8 * 1024 * 1024;
var MAX_DEPTH = 4;
function readMockFiles(dir, contract, options = {}) {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
  }
  if (!isDir) {
    throw new MockforgeError(ErrorCode.MockDataInvalid, `mock data folder ${dir} does not exist or is not a folder`, {
      hint: "write it with 'mockforge generate --from-openapi <contract> --output <dir>'"
    });
  }
  const data = { dir, operations: /* @__PURE__ */ new Map(), warnings: [] };
  const byRoute = new Map(contract.operations.map((op) => [`${op.method} ${op.path}`, op]));
  const validator = options.check === false ? void 0 : new SchemaValidator(contract);
  for (const file of listFiles(dir)) {
    if (!isInside(dir, file)) {
      throw new MockforgeError(ErrorCode.RefRefused, `${file} resolves outside the mock data folder ${dir}`, {
        location: { file, line: 1, column: 1 },
        hint: "mock data files must live inside their folder (no symlinks out of it)"
      });
    }
    const source = readSourceFile(file, { maxBytes: MAX_FILE_BYTES });
    const parsed = parseMockFile(source);
    const operation = byRoute.get(`${parsed.method} ${parsed.path}`);
    if (!operation) {
      const line = source.locate(["operation"]).line;
      const message = `${parsed.method.toUpperCase()} ${parsed.path} is not an operation of ${contract.title || contract.file}: file ignored`;
      data.warnings.push({ file, line, message });
      continue;
    }
    const existing = data.operations.get(operation.pointer);
    if (existing) {
      const line = source.locate(["operation"]).line;
      const message = `${parsed.method.toUpperCase()} ${parsed.path} is already given by ${relative2(dir, existing.file)}: file ignored`;
      data.warnings.push({ file, line, message });
      continue;
    }
    const entry = {
      file,
      method: parsed.method,
      path: parsed.path,
      operationPointer: operation.pointer,
      responses: parsed.responses
    };
    data.operations.set(operation.pointer, entry);
    if (validator) data.warnings.push(...checkMockFile(contract, validator, entry, source));
  }
  return data;
}
function listFiles(dir, depth = 0, out = []) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (cause) {
    throw new MockforgeError(ErrorCode.MockDataInvalid, `cannot read mock data folder ${dir}`, { cause });
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory() && depth < MAX_DEPTH) listFiles(path, depth + 1, out);
    else if ((entry.isFile() || entry.isSymbolicLink()) && /\.(ya?ml|json)$/i.test(entry.name)) out.push(path);
    if (out.length > MAX_FILES) {
      throw new MockforgeError(ErrorCode.MockDataInvalid, `${dir} holds more than ${MAX_FILES} mock data files`, {
        hint: "point from_mock at the folder mockforge generate wrote"
      });
    }
  }
  return out;
}

// src/core/mock/mock-files/create-mock-data-lookup.ts
function createMockDataLookup(config, contracts, warn = () => {
}) {
  const byWorkspace = /* @__PURE__ */ new Map();
  for (const workspace of config.workspaces) {
    const contract = contracts.get(workspace.name);
    if (!contract) continue;
    const dirs = [...new Set(workspace.endpoints.flatMap((e) => e.fromMock ? [e.fromMock] : []))];
    const found = dirs.filter((dir) => existsSync(dir)).map((dir) => readMockFiles(dir, contract));
    for (const data of found) for (const warning of data.warnings) warn(warning);
    if (found.length > 0) byWorkspace.set(workspace.name, found);
  }
  if (byWorkspace.size === 0) return void 0;
  const dataOf = (workspace) => byWorkspace.get(workspace) ?? [];
  return {
    body(workspace, operationPointer, status, mediaType, example) {
      for (const data of dataOf(workspace)) {
        const body = findMockBody(data, operationPointer, status, mediaType, example);
        if (body) return body;
      }
      return void 0;
    },
    headers(workspace, operationPointer, status) {
      return Object.assign({}, ...dataOf(workspace).map((data) => findMockHeaders(data, operationPointer, status)));
    },
    exampleNames(workspace, operationPointer, status, mediaType) {
      return dataOf(workspace).flatMap((data) => [
        ...findMockMedia(data, operationPointer, status, mediaType)?.examples.keys() ?? []
      ]);
    }
  };
}

// src/core/mock/server/mock-server.ts
import { createServer } from "node:http";
import { performance as performance3 } from "node:perf_hooks";

// src/core/mock/faults.ts
var NONE = { delayMs: 0, errorStatus: void 0 };
function createFaultInjector(seed) {
  const random = createRandom(seed);
  return (faults) => {
    if (!faults) return NONE;
    const { min, max } = faults.latencyMs ?? { min: 0, max: 0 };
    const delayMs = max > min ? Math.round(min + random() * (max - min)) : min;
    const failing = faults.errorRate !== void 0 && faults.errorRate > 0 && random() < faults.errorRate;
    return { delayMs, errorStatus: failing ? faults.errorStatus ?? 503 : void 0 };
  };
}
function mergeFaults(workspace, endpoint) {
  if (!workspace) return endpoint;
  if (!endpoint) return workspace;
  return { ...workspace, ...endpoint };
}

// src/core/mock/http/client-error.ts
import { maxHeaderSize } from "node:http";

// src/core/mock/http/problem.ts
var PROBLEM_CONTENT_TYPE = "application/problem+json";
function createProblem(status, title, detail, extensions = {}) {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return { type: `https://mockforge.dev/problems/${slug}`, title, status, detail, ...extensions };
}

// src/core/mock/http/client-error.ts
function answerClientError(error, socket) {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const problem = error.code === "HPE_HEADER_OVERFLOW" ? createProblem(
    431,
    "Request Header Fields Too Large",
    `the request headers are larger than ${Math.round(maxHeaderSize / 1024)} KiB`
  ) : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? createProblem(408, "Request Timeout", "the request did not arrive in time") : createProblem(400, "Bad Request", `malformed HTTP request (${error.code ?? error.message})`);
  const body = JSON.stringify(problem);
  socket.end(
    `HTTP/1.1 ${problem.status} ${problem.title}\r
Content-Type: ${PROBLEM_CONTENT_TYPE}\r
Content-Length: ${Buffer.byteLength(body)}\r
Connection: close\r
\r
${body}`
  );
}

// src/core/mock/journal.ts
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname } from "node:path";
var Journal = class {
  #limit;
  #entries = [];
  #stream;
  #total = 0;
  constructor(options = {}) {
    this.#limit = options.limit ?? 1e4;
    if (options.file) {
      mkdirSync(dirname(options.file), { recursive: true });
      this.#stream = createWriteStream(options.file, { flags: "a" });
    }
  }
  add(entry) {
    this.#total++;
    this.#entries.push(entry);
    if (this.#entries.length > this.#limit * 1.5) this.#entries = this.#entries.slice(-this.#limit);
    this.#stream?.write(`${JSON.stringify(entry)}
`);
  }
  list(filter = {}) {
    let out = this.#entries.slice(-this.#limit);
    if (filter.workspace) out = out.filter((e) => e.workspace === filter.workspace);
    if (filter.limit !== void 0 && filter.limit >= 0) out = out.slice(-filter.limit);
    return out;
  }
  get total() {
    return this.#total;
  }
  clear() {
    this.#entries = [];
  }
  /** Flushes and closes the journal file. */
  close() {
    const stream = this.#stream;
    this.#stream = void 0;
    if (!stream) return Promise.resolve();
    return new Promise((resolve) => stream.end(resolve));
  }
};

// src/core/mock/state/store.ts
var StateStore = class {
  #collections = /* @__PURE__ */ new Map();
  #deleted = /* @__PURE__ */ new Map();
  #counters = /* @__PURE__ */ new Map();
  get(collection, id) {
    return this.#collections.get(collection)?.get(id);
  }
  has(collection, id) {
    return this.#collections.get(collection)?.has(id) ?? false;
  }
  isDeleted(collection, id) {
    return this.#deleted.get(collection)?.has(id) ?? false;
  }
  list(collection) {
    return [...this.#collections.get(collection)?.values() ?? []];
  }
  count(collection) {
    return this.#collections.get(collection)?.size ?? 0;
  }
  ids(collection) {
    return [...this.#collections.get(collection)?.keys() ?? []];
  }
  put(collection, id, record) {
    const records = this.#collections.get(collection) ?? /* @__PURE__ */ new Map();
    this.#collections.set(collection, records);
    const stored = Object.freeze(structuredClone(record));
    records.set(id, stored);
    this.#deleted.get(collection)?.delete(id);
    return stored;
  }
  delete(collection, id) {
    const removed = this.#collections.get(collection)?.delete(id) ?? false;
    const deleted = this.#deleted.get(collection) ?? /* @__PURE__ */ new Set();
    this.#deleted.set(collection, deleted);
    deleted.add(id);
    return removed;
  }
  /** The next free id of the form `<singular>_<n>` for a collection (deterministic per reset). */
  nextId(collection, prefix) {
    let n = this.#counters.get(collection) ?? 1e3;
    let id;
    do {
      n += 1;
      id = `${prefix}_${n}`;
    } while (this.has(collection, id) || this.isDeleted(collection, id));
    this.#counters.set(collection, n);
    return id;
  }
  clear() {
    this.#collections = /* @__PURE__ */ new Map();
    this.#deleted = /* @__PURE__ */ new Map();
    this.#counters = /* @__PURE__ */ new Map();
  }
  /** Every collection with its records, sorted by name, for the admin state dump. */
  dump() {
    const out = {};
    for (const name of [...this.#collections.keys()].sort()) out[name] = this.list(name);
    return out;
  }
  get size() {
    let total = 0;
    for (const records of this.#collections.values()) total += records.size;
    return total;
  }
};

// src/core/mock/server/respond.ts
import { validateHeaderName, validateHeaderValue } from "node:http";
function jsonReply(status, value, headers = {}) {
  return {
    status,
    headers: { "content-type": "application/json", ...headers },
    body: Buffer.from(JSON.stringify(value))
  };
}
function problemReply(status, title, detail, extensions = {}, headers = {}) {
  return {
    status,
    headers: { "content-type": PROBLEM_CONTENT_TYPE, ...headers },
    body: Buffer.from(JSON.stringify(createProblem(status, title, detail, extensions)))
  };
}
var CONNECTION_HEADERS = /* @__PURE__ */ new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "content-length",
  "content-encoding"
]);
function sendReply(response, reply, head) {
  if (response.headersSent || response.destroyed) return;
  const headers = {};
  for (const [name, value] of Object.entries(reply.headers)) {
    if (!CONNECTION_HEADERS.has(name.toLowerCase()) && isSendable(name, value)) headers[name] = value;
  }
  const bodiless = reply.status === 204 || reply.status === 304;
  if (reply.body && !bodiless) headers["content-length"] = String(reply.body.length);
  response.writeHead(reply.status, headers);
  if (head || !reply.body || bodiless) response.end();
  else response.end(reply.body);
}
function isSendable(name, value) {
  try {
    validateHeaderName(name);
    for (const item of Array.isArray(value) ? value : [value]) validateHeaderValue(name, item);
    return true;
  } catch {
    return false;
  }
}

// src/core/mock/response/example-data.ts
function contractExample(mediaType, document) {
  if ("example" in mediaType) return { value: mediaType.example };
  const first2 = namedExamples(mediaType, document).values().next();
  if (!first2.done) return { value: first2.value };
  const schema = resolveLocalRef(document, mediaType.schema);
  if (schema && "example" in schema) return { value: schema.example };
  return void 0;
}
function generateValid(schema, context, fits) {
  const generate = { document: context.document, openapi: context.openapi, direction: "response" };
  return generateFitting(schema ?? {}, { ...generate, seed: String(context.seed) }, fits ?? (() => true));
}
function generateForSchema(schema, context, direction, propertyPath) {
  return generateValue(schema ?? {}, {
    document: context.document,
    openapi: context.openapi,
    direction,
    seed: String(context.seed),
    ...propertyPath ? { propertyPath: [propertyPath] } : {}
  });
}

// src/core/mock/response/choose-body.ts
function chooseStaticBody(workspace, context, operationPointer, status, media, preferences) {
  const data = { document: workspace.contract.document, openapi: workspace.contract.openapi };
  const files = operationPointer ? context.mockData : void 0;
  const fileArgs = [workspace.config.name, operationPointer ?? "", status, media.mediaType];
  if (preferences.example !== void 0) {
    const fromFiles2 = files?.body(...fileArgs, preferences.example);
    if (fromFiles2) return fromFiles2;
    if (media.examples.has(preferences.example)) return { value: media.examples.get(preferences.example) };
    const available = [.../* @__PURE__ */ new Set([...files?.exampleNames(...fileArgs) ?? [], ...media.examples.keys()])];
    return {
      reply: problemReply(
        404,
        "Example not found",
        `no example named '${preferences.example}' for ${status} ${media.mediaType}`,
        { available }
      )
    };
  }
  if (preferences.dynamic) {
    const seed = hashSeed(context.workspaceId, media.pointer, ++context.dynamicCounter.value);
    const fits = workspace.config.validateResponses ? responseBodyFits(workspace.validator, media) : void 0;
    return { value: generateValid(media.node.schema, { ...data, seed }, fits) };
  }
  const fromFiles = files?.body(...fileArgs);
  if (fromFiles) return fromFiles;
  const key = `${workspace.config.name}:${media.pointer}`;
  if (!context.staticValues.has(key)) {
    const seed = hashSeed(context.workspaceId, media.pointer);
    const fits = workspace.config.validateResponses ? responseBodyFits(workspace.validator, media) : void 0;
    const example = contractExample(media.node, data.document);
    const value = example && (!fits || fits(example.value)) ? example.value : generateValid(media.node.schema, { ...data, seed }, fits);
    context.staticValues.set(key, deepFreeze(value));
  }
  return { value: context.staticValues.get(key) };
}
function deepFreeze(value) {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// src/core/mock/state/resources.ts
function linkTarget(field) {
  const match = /^(.+?)_?[iI]d$/.exec(field);
  if (!match?.[1] || field === "id") return void 0;
  return pluralize(match[1].toLowerCase());
}
function pluralize(word) {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}
function singularize(word) {
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (/(ses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}
var isParam = (segment) => segment.includes("{");
function inferResources(contract) {
  const paths = new Set(contract.operations.map((o) => o.path));
  const collections = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const segments = splitPath(path);
    const last = segments.at(-1);
    if (last && isParam(last) && segments.length >= 2 && !isParam(segments.at(-2))) {
      const parent = `/${segments.slice(0, -1).join("/")}`;
      const suffix = last.replace(/^.*\}/, "");
      collections.set(suffix !== "" && paths.has(parent + suffix) ? parent + suffix : parent, path);
    }
  }
  for (const operation of contract.operations) {
    const last = splitPath(operation.path).at(-1);
    if (!last || isParam(last) || collections.has(operation.path)) continue;
    if (operation.method === "post" && !getsOneObject(contract, operation.path))
      collections.set(operation.path, void 0);
  }
  const resources = [];
  for (const [collectionPath, itemPath] of collections) {
    const name = splitPath(collectionPath).at(-1).toLowerCase().replace(/\.[a-z0-9]+$/, "");
    const schemaPointer = findRecordSchema(contract, collectionPath, itemPath);
    const schema = schemaPointer ? resolveNode(contract.document, schemaPointer)?.node : void 0;
    const properties = collectProperties(contract.document, schema);
    const singular = singularize(name);
    const itemParam = itemPath ? itemParameter(contract, itemPath) : void 0;
    const looseItemParam = itemParam ? looseName(String(itemParam.name)) : void 0;
    const idField = ("id" in properties ? "id" : void 0) ?? Object.keys(properties).find((field) => looseName(field) === looseItemParam) ?? [`${singular}_id`, "sid"].find((field) => field in properties) ?? "id";
    const closed = schema !== void 0 && (schema.additionalProperties === false || "oneOf" in schema || "anyOf" in schema);
    const linkFields = Object.keys(properties).filter((f) => f !== idField && linkTarget(f) !== void 0);
    const nestedLinkFields = /* @__PURE__ */ new Map();
    for (const [field, sub] of Object.entries(properties)) {
      const items = resolveSchema(contract.document, sub);
      if (items?.type !== "array") continue;
      const inner = collectProperties(contract.document, resolveSchema(contract.document, items.items));
      const links = Object.keys(inner).filter((f) => linkTarget(f) !== void 0);
      if (links.length > 0) nestedLinkFields.set(field, links);
    }
    const parentLinks = findParentLinks(collectionPath, linkFields);
    const requiredFields = Array.isArray(schema?.required) ? schema.required.map(String) : [];
    resources.push({
      name,
      singular,
      idField,
      idInRecord: idField in properties || !closed,
      idSchema: resolveSchema(contract.document, properties[idField] ?? itemParam?.schema),
      properties: new Map(Object.entries(properties).map(([key, sub]) => [key, resolveSchema(contract.document, sub)])),
      propertiesByLooseName: new Map(Object.keys(properties).map((key) => [looseName(key), key])),
      closed,
      collectionPath,
      itemPath,
      schemaPointer,
      requiredFields,
      linkFields,
      nestedLinkFields,
      parentLinks
    });
  }
  return resources;
}
var looseName = (name) => name.toLowerCase().replace(/[_-]/g, "");
function itemParameter(contract, itemPath) {
  const name = /\{([^}]+)\}[^/]*$/.exec(itemPath)?.[1];
  const operation = contract.operations.find((o) => o.path === itemPath);
  return operation?.parameters.find((p) => p.in === "path" && p.name === name);
}
function getsOneObject(contract, path) {
  const doc = contract.document;
  const responses = resolveChild(doc, appendPointer("/paths", path, "get"), "responses");
  if (!responses) return false;
  const success = Object.keys(responses.node).find((code) => /^2\d\d$/.test(code));
  const content = success ? resolveChild(doc, responses.pointer, success, "content") : void 0;
  const mediaType = Object.keys(content?.node ?? {}).find((m) => m.includes("json"));
  const schema = content && mediaType ? resolveSchema(doc, resolveChild(doc, content.pointer, mediaType)?.node.schema) : void 0;
  if (!schema || schema.type === "array") return false;
  const properties = collectProperties(doc, schema);
  const fields = Object.values(properties);
  return fields.length > 0 && !fields.some((sub) => resolveSchema(doc, sub)?.type === "array");
}
function findParentLinks(collectionPath, linkFields) {
  const segments = splitPath(collectionPath);
  const links = [];
  segments.forEach((segment, i) => {
    const parent = segments[i - 1];
    const param = /^\{([^}]+)\}$/.exec(segment)?.[1];
    if (!param || !parent || isParam(parent)) return;
    const parentName = parent.toLowerCase().replace(/\.[a-z0-9]+$/, "");
    const field = linkFields.find((f) => linkTarget(f) === parentName);
    if (field) links.push({ param, field });
  });
  return links;
}
function resolveSchema(document, schema) {
  const resolved = resolveLocalRef(document, schema);
  return isObject(resolved) ? resolved : void 0;
}
function collectProperties(document, schema, depth = 0) {
  if (!schema || depth > 5) return {};
  const out = { ...schema.properties ?? {} };
  for (const branch of [...schema.allOf ?? []]) {
    Object.assign(out, collectProperties(document, resolveSchema(document, branch), depth + 1));
  }
  return out;
}
function findRecordSchema(contract, collectionPath, itemPath) {
  const doc = contract.document;
  const jsonSchema = (path, method) => {
    const responses = resolveChild(doc, appendPointer("/paths", path, method), "responses");
    if (!responses) return void 0;
    const codes = Object.keys(responses.node).filter((c) => /^2\d\d$/.test(c)).sort();
    for (const code of codes) {
      const content = resolveChild(doc, responses.pointer, code, "content");
      const mediaType = Object.keys(content?.node ?? {}).find((m) => m.includes("json"));
      if (content && mediaType && resolveChild(doc, content.pointer, mediaType, "schema")) {
        return appendPointer(content.pointer, mediaType, "schema");
      }
    }
    return void 0;
  };
  if (itemPath) {
    const fromItem = jsonSchema(itemPath, "get");
    if (fromItem) return fromItem;
  }
  const fromPost = jsonSchema(collectionPath, "post");
  if (fromPost) return fromPost;
  const list = jsonSchema(collectionPath, "get");
  if (!list) return void 0;
  const schema = resolveNode(doc, list);
  if (schema?.node.type === "array") return resolveNode(doc, appendPointer(schema.pointer, "items"))?.pointer;
  for (const [key, sub] of Object.entries(schema?.node.properties ?? {})) {
    if (resolveSchema(doc, sub)?.type === "array") {
      return resolveNode(doc, appendPointer(schema?.pointer ?? "", "properties", key, "items"))?.pointer;
    }
  }
  return void 0;
}

// src/core/mock/state/mint-id.ts
var CONSTRAINING = ["pattern", "format", "enum", "const", "minLength", "maxLength"];
function mintId(binding, readable, seed) {
  const schema = binding?.resource.idSchema;
  if (!binding || !schema || !constrains(schema)) return readable;
  const value = generateForSchema(schema, { ...binding.data, seed }, "response");
  return typeof value === "string" || typeof value === "number" ? String(value) : readable;
}
function idValue(binding, id) {
  const type = binding?.resource.idSchema?.type;
  return (type === "integer" || type === "number") && id.trim() !== "" && Number.isFinite(Number(id)) ? Number(id) : id;
}
function idFits(binding, id) {
  const schema = binding?.resource.idSchema;
  if (!schema) return true;
  const type = schema.type;
  if ((type === "integer" || type === "number") && !(id.trim() !== "" && Number.isFinite(Number(id)))) return false;
  if (Array.isArray(schema.enum) && !schema.enum.map(String).includes(id)) return false;
  if (typeof schema.minLength === "number" && id.length < schema.minLength) return false;
  if (typeof schema.maxLength === "number" && id.length > schema.maxLength) return false;
  return typeof schema.pattern !== "string" || patternRegex(schema.pattern)?.test(id) !== false;
}
function constrains(schema) {
  return CONSTRAINING.some((keyword) => keyword in schema) || schema.type === "integer" || schema.type === "number";
}

// src/core/mock/state/seed-state.ts
var SEEDED_PER_COLLECTION = 3;
function seedPersonas(options) {
  const pools = /* @__PURE__ */ new Map();
  for (const [name, binding] of options.bindings) {
    const ids = new Set(options.store.ids(name));
    let n = 0;
    while (ids.size < SEEDED_PER_COLLECTION + options.store.ids(name).length && n < 50) {
      const seed = hashSeed(options.workspaceId, name, n++);
      ids.add(mintId(binding, `${binding.resource.singular}_${100 + seed % 900}`, seed));
    }
    pools.set(name, [...ids].sort());
  }
  for (const [name, pool] of pools) {
    for (const id of pool) {
      if (!options.store.has(name, id)) options.store.put(name, id, createPersona(options, name, id, pools));
    }
  }
}
function createPersona(options, collection, id, pools) {
  const binding = options.bindings.get(collection);
  const seed = hashSeed(options.workspaceId, collection, id);
  const generated = binding?.resource.schemaPointer ? generateForSchema(
    resolveNode(binding.data.document, binding.resource.schemaPointer)?.node,
    { ...binding.data, seed },
    "response"
  ) : {};
  const record = isObject(generated) ? generated : {};
  if (!binding) return { id };
  if (binding.resource.idInRecord) record[binding.resource.idField] = idValue(binding, id);
  const pick = (field, salt) => {
    const target = linkTarget(field);
    const ids = target ? pools?.get(target) ?? options.store.ids(target) : [];
    return ids.length > 0 ? ids[hashSeed(seed, field, salt) % ids.length] : void 0;
  };
  for (const field of binding.resource.linkFields) {
    const linked = pick(field, 0);
    if (linked !== void 0 && typeof record[field] !== "number") record[field] = linked;
  }
  for (const [field, links] of binding.resource.nestedLinkFields) {
    const items = record[field];
    if (!Array.isArray(items)) continue;
    items.forEach((item, index) => {
      if (!item || typeof item !== "object") return;
      for (const link of links) {
        const linked = pick(link, index + 1);
        if (linked !== void 0 && typeof item[link] !== "number") item[link] = linked;
      }
    });
  }
  return record;
}

// src/core/mock/server/boot-state.ts
function buildBindings(workspaces) {
  const byContract = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  for (const { contract } of workspaces) {
    if (byContract.has(contract)) continue;
    const resources = inferResources(contract);
    byContract.set(contract, resources);
    for (const resource of resources) {
      const known = byName.get(resource.name);
      const data = { document: contract.document, openapi: contract.openapi };
      if (known?.resource.schemaPointer && resource.schemaPointer) {
        if (signature(known) !== signature({ resource, data }))
          resource.name = `${resource.name}@${resource.collectionPath}`;
      }
      const current = byName.get(resource.name);
      if (!current || !current.resource.schemaPointer && resource.schemaPointer)
        byName.set(resource.name, { resource, data });
    }
  }
  return { byContract, byName };
}
function signature(binding) {
  const pointer = binding.resource.schemaPointer;
  const node = pointer ? resolveNode(binding.data.document, pointer)?.node : void 0;
  return JSON.stringify(node ?? null);
}
function assignScenarioSeeds(workspaces, seeds, stateEnabled) {
  const canned = /* @__PURE__ */ new Map();
  const records = [];
  const notices = [];
  for (const seed of seeds) {
    deepFreeze(seed.responseBody);
    const candidates = seed.service ? workspaces.filter((w) => w.config.name === seed.service) : workspaces;
    let placed = false;
    for (const workspace of candidates) {
      const base = workspace.baseSegments;
      if (base.some((s, i) => seed.segments[i] !== s)) continue;
      const match = workspace.table.match(seed.method, seed.segments.slice(base.length), seed.path);
      if (match.kind !== "found") continue;
      placed = true;
      const binding = match.route.resource;
      const body = seed.responseBody;
      const isRecord = isObject(body);
      if (stateEnabled && binding?.role === "collection" && seed.method === "GET" && seed.status < 300) {
      } else if (stateEnabled && binding?.role === "item" && seed.method === "GET" && seed.status < 300 && isRecord) {
        const id = Object.values(match.params).at(-1) ?? "";
        records.push({ collection: binding.resource.name, id, record: { ...body } });
      } else {
        const list = canned.get(workspace.config.name) ?? [];
        list.push(seed);
        canned.set(workspace.config.name, list);
      }
      break;
    }
    if (!placed && seed.service && candidates.length > 0) {
      notices.push(`scenario step '${seed.step}' (${seed.method} ${seed.path}) matches no route of '${seed.service}'`);
    }
  }
  return { canned, records, notices };
}
function seedStore(context, records) {
  for (const record of mockFileRecords(context)) context.store.put(record.collection, record.id, record.record);
  for (const { collection, id, record } of records) context.store.put(collection, id, record);
  seedPersonas(context.personas);
}
function mockFileRecords(context) {
  const lookup = context.mockData;
  if (!lookup) return [];
  const out = [];
  for (const workspace of context.workspaces) {
    for (const route of workspace.table.routes) {
      const binding = route.resource;
      const primary = route.responses?.primary;
      if (binding?.role !== "item" || route.method !== "GET" || !route.operation || !primary) continue;
      for (const media of primary.spec.media) {
        const found = lookup.body(workspace.config.name, route.operation.pointer, primary.status, media.mediaType);
        const body = found?.value;
        if (!isObject(body)) continue;
        const id = body[binding.resource.idField];
        if (typeof id === "string" || typeof id === "number") {
          out.push({ collection: binding.resource.name, id: String(id), record: { ...body } });
        }
      }
    }
  }
  return out;
}

// src/core/mock/server/handle-request.ts
import { performance as performance2 } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

// src/core/mock/http/cors.ts
function corsHeaders(request) {
  const origin = request.headers.origin;
  if (origin === void 0) return void 0;
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-credentials": "true",
    "access-control-expose-headers": "*",
    vary: "Origin"
  };
}
function isPreflight(request) {
  return request.method === "OPTIONS" && request.headers["access-control-request-method"] !== void 0;
}
function preflightHeaders(request) {
  return {
    ...corsHeaders(request) ?? { "access-control-allow-origin": "*" },
    "access-control-allow-methods": "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS",
    "access-control-allow-headers": String(request.headers["access-control-request-headers"] ?? "*"),
    "access-control-max-age": "600"
  };
}

// src/core/mock/http/parse-target.ts
function parseTarget(url) {
  const raw = url ?? "/";
  if (raw.length > 8192) return { ok: false, detail: "request target is longer than 8192 characters" };
  const q = raw.indexOf("?");
  const path = q < 0 ? raw : raw.slice(0, q);
  if (!path.startsWith("/")) return { ok: false, detail: "request target must start with /" };
  const segments = [];
  for (const part of path.split("/")) {
    if (part === "") continue;
    let decoded;
    try {
      decoded = part.includes("%") ? decodeURIComponent(part) : part;
    } catch {
      return { ok: false, detail: `bad percent-encoding in '${part}'` };
    }
    if (decoded === ".." || decoded === "." || decoded.includes("\0") || decoded.includes("/") || decoded.includes("\\")) {
      return { ok: false, detail: `path segment '${part}' is not allowed (no dot segments or encoded separators)` };
    }
    segments.push(decoded);
  }
  const query = /* @__PURE__ */ Object.create(null);
  if (q >= 0) {
    for (const [key, value] of new URLSearchParams(raw.slice(q + 1))) {
      const existing = query[key];
      if (existing === void 0) query[key] = value;
      else if (Array.isArray(existing)) existing.push(value);
      else query[key] = [existing, value];
    }
  }
  return { ok: true, target: { path, segments, query } };
}

// src/core/mock/http/prefer.ts
function parsePrefer(header) {
  const preferences = {};
  if (!header) return preferences;
  const text = Array.isArray(header) ? header.join(",") : header;
  for (const part of text.split(/[,;]/)) {
    const index = part.indexOf("=");
    if (index < 0) continue;
    const key = part.slice(0, index).trim().toLowerCase();
    const value = part.slice(index + 1).trim().replace(/^"(.*)"$/, "$1");
    if (key === "code" && /^\d{3}$/.test(value)) preferences.code = Number(value);
    else if (key === "example" && value !== "") preferences.example = value;
    else if (key === "dynamic") preferences.dynamic = value === "true";
  }
  return preferences;
}

// src/core/mock/validation/request-validator.ts
function compileRequestValidator(contract, operation, coercing, strict, compile = true) {
  const parameters = [];
  for (const location of ["path", "query", "header"]) {
    const own = operation.parameters.filter((p) => p.in === location);
    if (own.length === 0 || !compile) continue;
    const names = /* @__PURE__ */ new Map();
    const properties = {};
    const required = [];
    for (const parameter of own) {
      const name = String(parameter.name);
      const key = location === "header" ? name.toLowerCase() : name;
      names.set(key, name);
      properties[key] = parameter.schema ?? {};
      if (parameter.required === true || location === "path") required.push(key);
    }
    const schema = { type: "object", properties, required };
    parameters.push({
      in: location,
      names,
      validate: coercing.forSchema(schema, appendPointer(operation.pointer, "parameters"), "request")
    });
  }
  return { parameters, body: compileBody(contract, operation, coercing, strict, compile) };
}
var FORM_MEDIA_TYPE = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;
function compileBody(contract, operation, coercing, strict, compile) {
  const body = resolveChild(contract.document, operation.pointer, "requestBody");
  if (!body) return void 0;
  const content = resolveChild(contract.document, body.pointer, "content");
  const media = /* @__PURE__ */ new Map();
  for (const mediaType of Object.keys(content?.node ?? {})) {
    const schemaPointer = appendPointer(body.pointer, "content", mediaType, "schema");
    const schema = resolveNode(contract.document, appendPointer(body.pointer, "content", mediaType));
    const hasSchema = compile && schema !== void 0 && "schema" in schema.node;
    const validator = FORM_MEDIA_TYPE.test(mediaType) ? coercing : strict;
    media.set(mediaType, hasSchema ? validator.forPointer(schemaPointer, "request") : void 0);
  }
  return { required: body.node.required === true, media };
}
function validateParameters(validator, parts) {
  const issues = [];
  for (const group of validator.parameters) {
    const values = {};
    for (const [key] of group.names) {
      const value = group.in === "path" ? parts.path[key] : group.in === "query" ? parts.query[key] : parts.headers[key];
      if (value !== void 0) values[key] = value;
    }
    for (const issue of group.validate(values)) {
      const [, key = "", ...rest] = issue.instancePath.split("/");
      const name = group.names.get(key) ?? key;
      issues.push({
        in: group.in,
        name,
        message: `${rest.length > 0 ? `/${rest.join("/")} ` : ""}${issue.message}`,
        location: `${issue.location.file}:${issue.location.line}`
      });
    }
  }
  return issues;
}
function validateBody(validate, body) {
  if (!validate) return [];
  return validate(body).map((issue) => ({
    in: "body",
    name: issue.instancePath || "/",
    message: issue.message,
    location: `${issue.location.file}:${issue.location.line}`
  }));
}

// src/core/mock/server/admin.ts
function handleAdmin(workspace, context, request, method, target) {
  request.resume();
  const action = target.segments.slice(1).join("/");
  const first2 = (key) => {
    const value = target.query[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const read = method === "GET" || method === "HEAD";
  if (action === "health" && read) {
    return jsonReply(200, {
      status: "ok",
      workspace: workspace.config.name,
      pid: process.pid,
      uptimeMs: Math.round(performance.now() - context.startedAt),
      workspaces: context.workspaces.map((w) => ({ name: w.config.name, port: w.config.port }))
    });
  }
  if (action === "reset" && method === "POST") {
    context.reseed();
    if (first2("journal") === "true") context.journal.clear();
    return jsonReply(200, { status: "reset", records: context.store.size });
  }
  if (action === "state" && read) {
    return jsonReply(200, {
      workspaceId: context.workspaceId,
      enabled: context.stateEnabled,
      collections: context.store.dump()
    });
  }
  if (action === "journal" && read) {
    const limit = Number(first2("limit") ?? Number.NaN);
    const entries = context.journal.list({
      workspace: first2("workspace"),
      limit: Number.isInteger(limit) ? limit : void 0
    });
    return jsonReply(200, { total: context.journal.total, entries });
  }
  if (action === "journal" && method === "DELETE") {
    context.journal.clear();
    return { status: 204, headers: {}, body: void 0 };
  }
  return problemReply(404, "Not found", `no admin endpoint ${method} /__mockforge/${action}`, {
    endpoints: ["GET health", "POST reset", "GET state", "GET journal", "DELETE journal"]
  });
}

// src/core/mock/http/negotiate.ts
function parseAccept(header) {
  if (!header || header.trim() === "") return [{ type: "*", subtype: "*", q: 1 }];
  const ranges = [];
  for (const part of header.split(",")) {
    const [range = "", ...params] = part.split(";");
    const [type = "*", subtype = "*"] = range.trim().toLowerCase().split("/");
    let q = 1;
    for (const param of params) {
      const [key, value] = param.split("=");
      if (key?.trim() === "q") q = Number.parseFloat(value ?? "1");
    }
    if (Number.isFinite(q) && q > 0) ranges.push({ type, subtype: subtype || "*", q });
  }
  const specificity = (r) => r.type === "*" ? 0 : r.subtype === "*" ? 1 : 2;
  return ranges.sort((a, b) => b.q - a.q || specificity(b) - specificity(a));
}
function negotiateMediaType(accept, available) {
  if (available.length === 0) return void 0;
  const ranges = parseAccept(accept);
  for (const range of ranges) {
    for (const candidate of available) {
      const [type = "", subtype = ""] = (candidate.split(";")[0] ?? "").trim().toLowerCase().split("/");
      if (range.type !== "*" && range.type !== type && type !== "*") continue;
      if (range.subtype !== "*" && !subtypeMatches(range.subtype, subtype)) continue;
      return candidate;
    }
  }
  return void 0;
}
function subtypeMatches(wanted, offered) {
  if (wanted === offered || offered === "*") return true;
  return wanted === "json" && offered.endsWith("+json");
}
function isJsonMediaType(mediaType) {
  const base = (mediaType.split(";")[0] ?? "").trim().toLowerCase();
  return base === "*/*" || base.endsWith("/json") || base.endsWith("+json");
}

// src/core/mock/response/encode-body.ts
function encodeBody(value, mediaType) {
  if (!isJsonMediaType(mediaType) && typeof value === "string") return Buffer.from(value);
  return Buffer.from(JSON.stringify(value === void 0 ? null : value));
}
function contentTypeOf(mediaType) {
  return mediaType.includes("*") ? "application/json" : mediaType;
}

// src/core/mock/response/response-headers.ts
var HEADER_SEED = 7;
var valuesBySpec = /* @__PURE__ */ new WeakMap();
function documentedHeaders(contract, spec) {
  let values = valuesBySpec.get(spec);
  if (values) return values;
  values = {};
  const headers = resolveChild(contract.document, spec.pointer, "headers")?.node ?? {};
  for (const [name, raw] of Object.entries(headers)) {
    if (name.toLowerCase() === "content-type") continue;
    const header = resolveLocalRef(contract.document, raw);
    if (!header || typeof header !== "object") continue;
    const schema = resolveLocalRef(contract.document, header.schema);
    const value = "example" in header ? header.example : schema && "example" in schema ? schema.example : generateForSchema(
      header.schema ?? { type: "string" },
      { document: contract.document, openapi: contract.openapi, seed: HEADER_SEED },
      "response",
      name
    );
    values[name.toLowerCase()] = Array.isArray(value) ? value.map(String).join(",") : String(value);
  }
  valuesBySpec.set(spec, values);
  return values;
}

// src/core/mock/state/record-fields.ts
function recordFields(resource, body) {
  const fields = {};
  for (const [key, value] of Object.entries(body)) {
    const name = resource.properties.has(key) ? key : resource.propertiesByLooseName.get(looseName(key));
    if (name === void 0) {
      if (!resource.closed) fields[key] = value;
      continue;
    }
    const fitted = asType(value, resource.properties.get(name));
    if (fitted !== void 0) fields[name] = fitted.value;
  }
  return fields;
}
function asType(value, schema) {
  const declared = schema?.type;
  const types = Array.isArray(declared) ? declared.map(String) : typeof declared === "string" ? [declared] : [];
  if (types.length === 0 || value === null) return { value };
  const actual = Array.isArray(value) ? "array" : typeof value === "object" ? "object" : typeof value;
  if (types.includes(actual) || actual === "number" && types.includes("integer") && Number.isInteger(value))
    return { value };
  if (types.includes("string") && (actual === "number" || actual === "boolean")) return { value: String(value) };
  if (actual === "string") {
    const text = value;
    if ((types.includes("number") || types.includes("integer")) && text.trim() !== "" && Number.isFinite(Number(text))) {
      const number = Number(text);
      if (types.includes("number") || Number.isInteger(number)) return { value: number };
    }
    if (types.includes("boolean") && (text === "true" || text === "false")) return { value: text === "true" };
  }
  return void 0;
}

// src/core/mock/state/handle-resource.ts
var MAX_RECORDS_PER_COLLECTION = 1e4;
var PAGING = /* @__PURE__ */ new Set(["limit", "offset", "page", "per_page", "pagesize", "page_size", "cursor", "sort", "order"]);
function handleResource(request) {
  const { resource, personas } = request;
  const store = personas.store;
  const name = resource.name;
  if (request.role === "collection") {
    if (request.method === "GET" || request.method === "HEAD") {
      const records = store.list(name).filter((record2) => underParent(request, record2));
      return { kind: "list", records: listRecords(records, request.query) };
    }
    if (request.method !== "POST" || !isObject(request.body)) return { kind: "pass" };
    if (store.count(name) >= MAX_RECORDS_PER_COLLECTION) {
      return {
        kind: "full",
        detail: `${name} holds ${MAX_RECORDS_PER_COLLECTION} records, the limit: POST /__mockforge/reset`
      };
    }
    const given = request.body[resource.idField];
    const id2 = typeof given === "string" || typeof given === "number" ? String(given) : newRecordId(request);
    const persona = createPersona(personas, name, id2);
    const fields = { ...recordFields(resource, request.body), ...parentValues(request, persona) };
    const record = fillRequired(resource, persona, fields);
    if (resource.idInRecord)
      record[resource.idField] = typeof given === "number" ? given : idValue(personas.bindings.get(name), id2);
    return { kind: "record", created: true, id: id2, record: store.put(name, id2, record) };
  }
  const id = request.id ?? "";
  if (!store.has(name, id) && !idFits(personas.bindings.get(name), id)) return { kind: "pass" };
  const stored = store.get(name, id) ?? materialize(request, id);
  const existing = stored && underParent(request, stored) ? stored : void 0;
  const missing = { kind: "not-found", detail: `${resource.singular} '${id}' does not exist` };
  switch (request.method) {
    case "GET":
    case "HEAD":
      return existing ? { kind: "record", created: false, id, record: existing } : missing;
    case "DELETE":
      if (!existing) return missing;
      store.delete(name, id);
      return { kind: "deleted" };
    case "PUT":
    case "PATCH": {
      if (!isObject(request.body)) return { kind: "pass" };
      if (!existing && request.method === "PATCH") return missing;
      const base = request.method === "PATCH" && existing ? { ...existing } : {};
      for (const [key, value] of Object.entries(recordFields(resource, request.body))) base[key] = value;
      if (resource.idInRecord) base[resource.idField] = existing?.[resource.idField] ?? id;
      return { kind: "record", created: !existing, id, record: store.put(name, id, base) };
    }
    default:
      return { kind: "pass" };
  }
}
function materialize(request, id) {
  const store = request.personas.store;
  if (!request.personaGraph || store.isDeleted(request.resource.name, id) || id === "") return void 0;
  const persona = createPersona(request.personas, request.resource.name, id);
  return store.put(request.resource.name, id, { ...persona, ...parentValues(request, persona) });
}
function newRecordId(request) {
  const { store, bindings, workspaceId } = request.personas;
  const { name, singular } = request.resource;
  for (let attempt = 0; ; attempt++) {
    const readable = store.nextId(name, singular);
    const id = mintId(bindings.get(name), readable, hashSeed(workspaceId, name, readable));
    if (id === readable || attempt >= 100 || !(store.has(name, id) || store.isDeleted(name, id))) return id;
  }
}
function underParent(request, record) {
  return request.resource.parentLinks.every(({ param, field }) => {
    const wanted = request.params[param];
    return wanted === void 0 || String(record[field]) === wanted;
  });
}
function parentValues(request, persona) {
  const values = {};
  for (const { param, field } of request.resource.parentLinks) {
    const value = request.params[param];
    if (value === void 0) continue;
    values[field] = typeof persona[field] === "number" && Number.isFinite(Number(value)) ? Number(value) : value;
  }
  return values;
}
function listRecords(records, query) {
  const filters = Object.entries(query).filter(
    ([key]) => !PAGING.has(key.toLowerCase()) && records.some((r) => Object.hasOwn(r, key))
  );
  let out = records.filter(
    (record) => filters.every(([key, wanted]) => {
      if (!Object.hasOwn(record, key)) return false;
      const actual = record[key];
      const values = Array.isArray(wanted) ? wanted : [wanted];
      return values.some((v) => String(actual) === v);
    })
  );
  const offset = Number(first(query.offset) ?? 0);
  const limit = Number(first(query.limit) ?? Number.NaN);
  if (Number.isInteger(offset) && offset > 0) out = out.slice(offset);
  if (Number.isInteger(limit) && limit >= 0) out = out.slice(0, limit);
  return out;
}
function first(value) {
  return Array.isArray(value) ? value[0] : value;
}
function fillRequired(resource, persona, fields) {
  const record = resource.closed ? { ...persona } : {};
  for (const field of resource.requiredFields)
    if (!(field in fields) && field in persona) record[field] = persona[field];
  for (const [key, value] of Object.entries(fields)) record[key] = value;
  return record;
}

// src/core/mock/server/canned.ts
function findCanned(context, workspace, method, segments, body) {
  const seeds = context.canned.get(workspace.config.name);
  if (!seeds) return void 0;
  return seeds.find(
    (seed) => seed.method === method && seed.segments.length === segments.length && seed.segments.every((s, i) => s === segments[i]) && (seed.requestBody === void 0 || contains(body, seed.requestBody))
  );
}
function applyCanned(context, route, seed, body) {
  const resource = route.resource;
  if (!context.stateEnabled || !resource || resource.role !== "collection" || seed.method !== "POST") return;
  if (seed.status < 200 || seed.status > 299 || !isObject(seed.responseBody)) return;
  const id = seed.responseBody[resource.resource.idField];
  if (typeof id !== "string" && typeof id !== "number") return;
  const record = {};
  for (const [key, value] of Object.entries(isObject(body) ? body : {})) record[key] = value;
  for (const [key, value] of Object.entries(seed.responseBody)) record[key] = value;
  context.store.put(resource.resource.name, String(id), record);
}
function contains(actual, expected) {
  if (expected === null || typeof expected !== "object") return actual === expected;
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => contains(actual[i], e));
  }
  if (!isObject(actual)) return false;
  return Object.entries(expected).every(([key, value]) => Object.hasOwn(actual, key) && contains(actual[key], value));
}

// src/core/mock/server/build-reply.ts
function replyFromContract(...args) {
  return withDocumentedHeaders(args[0], args[1], args[2], buildContractReply(...args));
}
function withDocumentedHeaders(workspace, context, route, reply) {
  const spec = route.responses ? findResponse(route.responses, reply.status) : void 0;
  if (!spec) return reply;
  const fromFiles = route.operation && context.mockData ? context.mockData.headers(workspace.config.name, route.operation.pointer, reply.status) : {};
  for (const [name, value] of Object.entries(fromFiles)) {
    const key = name.toLowerCase();
    if (reply.headers[key] === void 0 && key !== "content-type" && value !== null && value !== void 0)
      reply.headers[key] = Array.isArray(value) ? value.map(String).join(",") : String(value);
  }
  for (const [name, value] of Object.entries(documentedHeaders(workspace.contract, spec))) {
    if (reply.headers[name] === void 0) reply.headers[name] = value;
  }
  return reply;
}
function buildContractReply(workspace, context, route, request, preferences, entry, fault, canned, body) {
  if (route.source === "config" && route.endpoint) {
    const status2 = fault ? preferences.code ?? 500 : route.endpoint.status ?? 200;
    if (fault) return problemReply(status2, "Injected fault", `fault configured for ${route.template.text}`);
    return jsonReply(status2, route.endpoint.body ?? null, { ...route.endpoint.headers ?? {} });
  }
  const responses = route.responses;
  const status = canned?.status ?? preferences.code ?? responses?.primary?.status ?? 200;
  const spec = responses ? findResponse(responses, status) : void 0;
  if (!spec) {
    if (fault) return problemReply(status, "Injected fault", `fault configured for ${route.template.text}`);
    if (canned) {
      entry.responseErrors.push(`status ${status} of scenario step '${canned.step}' is not documented`);
      return jsonReply(status, canned.responseBody ?? null);
    }
    return problemReply(404, "No such response", `${route.template.text} documents no ${status} response`, {
      documented: [...responses?.byKey.keys() ?? []]
    });
  }
  if (canned) applyCanned(context, route, canned, body);
  if (spec.media.length === 0) return { status, headers: {}, body: void 0 };
  const media = pickMedia(spec.media, request);
  if (!media) return notAcceptable(spec.media, request);
  let value;
  if (canned) value = canned.responseBody;
  else {
    const chosen = chooseStaticBody(workspace, context, route.operation?.pointer, status, media, preferences);
    if ("reply" in chosen) return chosen.reply;
    value = chosen.value;
  }
  const validate = workspace.config.validateResponses ? responseBodyValidator(workspace.validator, media) : void 0;
  return encodedReply(route, status, media.mediaType, value, validate, entry, context);
}
function replyFromState(...args) {
  const reply = buildStateReply(...args);
  return reply && withDocumentedHeaders(args[0], args[1], args[2], reply);
}
function buildStateReply(workspace, context, route, request, params, query, body, entry) {
  const binding = route.resource;
  if (!binding) return void 0;
  const id = binding.role === "item" ? Object.values(params).at(-1) : void 0;
  const outcome = handleResource({
    resource: binding.resource,
    role: binding.role,
    method: entry.method,
    id,
    params,
    query,
    body,
    personas: context.personas,
    personaGraph: context.personaGraph
  });
  if (outcome.kind === "pass") return void 0;
  if (outcome.kind === "full") return problemReply(507, "Insufficient storage", outcome.detail);
  const documents404 = route.responses !== void 0 && findStatus(route.responses, [404]) !== void 0;
  if (outcome.kind === "not-found" && documents404) {
    return replyFromContract(workspace, context, route, request, { code: 404 }, entry, false);
  }
  if (outcome.kind === "not-found" && entry.method === "DELETE" && route.responses?.primary) {
    return { status: route.responses.primary.status, headers: {}, body: void 0 };
  }
  if (outcome.kind === "not-found") return problemReply(404, "Not found", outcome.detail);
  const value = outcome.kind === "list" ? outcome.records : outcome.kind === "record" ? outcome.record : void 0;
  if (route.source === "state") {
    return encodedReply(route, 200, "application/json", value, route.stateValidator, entry, context, {
      "x-mockforge-implicit": `${binding.role} of ${binding.resource.name} (not in the contract)`
    });
  }
  const primary = route.responses?.primary;
  if (!primary) return void 0;
  const headers = {};
  if (outcome.kind === "record" && outcome.created && entry.method === "POST") {
    headers.location = locationOf(
      workspace,
      binding.resource.itemPath ?? `${binding.resource.collectionPath}/{id}`,
      outcome.id,
      params
    );
  }
  if (primary.spec.media.length === 0 || value === void 0)
    return { status: primary.status, headers, body: void 0 };
  const media = pickMedia(primary.spec.media, request);
  if (!media) return notAcceptable(primary.spec.media, request);
  const shaped = outcome.kind === "list" ? shapeList(workspace, context, route, primary.status, media, outcome.records) : value;
  const validate = workspace.config.validateResponses ? responseBodyValidator(workspace.validator, media) : void 0;
  return encodedReply(route, primary.status, media.mediaType, shaped, validate, entry, context, headers);
}
function replyInvalidRequest(workspace, context, route, request, entry) {
  const errors = entry.requestErrors;
  const problem = createProblem(422, "Invalid request", `${errors.length} problem(s) with the request`, { errors });
  const status = route.responses ? findStatus(route.responses, [422, 400]) : void 0;
  const spec = status && route.responses ? findResponse(route.responses, status) : void 0;
  if (!status || !spec || spec.media.length === 0)
    return problemReply(422, "Invalid request", problem.detail, { errors });
  problem.status = status;
  const media = pickMedia(spec.media, request) ?? spec.media[0];
  const fits = media ? responseBodyFits(workspace.validator, media) : void 0;
  if (media && isJsonMediaType(media.mediaType) && (!fits || fits(problem))) {
    return {
      status,
      headers: { "content-type": contentTypeOf(media.mediaType) },
      body: Buffer.from(JSON.stringify(problem))
    };
  }
  const reply = replyFromContract(workspace, context, route, request, { code: status }, entry, false);
  reply.headers["x-mockforge-request-errors"] = JSON.stringify(errors).slice(0, 4e3);
  return reply;
}
var negotiated = /* @__PURE__ */ new WeakMap();
function pickMedia(media, request) {
  const accept = request.headers.accept ?? "";
  const byAccept = negotiated.get(media) ?? /* @__PURE__ */ new Map();
  negotiated.set(media, byAccept);
  if (byAccept.has(accept)) return byAccept.get(accept);
  const chosen = negotiateMediaType(
    accept,
    media.map((m) => m.mediaType)
  );
  const found = media.find((m) => m.mediaType === chosen);
  if (byAccept.size < 64) byAccept.set(accept, found);
  return found;
}
function notAcceptable(media, request) {
  return problemReply(406, "Not acceptable", `nothing documented here fits Accept: ${request.headers.accept ?? ""}`, {
    available: media.map((m) => m.mediaType)
  });
}
function encodedReply(route, status, mediaType, value, validate, entry, context, headers = {}) {
  const key = `${status} ${mediaType}`;
  const cacheable = value !== null && typeof value === "object" && Object.isFrozen(value);
  let prepared = cacheable ? route.cache.get(value)?.get(key) : void 0;
  if (!prepared) {
    const issues = validate ? validate(value) : [];
    prepared = {
      bytes: encodeBody(value, mediaType),
      responseErrors: issues.map(
        (i) => `${i.instancePath || "/"} ${i.message} (${context.displayFile(`${i.location.file}:${i.location.line}`)})`
      )
    };
    if (cacheable) {
      const byKey = route.cache.get(value) ?? /* @__PURE__ */ new Map();
      route.cache.set(value, byKey);
      byKey.set(key, prepared);
    }
  }
  if (prepared.responseErrors.length > 0) entry.responseErrors.push(...prepared.responseErrors);
  return { status, headers: { "content-type": contentTypeOf(mediaType), ...headers }, body: prepared.bytes };
}
function shapeList(workspace, context, route, status, media, records) {
  const schema = mediaSchema(workspace.contract, media);
  if (!schema || schema.type === "array" || !schema.properties) return records;
  const envelope = chooseStaticBody(workspace, context, route.operation?.pointer, status, media, {});
  const base = "value" in envelope && envelope.value && typeof envelope.value === "object" ? { ...envelope.value } : {};
  const arrays = Object.entries(schema.properties).filter(([, sub]) => isArraySchema(workspace, sub)).map(([key2]) => key2);
  const key = arrays.find((k) => k.toLowerCase() === route.resource?.resource.name) ?? arrays[0];
  if (key === void 0) return records;
  base[key] = records;
  return base;
}
function locationOf(workspace, itemPath, id, params) {
  const base = workspace.baseSegments.length > 0 ? `/${workspace.baseSegments.join("/")}` : "";
  const withId = itemPath.replace(/\{[^{}]+\}(?!.*\{)/, encodeURIComponent(id));
  return base + withId.replace(
    /\{([^{}]+)\}/g,
    (template, name) => params[name] !== void 0 ? encodeURIComponent(params[name]) : template
  );
}
function isArraySchema(workspace, schema) {
  const resolved = resolveLocalRef(workspace.contract.document, schema);
  return isObject(resolved) && resolved.type === "array";
}

// src/core/mock/server/prepare-workspace.ts
import { existsSync as existsSync2 } from "node:fs";

// src/core/mock/routing/route-table.ts
var RouteTable = class {
  #exact = /* @__PURE__ */ new Map();
  #wildcard = [];
  #all;
  constructor(routes) {
    const sorted = [...routes].sort(
      (a, b) => templateSpecificity(b.template) - templateSpecificity(a.template) || (b.conditions?.length ?? 0) - (a.conditions?.length ?? 0)
    );
    this.#all = sorted;
    for (const route of sorted) {
      if (route.template.wildcardTail) {
        this.#wildcard.push(route);
        continue;
      }
      const length = route.template.segments.length;
      const bucket = this.#exact.get(length) ?? [];
      this.#exact.set(length, bucket);
      bucket.push(route);
    }
  }
  get routes() {
    return this.#all;
  }
  match(method, segments, path, carries) {
    const allow = /* @__PURE__ */ new Set();
    let head;
    for (const bucket of [this.#exact.get(segments.length), this.#wildcard]) {
      if (!bucket) continue;
      for (const route of bucket) {
        const params = matchPathTemplate(route.template, segments);
        if (!params) continue;
        if (route.conditions?.length && !carries?.(route.conditions)) continue;
        if (route.method === method || route.method === "*") return { kind: "found", route, params };
        if (method === "HEAD" && route.method === "GET" && !head) head = { route, params };
        allow.add(route.method);
      }
    }
    if (head) return { kind: "found", ...head };
    if (allow.size > 0) {
      if (allow.has("GET")) allow.add("HEAD");
      return { kind: "method-not-allowed", allow: [...allow].sort() };
    }
    return { kind: "not-found", closest: this.closest(path) };
  }
  /** Up to three route templates nearest to `path` by edit distance, for 404 hints. */
  closest(path, limit = 3) {
    const scored = /* @__PURE__ */ new Map();
    const cut = path.slice(0, 200);
    for (const route of this.#all) {
      const text = route.template.text;
      if (!scored.has(text)) scored.set(text, editDistance(cut, text.slice(0, 200)));
    }
    return [...scored.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([text]) => text);
  }
};

// src/core/mock/server/prepare-workspace.ts
function prepareWorkspace(config, contract, options) {
  const validator = new SchemaValidator(contract);
  const coercing = new SchemaValidator(contract, { coerceTypes: true });
  const notices = [];
  for (const endpoint of config.endpoints) {
    if (endpoint.fromMock && !existsSync2(endpoint.fromMock)) {
      notices.push(
        `${config.name}: ${endpoint.fromMock} does not exist: serving data generated from the contract (run 'mockforge generate' to write editable data)`
      );
    }
  }
  const routes = [];
  const declared = /* @__PURE__ */ new Set();
  const globs = new Map(config.endpoints.map((endpoint) => [endpoint, compilePathTemplate(endpoint.path)]));
  const covers = (endpoint, template, method) => endpointCovers(endpoint, globs.get(endpoint), template, method);
  const elsewhere = [];
  for (const operation of contract.operations) {
    const key = splitPathKey(operation.path);
    const template = compilePathTemplate(key.path);
    const method = operation.method.toUpperCase();
    declared.add(`${method} ${operation.path}`);
    const endpoint = config.endpoints.find((e) => covers(e, template, method));
    (operation.basePath === void 0 ? routes : elsewhere).push({
      method,
      template: operation.basePath === void 0 ? template : compilePathTemplate(`${decodedPath(operation.basePath)}${key.path}`),
      conditions: key.conditions,
      source: "contract",
      operation,
      responses: compileResponses(contract, operation),
      requestValidator: compileRequestValidator(contract, operation, coercing, validator, false),
      compileRequestValidator: config.validateRequests ? () => compileRequestValidator(contract, operation, coercing, validator, true) : void 0,
      endpoint,
      faults: mergeFaults(config.faults, endpoint?.faults),
      resource: findRole(options.resources, operation.path),
      cache: /* @__PURE__ */ new WeakMap(),
      stateValidator: void 0
    });
  }
  for (const resource of options.resources ?? []) {
    const implied = [
      ["GET", resource.collectionPath, "collection"],
      ["GET", resource.itemPath ?? `${resource.collectionPath}/{${resource.idField}}`, "item"]
    ];
    for (const [method, path, role] of implied) {
      if (!path || declared.has(`${method} ${path}`)) continue;
      declared.add(`${method} ${path}`);
      const schema = resource.schemaPointer ? resolveNode(contract.document, resource.schemaPointer)?.node ?? {} : {};
      routes.push({
        method,
        template: compilePathTemplate(path),
        source: "state",
        operation: void 0,
        responses: void 0,
        requestValidator: void 0,
        compileRequestValidator: void 0,
        endpoint: void 0,
        faults: config.faults,
        resource: { resource, role },
        cache: /* @__PURE__ */ new WeakMap(),
        stateValidator: validator.forSchema(
          role === "collection" ? { type: "array", items: schema } : schema,
          "",
          "response"
        )
      });
    }
  }
  for (const endpoint of config.endpoints) {
    if (endpoint.body === void 0 && endpoint.status === void 0) continue;
    const template = globs.get(endpoint);
    const covered = routes.some((r) => r.source === "contract" && covers(endpoint, r.template, r.method));
    if (covered) continue;
    for (const method of endpoint.methods.length > 0 ? endpoint.methods : ["*"]) {
      routes.push({
        method,
        template,
        source: "config",
        operation: void 0,
        responses: void 0,
        requestValidator: void 0,
        compileRequestValidator: void 0,
        endpoint,
        faults: mergeFaults(config.faults, endpoint.faults),
        resource: void 0,
        cache: /* @__PURE__ */ new WeakMap(),
        stateValidator: void 0
      });
    }
  }
  return {
    config,
    contract,
    baseSegments: splitPath(contract.basePath).map(safeDecode),
    table: new RouteTable(routes),
    elsewhere: elsewhere.length > 0 ? new RouteTable(elsewhere) : void 0,
    validator,
    notices
  };
}
function decodedPath(path) {
  return splitPath(path).map((segment) => `/${safeDecode(segment)}`).join("");
}
function endpointCovers(endpoint, glob, template, method) {
  if (endpoint.methods.length > 0 && !endpoint.methods.includes(method)) return false;
  const texts = template.segments.map((s) => s.kind === "literal" ? s.value : "{}");
  const params = matchPathTemplate(glob, texts);
  return params !== void 0;
}
function findRole(resources, path) {
  for (const resource of resources ?? []) {
    if (resource.collectionPath === path) return { resource, role: "collection" };
    if (resource.itemPath === path) return { resource, role: "item" };
  }
  return void 0;
}
function requestValidatorOf(route) {
  if (route.compileRequestValidator) {
    route.requestValidator = route.compileRequestValidator();
    route.compileRequestValidator = void 0;
  }
  return route.requestValidator;
}
function warmUpWorkspace(workspace, isClosed) {
  const pending = [...workspace.table.routes, ...workspace.elsewhere?.routes ?? []].filter(
    (r) => r.compileRequestValidator
  );
  return new Promise((resolve) => {
    const step = () => {
      const until = performance.now() + 8;
      while (pending.length > 0 && performance.now() < until && !isClosed())
        requestValidatorOf(pending.shift());
      if (pending.length === 0 || isClosed()) resolve();
      else setImmediate(step);
    };
    setImmediate(step);
  });
}

// src/core/mock/http/read-body.ts
function readBody(request, limit) {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    return Promise.resolve({
      ok: false,
      status: 413,
      detail: `body of ${declared} bytes exceeds the ${limit}-byte limit`
    });
  }
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    let tooLarge = false;
    request.on("data", (chunk) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => {
      if (tooLarge) resolve({ ok: false, status: 413, detail: `body exceeds the ${limit}-byte limit` });
      else resolve({ ok: true, raw: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks) });
    });
    request.on("error", () => resolve({ ok: true, raw: Buffer.alloc(0) }));
    request.on("close", () => resolve({ ok: true, raw: Buffer.alloc(0) }));
  });
}
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__"]);
function parseJsonBody(raw) {
  const text = raw.toString("utf8");
  let forbidden;
  try {
    const value = JSON.parse(text, (key, v) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return v;
    });
    if (forbidden) return { ok: false, detail: `the key '${forbidden}' is not allowed in a request body` };
    return { ok: true, value };
  } catch (error) {
    return { ok: false, detail: `malformed JSON: ${error.message}` };
  }
}

// src/core/mock/server/read-request-body.ts
var NO_BODY = { present: false, value: void 0, mediaType: void 0 };
function hasRequestBody(request) {
  const length = request.headers["content-length"];
  return length !== void 0 && length !== "0" || request.headers["transfer-encoding"] !== void 0;
}
async function readRequestBody(request, declared, limit, strict) {
  if (!hasRequestBody(request)) return NO_BODY;
  const read = await readBody(request, limit);
  if (!read.ok) return { reply: problemReply(413, "Payload too large", read.detail, { limit }) };
  if (read.raw.length === 0) return NO_BODY;
  const contentType = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const mediaTypes = [...declared?.media.keys() ?? []];
  let mediaType = mediaTypes.find((m) => matches(m, contentType));
  const looksJson = /^\s*[{[]/.test(read.raw.subarray(0, 64).toString("utf8"));
  const sniffable = contentType === "" || contentType === "text/plain" || contentType === "application/x-www-form-urlencoded" && looksJson && !mediaTypes.some((m) => m.includes("form"));
  if (!mediaType && sniffable) mediaType = mediaTypes.find((m) => isJsonMediaType(m));
  if (!mediaType && strict && mediaTypes.length > 0) {
    return {
      reply: problemReply(415, "Unsupported media type", `'${contentType || "(none)"}' is not accepted here`, {
        accepted: mediaTypes
      })
    };
  }
  const asJson = mediaType ? isJsonMediaType(mediaType) : isJsonMediaType(contentType) || sniffable;
  if (asJson) {
    const parsed = parseJsonBody(read.raw);
    if (parsed.ok) return { present: true, value: parsed.value, mediaType };
    if (!sniffable || mediaType) return { reply: problemReply(400, "Malformed request body", parsed.detail) };
    return { present: true, value: read.raw.toString("utf8"), mediaType };
  }
  if ((mediaType ?? contentType).startsWith("application/x-www-form-urlencoded")) {
    const form = /* @__PURE__ */ Object.create(null);
    for (const [key, value] of new URLSearchParams(read.raw.toString("utf8"))) {
      if (key === "__proto__") continue;
      const existing = form[key];
      form[key] = existing === void 0 ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
    }
    return { present: true, value: { ...form }, mediaType };
  }
  return { present: true, value: read.raw.toString("utf8"), mediaType };
}
function matches(declared, actual) {
  const base = declared.split(";")[0]?.trim().toLowerCase() ?? "";
  if (base === actual || base === "*/*") return true;
  if (base.endsWith("/*")) return actual.startsWith(base.slice(0, -1));
  return false;
}

// src/core/mock/server/handle-request.ts
function handleRequest(workspace, context, request, response) {
  const started = performance2.now();
  const method = (request.method ?? "GET").toUpperCase();
  const entry = {
    time: (/* @__PURE__ */ new Date()).toISOString(),
    workspace: workspace.config.name,
    method,
    path: (request.url ?? "/").slice(0, 2048),
    route: void 0,
    status: 0,
    latencyMs: 0,
    requestErrors: [],
    responseErrors: []
  };
  const finish = (reply) => {
    const cors = corsHeaders(request);
    if (cors) Object.assign(reply.headers, cors);
    if (reply.headers["x-mockforge-admin"] !== void 0) {
      delete reply.headers["x-mockforge-admin"];
      sendReply(response, reply, method === "HEAD");
      return;
    }
    if (entry.responseErrors.length > 0)
      reply.headers["x-mockforge-response-errors"] = String(entry.responseErrors.length);
    sendReply(response, reply, method === "HEAD");
    entry.status = reply.status;
    entry.latencyMs = Math.round((performance2.now() - started) * 1e3) / 1e3;
    context.journal.add(entry);
  };
  const failed = (error) => problemReply(500, "Mock failure", `the mock failed on this request: ${error.message}`);
  let result;
  try {
    result = decide(workspace, context, request, method, entry);
  } catch (error) {
    result = failed(error);
  }
  if (result instanceof Promise) result.then(finish, (error) => finish(failed(error)));
  else finish(result);
}
function decide(workspace, context, request, method, entry) {
  if (isPreflight(request)) return { status: 204, headers: preflightHeaders(request), body: void 0 };
  const parsed = parseTarget(request.url);
  if (!parsed.ok) return problemReply(400, "Bad request target", parsed.detail);
  const { target } = parsed;
  if (target.segments[0] === ADMIN_PREFIX) {
    const admin = handleAdmin(workspace, context, request, method, target);
    admin.headers["x-mockforge-admin"] = "1";
    return admin;
  }
  const carries = carriesConditions(request, target.query);
  const own = workspace.elsewhere?.match(method, target.segments, target.path, carries);
  const base = workspace.baseSegments;
  if (own?.kind !== "found" && base.some((segment, i) => target.segments[i] !== segment)) {
    return problemReply(404, "Not found", `${target.path} is outside the base path /${base.join("/")}`, {
      closest: workspace.table.closest(target.path).map((p) => `/${base.join("/")}${p}`)
    });
  }
  const segments = base.length > 0 ? target.segments.slice(base.length) : target.segments;
  const match = own?.kind === "found" ? own : workspace.table.match(method, segments, `/${segments.join("/")}`, carries);
  if (match.kind === "not-found") {
    return problemReply(404, "Not found", `no route of '${workspace.config.name}' matches ${method} ${target.path}`, {
      closest: match.closest.map((p) => base.length > 0 ? `/${base.join("/")}${p}` : p)
    });
  }
  if (match.kind === "method-not-allowed") {
    return problemReply(
      405,
      "Method not allowed",
      `${method} is not allowed on ${target.path}`,
      { allow: match.allow },
      {
        allow: match.allow.join(", ")
      }
    );
  }
  const { route, params } = match;
  entry.route = `${route.method} ${route.template.text}`;
  const decision = context.faults.get(workspace.config.name)?.(route.faults);
  if (decision && decision.delayMs > 0 || hasRequestBody(request)) {
    return (async () => {
      if (decision && decision.delayMs > 0) await sleep(decision.delayMs);
      const strict = workspace.config.validateRequests;
      const body = await readRequestBody(request, route.requestValidator?.body, context.bodyLimit, strict);
      if ("reply" in body) return body.reply;
      return answer(workspace, context, request, entry, route, params, target, decision, body);
    })();
  }
  return answer(workspace, context, request, entry, route, params, target, decision, NO_BODY);
}
function answer(workspace, context, request, entry, route, params, target, decision, body) {
  const method = entry.method;
  const strict = workspace.config.validateRequests;
  if (decision?.errorStatus !== void 0) {
    entry.fault = `error ${decision.errorStatus}`;
    return replyFromContract(workspace, context, route, request, { code: decision.errorStatus }, entry, true);
  }
  const validator = strict ? requestValidatorOf(route) : void 0;
  if (validator) {
    const issues = validateParameters(validator, {
      path: params,
      query: target.query,
      headers: request.headers
    });
    const declared = validator.body;
    if (declared?.required && !body.present)
      issues.push({ in: "body", name: "/", message: "a request body is required" });
    if (body.present && body.mediaType) issues.push(...validateBody(declared?.media.get(body.mediaType), body.value));
    if (issues.length > 0) {
      entry.requestErrors = issues.map((i) => ({
        ...i,
        ...i.location ? { location: context.displayFile(i.location) } : {}
      }));
      return replyInvalidRequest(workspace, context, route, request, entry);
    }
  }
  const preferences = parsePrefer(request.headers.prefer);
  if (preferences.code === void 0 && preferences.example === void 0 && !preferences.dynamic) {
    const canned = findCanned(context, workspace, method, target.segments, body.value);
    if (canned) return replyFromContract(workspace, context, route, request, {}, entry, false, canned, body.value);
    const fixed = route.source === "contract" ? fixedResponse(route) : void 0;
    if (fixed) {
      const reply = replyFromContract(workspace, context, route, request, {}, entry, false, fixed, body.value);
      Object.assign(reply.headers, route.endpoint?.headers ?? {});
      return reply;
    }
    if (context.stateEnabled && route.resource) {
      const fromState = replyFromState(workspace, context, route, request, params, target.query, body.value, entry);
      if (fromState) return fromState;
    }
  }
  return replyFromContract(workspace, context, route, request, preferences, entry, false);
}
function fixedResponse(route) {
  const endpoint = route.endpoint;
  if (!endpoint || endpoint.body === void 0 && endpoint.status === void 0) return void 0;
  return {
    file: "",
    scenario: "mockforge.yaml",
    step: `endpoint ${endpoint.path}`,
    service: void 0,
    method: route.method,
    path: endpoint.path,
    segments: [],
    requestBody: void 0,
    status: endpoint.status ?? route.responses?.primary?.status ?? 200,
    responseBody: endpoint.body ?? null
  };
}
function carriesConditions(request, query) {
  return (conditions) => conditions.every(({ name, value }) => {
    const inQuery = query[name];
    if (inQuery === value || Array.isArray(inQuery) && inQuery.includes(value)) return true;
    return request.headers[name.toLowerCase()] === value;
  });
}

// src/core/mock/server/mock-server.ts
function createMockServer(options) {
  const startedAt = performance3.now();
  const unified = options.unifiedState;
  const bindings = unified.enabled ? buildBindings(options.workspaces) : void 0;
  const prepared = options.workspaces.map(
    ({ config, contract }) => prepareWorkspace(config, contract, { resources: bindings?.byContract.get(contract) })
  );
  const store = new StateStore();
  const personas = { workspaceId: unified.workspaceId, bindings: bindings?.byName ?? /* @__PURE__ */ new Map(), store };
  const assigned = assignScenarioSeeds(prepared, options.scenarioSeeds ?? [], unified.enabled);
  const context = {
    workspaceId: unified.workspaceId,
    stateEnabled: unified.enabled,
    personaGraph: unified.personaGraph,
    store,
    personas,
    journal: new Journal(options.journalFile ? { file: options.journalFile } : {}),
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    canned: assigned.canned,
    mockData: options.mockData,
    faults: new Map(
      prepared.map((w) => [w.config.name, createFaultInjector(hashSeed(unified.workspaceId, w.config.name))])
    ),
    staticValues: /* @__PURE__ */ new Map(),
    dynamicCounter: { value: 0 },
    workspaces: prepared,
    startedAt,
    reseed: () => {
      store.clear();
      if (unified.enabled) seedStore(context, assigned.records);
    },
    displayFile: options.displayFile ?? ((file) => file)
  };
  context.reseed();
  const servers = [];
  let closed = false;
  const notices = [...new Set(prepared.flatMap((w) => w.notices)), ...assigned.notices];
  return {
    context,
    notices,
    async listen() {
      const served = [];
      const host = options.host ?? "127.0.0.1";
      try {
        for (const workspace of prepared) {
          const server = createServer(
            { keepAliveTimeout: 5e3, headersTimeout: 1e4, requestTimeout: 3e4 },
            (req, res) => {
              handleRequest(workspace, context, req, res);
            }
          );
          server.maxConnections = options.maxConnections ?? 1024;
          server.on("clientError", answerClientError);
          servers.push(server);
          const port = await listenOn(server, workspace, host);
          server.on("error", (error) => options.log?.(`${workspace.config.name}: ${error.message}`));
          workspace.config.port = port;
          served.push({ name: workspace.config.name, port, url: `http://${host}:${port}` });
        }
      } catch (error) {
        await closeAll(servers);
        throw error;
      }
      void Promise.all(prepared.map((w) => warmUpWorkspace(w, () => closed)));
      return served;
    },
    async close() {
      closed = true;
      await closeAll(servers);
      await context.journal.close();
    }
  };
}
function listenOn(server, workspace, host) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      const port = workspace.config.port;
      if (error.code === "EADDRINUSE") {
        reject(
          new MockforgeError(
            ErrorCode.PortInUse,
            `port ${port} of workspace '${workspace.config.name}' is already in use`,
            {
              hint: `stop what listens on ${port} (or 'mockforge down'), or change the workspace's port in mockforge.yaml`,
              cause: error
            }
          )
        );
      } else {
        reject(
          new MockforgeError(
            ErrorCode.PortInUse,
            `cannot listen on ${host}:${port} for '${workspace.config.name}': ${error.message}`,
            {
              cause: error
            }
          )
        );
      }
    };
    server.once("error", onError);
    server.listen(workspace.config.port, host, () => {
      server.off("error", onError);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : workspace.config.port);
    });
  });
}
async function closeAll(servers) {
  await Promise.all(
    servers.splice(0).map(
      (server) => new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
    )
  );
}

// src/core/mock/start-mocks.ts
function createMocksFromConfig(configPath, options = {}) {
  const project = typeof configPath === "string" ? loadProject(configPath, options.cache ? { cache: true } : {}) : configPath;
  const { config } = project;
  const wanted = options.workspaces ?? [];
  for (const name of wanted) {
    if (!config.workspaces.some((w) => w.name === name)) {
      throw new MockforgeError(ErrorCode.UsageInvalid, `no workspace named '${name}' in ${config.file}`, {
        hint: `workspaces: ${config.workspaces.map((w) => w.name).join(", ")}`
      });
    }
  }
  const chosen = config.workspaces.filter((w) => wanted.length === 0 || wanted.includes(w.name));
  const workspaces = chosen.map((workspace) => ({
    config: { ...workspace, port: portFor(workspace, options) },
    contract: project.contracts.get(workspace.name)
  }));
  const scenarios = loadScenarioSeeds(config.root, config.scenarios);
  const mockWarnings = [];
  const server = createMockServer({
    workspaces,
    unifiedState: config.unifiedState,
    scenarioSeeds: scenarios.seeds,
    mockData: options.mockData ? options.mockData(config, project.contracts) : createMockDataLookup(
      config,
      project.contracts,
      (w) => mockWarnings.push(`${relative3(config.root, w.file) || w.file}:${w.line}: ${w.message}`)
    ),
    ...options.journalFile ? { journalFile: options.journalFile } : {},
    ...options.maxConnections ? { maxConnections: options.maxConnections } : {},
    ...options.log ? { log: options.log } : {},
    ...options.host ? { host: options.host } : {},
    displayFile: (file) => relative3(config.root, file) || file
  });
  server.notices.push(...scenarios.warnings, ...mockWarnings);
  return server;
}
function portFor(workspace, options) {
  const override = options.ports?.get(workspace.name);
  if (override !== void 0) return override;
  return workspace.port === 0 ? 0 : workspace.port + (options.portOffset ?? 0);
}
function createMocksFromSpec(file, options) {
  const contract = loadContract(file, options.root ? { root: options.root } : {});
  const name = basename(file).replace(/\.(ya?ml|json)$/i, "");
  return createMocksFromContracts([{ name, contract, port: options.port }], {
    stateful: options.stateful ?? false,
    workspaceId: contract.title || name,
    root: options.root ?? join2(file, ".."),
    ...options.journalFile ? { journalFile: options.journalFile } : {}
  });
}
function createMocksFromContracts(entries, options) {
  const workspaces = entries.map(({ name, contract, port }) => ({
    config: {
      pointer: "",
      name,
      port,
      contract: contract.file,
      contractInferred: false,
      env: [],
      validateRequests: true,
      validateResponses: true,
      endpoints: []
    },
    contract
  }));
  return createMockServer({
    workspaces,
    unifiedState: { enabled: options.stateful, workspaceId: options.workspaceId, personaGraph: true },
    ...options.journalFile ? { journalFile: options.journalFile } : {},
    displayFile: (f) => relative3(options.root, f) || f
  });
}

export {
  compileRequestValidator,
  validateParameters,
  createMocksFromConfig,
  createMocksFromSpec,
  createMocksFromContracts
};
