import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  appendPointer,
  createFileReader,
  formatPointer,
  getAtPointer,
  isInside,
  loadConfig,
  parsePointer,
  parseSource
} from "./chunk-SOK6ZPY4.js";
import {
  VERSION
} from "./chunk-Q4L6FTGJ.js";
import {
  ErrorCode,
  MockforgeError
} from "./chunk-RIB3W43H.js";

// src/core/contract/load-contract.ts
import { dirname as dirname3 } from "node:path";

// src/core/contract/bundle.ts
import { basename, dirname, extname, resolve } from "node:path";

// src/core/contract/source-map.ts
function createSourceMap(mappings, read) {
  const origin = (pointer) => {
    let best;
    for (const mapping of mappings) {
      const covers = mapping.bundled === "" || pointer === mapping.bundled || pointer.startsWith(`${mapping.bundled}/`);
      if (covers && (!best || mapping.bundled.length > best.bundled.length)) best = mapping;
    }
    const chosen = best ?? mappings[0];
    return { file: chosen.file, pointer: chosen.pointer + pointer.slice(chosen.bundled.length) };
  };
  return {
    origin,
    locate(pointer) {
      const from = origin(pointer);
      return read(from.file).locate(parsePointer(from.pointer));
    },
    get files() {
      return [...new Set(mappings.map((m) => m.file))];
    }
  };
}

// src/core/contract/bundle.ts
var COMPONENT_POINTER = /^\/components\/([^/]+)\/([^/]+)$/;
function bundleContract(file, options) {
  const root = options.read(file);
  const document = structuredClone(root.value);
  const mappings = [{ bundled: "", file, pointer: "" }];
  const diagnostics = [];
  const imported = /* @__PURE__ */ new Map();
  const placeholders = /* @__PURE__ */ new Map();
  const remoteRefs = /* @__PURE__ */ new Set();
  const sourceMap = createSourceMap(mappings, options.read);
  const warnAt = (bundledPointer, code, message, severity = "warning") => {
    const { exact: _exact, ...location } = sourceMap.locate(bundledPointer);
    diagnostics.push({ code, severity, message, location });
  };
  const existsIn = (target) => getAtPointer(options.read(target.file).value, target.pointer) !== void 0;
  const findComponent = (target) => {
    if (existsIn(target)) return target;
    if (!COMPONENT_POINTER.test(target.pointer)) return void 0;
    for (const candidate of [file, ...options.sharedSchemaFiles()]) {
      if (candidate !== target.file && existsIn({ file: candidate, pointer: target.pointer })) {
        return { file: candidate, pointer: target.pointer };
      }
    }
    return void 0;
  };
  const importTarget = (target, refPointer) => {
    const key = `${target.file}#${target.pointer}`;
    const known = imported.get(key);
    if (known) return known;
    for (const [otherKey, bundled2] of imported) {
      const [otherFile, otherPointer = ""] = otherKey.split("#");
      if (otherFile === target.file && otherPointer !== "" && target.pointer.startsWith(`${otherPointer}/`)) {
        return bundled2 + target.pointer.slice(otherPointer.length);
      }
    }
    const refSegments = parsePointer(refPointer);
    const value = structuredClone(getAtPointer(options.read(target.file).value, target.pointer));
    if (refSegments.at(-3) === "paths") {
      const holder = refPointer.slice(0, refPointer.lastIndexOf("/")) || refPointer;
      return placeInline(holder, value, target);
    }
    const match = COMPONENT_POINTER.exec(target.pointer);
    const kind = match?.[1] ?? componentKindFor(refSegments);
    const wanted = match?.[2] ? decodeSegment(match[2]) : nameFromTarget(target);
    const name = freeName(document, kind, wanted);
    const bundled = formatPointer(["components", kind, name]);
    imported.set(key, bundled);
    setComponent(document, kind, name, value);
    mappings.push({ bundled, file: target.file, pointer: target.pointer });
    walkRefs(value, bundled, target.file);
    return bundled;
  };
  const placeInline = (holder, value, target) => {
    const segments = parsePointer(holder);
    const parent = getAtPointer(document, segments.slice(0, -1));
    parent[segments.at(-1)] = value;
    mappings.push({ bundled: holder, file: target.file, pointer: target.pointer });
    walkRefs(value, holder, target.file);
    return "";
  };
  const placeholderFor = (refPointer, pointer) => {
    const known = placeholders.get(pointer);
    if (known) return known;
    const match = COMPONENT_POINTER.exec(pointer);
    const kind = match?.[1] ?? componentKindFor(parsePointer(refPointer));
    const name = freeName(document, kind, match?.[2] ? decodeSegment(match[2]) : "Unresolved");
    setComponent(document, kind, name, kind === "responses" ? { description: "" } : {});
    const bundled = formatPointer(["components", kind, name]);
    mappings.push({ bundled, ...sourceMap.origin(refPointer) });
    placeholders.set(pointer, bundled);
    return bundled;
  };
  const resolveRef = (ref, refPointer, contextFile) => {
    const hash2 = ref.indexOf("#");
    const uri = hash2 === -1 ? ref : ref.slice(0, hash2);
    const fragment = hash2 === -1 ? "" : ref.slice(hash2 + 1);
    const targetFile = resolveUri(uri, contextFile);
    const refuse = (why) => {
      warnAt(refPointer, "MF_REF_REFUSED", `$ref '${ref}' ${why}; treated as any`, "error");
      return placeholderFor(
        refPointer,
        `/components/schemas/${nameFromTarget({ file: targetFile, pointer: fragment })}`
      );
    };
    if (isUri(targetFile)) {
      if (!options.allowRemoteRefs)
        return refuse("refused: contracts never make mockforge fetch URLs (--allow-remote-refs)");
      if (!/^https?:/i.test(targetFile)) return refuse("refused: only http(s) URLs can be allowed");
      remoteRefs.add(targetFile);
    } else if (targetFile !== contextFile && !isInside(options.root, targetFile)) {
      return refuse(`leaves the project root ${options.root}: refused`);
    }
    let pointer;
    try {
      parsePointer(fragment);
      pointer = fragment;
    } catch {
      warnAt(
        refPointer,
        "MF_REF_INVALID",
        `$ref '${ref}' is not a JSON pointer (expected '#/components/...')`,
        "error"
      );
      return placeholderFor(refPointer, "/components/schemas/Invalid");
    }
    let found;
    try {
      found = findComponent({ file: targetFile, pointer });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      warnAt(refPointer, "MF_REF_UNRESOLVED", `$ref '${ref}' cannot be read: ${detail}`, "error");
      return placeholderFor(refPointer, pointer);
    }
    if (!found) {
      const searched = [contextFile, ...uri === "" ? [file, ...options.sharedSchemaFiles()] : []].filter((f, i, all) => all.indexOf(f) === i).map((f) => basename(f));
      const what = COMPONENT_POINTER.exec(pointer)?.[2];
      warnAt(
        refPointer,
        "MF_REF_UNRESOLVED",
        `${what ? `'${decodeSegment(what)}'` : `'${ref}'`} is defined nowhere (looked in ${searched.join(", ")}); treated as any`
      );
      return placeholderFor(refPointer, pointer);
    }
    if (found.file === file) return found.pointer;
    return importTarget(found, refPointer);
  };
  function walkRefs(node, pointer, contextFile) {
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) walkRefs(item, appendPointer(pointer, index), contextFile);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const object = node;
    if (typeof object.$ref === "string") {
      const refPointer = appendPointer(pointer, "$ref");
      const bundled = resolveRef(object.$ref, refPointer, contextFile);
      if (bundled === "") {
        delete object.$ref;
      } else if (bundled !== void 0) {
        object.$ref = `#${bundled}`;
      }
    }
    for (const [key, value] of Object.entries(object)) {
      if (key !== "$ref" && value !== null && typeof value === "object") {
        walkRefs(value, appendPointer(pointer, key), contextFile);
      }
    }
  }
  walkRefs(document, "", file);
  return { document, sourceMap, diagnostics, remoteRefs: [...remoteRefs] };
}
var URI_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
function isUri(target) {
  return URI_SCHEME.test(target) && !/^[a-z]:[\\/]/i.test(target);
}
function resolveUri(uri, contextFile) {
  if (uri === "") return contextFile;
  if (isUri(uri)) return uri;
  if (isUri(contextFile)) return new URL(uri, contextFile).href;
  return resolve(dirname(contextFile), decodeURIComponent(uri));
}
function decodeSegment(segment) {
  return parsePointer(`/${segment}`)[0] ?? segment;
}
function nameFromTarget(target) {
  const last = parsePointer(target.pointer).at(-1);
  const raw = last ?? basename(target.file, extname(target.file));
  return raw.replace(/[^A-Za-z0-9._-]/g, "_") || "Imported";
}
function componentKindFor(segments) {
  const parent = segments.at(-3);
  if (parent === "responses") return "responses";
  if (parent === "parameters") return "parameters";
  if (parent === "headers") return "headers";
  if (parent === "examples") return "examples";
  if (segments.at(-2) === "requestBody") return "requestBodies";
  return "schemas";
}
function freeName(document, kind, wanted) {
  const section = document.components?.[kind];
  if (!section || !Object.hasOwn(section, wanted)) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted}_${n}`;
    if (!Object.hasOwn(section, name)) return name;
  }
}
function setComponent(document, kind, name, value) {
  if (document.components === null || typeof document.components !== "object") document.components = {};
  const components = document.components;
  if (components[kind] === null || typeof components[kind] !== "object") components[kind] = {};
  components[kind][name] = value;
}

// src/core/contract/resolve-ref.ts
function resolveLocalRef(document, node) {
  const seen = /* @__PURE__ */ new Set();
  let current = node;
  while (current !== null && typeof current === "object" && typeof current.$ref === "string") {
    const ref = current.$ref;
    if (!ref.startsWith("#") || seen.has(ref)) return void 0;
    seen.add(ref);
    current = getAtPointer(document, ref);
  }
  return current;
}

// src/core/contract/types.ts
var HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

// src/core/contract/lint-contract.ts
var TEMPLATE_PARAM = /\{([^}]+)\}/g;
function lintAndRepair(document, sourceMap) {
  const diagnostics = [];
  const warn = (pointer, code, message) => {
    const { exact: _exact, ...location } = sourceMap.locate(pointer);
    diagnostics.push({ code, severity: "warning", message, location });
  };
  const paths = document.paths ?? {};
  for (const [path, rawItem] of Object.entries(paths)) {
    if (rawItem === null || typeof rawItem !== "object") continue;
    const item = rawItem;
    const itemPointer = appendPointer("/paths", path);
    const templateNames = [...path.matchAll(TEMPLATE_PARAM)].map((m) => m[1]);
    const declaredAtPath = declaredPathParams(document, item.parameters);
    const missing = /* @__PURE__ */ new Set();
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation || typeof operation !== "object") continue;
      const opPointer = appendPointer(itemPointer, method);
      const declared = /* @__PURE__ */ new Set([...declaredAtPath, ...declaredPathParams(document, operation.parameters)]);
      for (const name of templateNames) if (!declared.has(name)) missing.add(name);
      const responses = operation.responses;
      if (!responses || typeof responses !== "object" || Object.keys(responses).length === 0) {
        warn(opPointer, "MF_LINT_NO_RESPONSES", `${method.toUpperCase()} ${path} documents no responses`);
        continue;
      }
      for (const [status, response] of Object.entries(responses)) {
        const resolved = resolveLocalRef(document, response);
        if (resolved && typeof resolved === "object" && typeof resolved.description !== "string") {
          warn(
            appendPointer(opPointer, "responses", status),
            "MF_LINT_RESPONSE_DESCRIPTION",
            `response ${status} of ${method.toUpperCase()} ${path} has no 'description' (required by OpenAPI)`
          );
        }
      }
    }
    if (missing.size > 0) {
      const inferred = [...missing].map((name) => ({ name, in: "path", required: true, schema: { type: "string" } }));
      item.parameters = [...Array.isArray(item.parameters) ? item.parameters : [], ...inferred];
      for (const name of missing) {
        warn(
          itemPointer,
          "MF_LINT_PATH_PARAMETER",
          `path parameter '${name}' of ${path} is not declared in 'parameters'; inferred as a required string`
        );
      }
    }
  }
  return diagnostics;
}
function declaredPathParams(document, parameters) {
  if (!Array.isArray(parameters)) return [];
  return parameters.map((p) => resolveLocalRef(document, p)).filter((p) => p?.in === "path" && typeof p.name === "string").map((p) => p?.name);
}

// src/core/contract/shared-schemas.ts
import { readdirSync, readFileSync } from "node:fs";
import { dirname as dirname2, extname as extname2, join } from "node:path";
var CONTRACT_EXTENSIONS = /* @__PURE__ */ new Set([".yaml", ".yml", ".json"]);
function isSharedSchemaDocument(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const doc = value;
  return doc.components !== void 0 && doc.paths === void 0 && doc.openapi === void 0 && doc.swagger === void 0 && doc.arazzo === void 0;
}
function findSharedSchemaFiles(contractFile, read) {
  const dir = dirname2(contractFile);
  let names;
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.filter((name) => CONTRACT_EXTENSIONS.has(extname2(name).toLowerCase())).map((name) => join(dir, name)).filter((file) => {
    if (file === contractFile) return false;
    try {
      if (/^["']?(openapi|swagger|paths|arazzo)["']?\s*:/m.test(readFileSync(file, "utf8"))) return false;
      return isSharedSchemaDocument(read(file).value);
    } catch {
      return false;
    }
  });
}

// src/core/contract/load-contract.ts
function loadContract(file, options = {}) {
  return buildContract(file, options).contract;
}
var MAX_REMOTE_DOCUMENTS = 50;
async function loadContractWithRemoteRefs(file, options) {
  const local = options.read ?? createFileReader();
  const remote = /* @__PURE__ */ new Map();
  const read = (target) => {
    const fetched = remote.get(target);
    if (fetched instanceof MockforgeError) throw fetched;
    return fetched ?? local(target);
  };
  for (; ; ) {
    const built = buildContract(file, { ...options, read, allowRemoteRefs: true });
    const missing = built.remoteRefs.filter((url) => !remote.has(url));
    if (missing.length === 0 || remote.size >= MAX_REMOTE_DOCUMENTS) return built.contract;
    for (const url of missing.slice(0, MAX_REMOTE_DOCUMENTS - remote.size)) {
      try {
        remote.set(url, parseSource(await options.fetchText(url), url));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        remote.set(url, new MockforgeError(ErrorCode.RefUnresolved, `cannot fetch ${url}: ${reason}`));
      }
    }
  }
}
function buildContract(file, options) {
  const read = options.read ?? createFileReader();
  const source = read(file);
  const raw = source.value;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new MockforgeError(ErrorCode.ContractInvalid, `${file} is not an OpenAPI document (expected a mapping)`, {
      location: { file, line: 1, column: 1 }
    });
  }
  const head = raw;
  const openapi = detectVersion(head, file, source.locate);
  let shared = options.sharedSchemaFiles;
  const bundle = bundleContract(file, {
    root: options.root ?? dirname3(file),
    read,
    allowRemoteRefs: options.allowRemoteRefs ?? false,
    sharedSchemaFiles: () => {
      shared ??= findSharedSchemaFiles(file, read);
      return shared;
    }
  });
  const lint = lintAndRepair(bundle.document, bundle.sourceMap);
  const info = bundle.document.info ?? {};
  const contract = {
    file,
    openapi,
    title: typeof info.title === "string" ? info.title : "",
    version: info.version === void 0 ? "" : String(info.version),
    document: bundle.document,
    basePath: basePathOf(bundle.document),
    operations: listOperations(bundle.document),
    sourceMap: bundle.sourceMap,
    diagnostics: [...bundle.diagnostics, ...lint]
  };
  return { contract, remoteRefs: bundle.remoteRefs };
}
function detectVersion(doc, file, locate) {
  if (doc.swagger !== void 0) {
    const { file: f, line: line2, column: column2 } = locate("/swagger");
    throw new MockforgeError(ErrorCode.ContractUnsupported, `Swagger ${String(doc.swagger)} is not supported`, {
      location: { file: f, line: line2, column: column2 },
      hint: "convert the contract to OpenAPI 3 (for example with swagger2openapi) and point mockforge at the result"
    });
  }
  const version = typeof doc.openapi === "string" ? doc.openapi : void 0;
  if (version === void 0) {
    const shared = isSharedSchemaDocument(doc);
    throw new MockforgeError(
      ErrorCode.ContractInvalid,
      shared ? `${file} is a shared schema file (components only), not a service contract` : `${file} has no 'openapi' version field`,
      {
        location: { file, line: 1, column: 1 },
        hint: shared ? "point at a service contract; shared schemas are found next to it" : "add 'openapi: 3.0.3' at the top"
      }
    );
  }
  if (/^3\.0(\.|$)/.test(version)) return "3.0";
  if (/^3\.1(\.|$)/.test(version)) return "3.1";
  const { line, column } = locate("/openapi");
  throw new MockforgeError(ErrorCode.ContractUnsupported, `OpenAPI ${version} is not supported (3.0 and 3.1 are)`, {
    location: { file, line, column }
  });
}
function basePathOf(document) {
  return serverBasePath(document.servers) ?? "";
}
function serverBasePath(servers) {
  const server = Array.isArray(servers) ? servers[0] : void 0;
  if (!server || typeof server.url !== "string") return void 0;
  const variables = server.variables ?? {};
  const url = server.url.replace(/\{([^}]+)\}/g, (_, name) => String(variables[name]?.default ?? ""));
  let path;
  try {
    path = new URL(url, "http://placeholder.invalid").pathname;
  } catch {
    return "";
  }
  return path.replace(/\/+$/, "");
}
function listOperations(document) {
  const operations = [];
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const item = resolveLocalRef(document, rawItem);
    if (!item || typeof item !== "object") continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation || typeof operation !== "object") continue;
      const own = Array.isArray(operation.parameters) ? operation.parameters : [];
      const merged = /* @__PURE__ */ new Map();
      for (const parameter of [...shared, ...own]) {
        const resolved = resolveLocalRef(document, parameter);
        if (resolved && typeof resolved.name === "string")
          merged.set(`${String(resolved.in)}:${resolved.name}`, resolved);
      }
      const ownBase = serverBasePath(operation.servers) ?? serverBasePath(item.servers);
      operations.push({
        method,
        path,
        ...ownBase !== void 0 && ownBase !== basePathOf(document) ? { basePath: ownBase } : {},
        operationId: typeof operation.operationId === "string" ? operation.operationId : void 0,
        pointer: appendPointer("/paths", path, method),
        operation,
        parameters: [...merged.values()]
      });
    }
  }
  return operations;
}

// src/core/project.ts
import { join as join3 } from "node:path";

// src/core/contract/contract-cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync as readdirSync2, readFileSync as readFileSync2, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
var FORMAT = "mockforge-contract-cache/1";
function loadContractCached(file, options, cacheDir) {
  let bytes;
  try {
    bytes = readFileSync2(file);
  } catch {
    return loadContract(file, options);
  }
  const prefix = hash(file).slice(0, 16);
  const key = hash(FORMAT, VERSION, loaderStamp(), options.root ?? "", bytes);
  const entryFile = join2(cacheDir, `${prefix}-${key.slice(0, 32)}.json`);
  const entry = readEntry(entryFile);
  if (entry) return revive(file, entry, options);
  const contract = loadContract(file, options);
  if (isSelfContained(contract)) writeEntry(cacheDir, prefix, entryFile, contract);
  return contract;
}
function hash(...parts) {
  const digest = createHash("sha256");
  for (const part of parts) digest.update(part).update("\0");
  return digest.digest("hex");
}
function loaderStamp() {
  try {
    const stat = statSync(fileURLToPath(import.meta.url));
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return "unknown";
  }
}
function isSelfContained(contract) {
  return contract.sourceMap.files.length === 1 && !contract.diagnostics.some((d) => d.code.startsWith("MF_REF") || d.location.file !== contract.file);
}
function readEntry(entryFile) {
  try {
    const entry = JSON.parse(readFileSync2(entryFile, "utf8"));
    return entry.format === FORMAT ? entry : void 0;
  } catch {
    return void 0;
  }
}
function revive(file, entry, options) {
  const read = options.read ?? createFileReader();
  return {
    file,
    openapi: entry.openapi,
    title: entry.title,
    version: entry.version,
    document: entry.document,
    basePath: basePathOf(entry.document),
    operations: listOperations(entry.document),
    sourceMap: createSourceMap([{ bundled: "", file, pointer: "" }], read),
    diagnostics: entry.diagnostics
  };
}
function writeEntry(cacheDir, prefix, entryFile, contract) {
  let lossy = false;
  const text = JSON.stringify(
    {
      format: FORMAT,
      openapi: contract.openapi,
      title: contract.title,
      version: contract.version,
      document: contract.document,
      diagnostics: contract.diagnostics
    },
    (_key, value) => {
      if (typeof value === "number" && !Number.isFinite(value)) lossy = true;
      return value;
    }
  );
  if (lossy) return;
  try {
    mkdirSync(cacheDir, { recursive: true });
    for (const name of readdirSync2(cacheDir)) {
      if (name.startsWith(`${prefix}-`)) rmSync(join2(cacheDir, name), { force: true });
    }
    const temp = `${entryFile}.${process.pid}.tmp`;
    writeFileSync(temp, text);
    renameSync(temp, entryFile);
  } catch {
  }
}

// src/core/project.ts
function loadProject(configPath, options = {}) {
  const config = typeof configPath === "string" ? loadConfig(configPath) : configPath;
  const own = options.read ? void 0 : createFileReader();
  const read = options.read ?? own;
  const byFile = /* @__PURE__ */ new Map();
  const contracts = /* @__PURE__ */ new Map();
  const cacheDir = options.cache ? join3(config.root, ".mockforge", "cache", "contracts") : void 0;
  for (const workspace of config.workspaces) {
    contracts.set(workspace.name, loadWorkspaceContract(workspace, config, byFile, read, cacheDir));
  }
  if (options.cache) own?.forget();
  const diagnostics = [...byFile.values()].flatMap((c) => c.diagnostics);
  const unique = new Map(diagnostics.map((d) => [`${d.location.file}:${d.location.line}:${d.code}:${d.message}`, d]));
  return { config, contracts, diagnostics: [...unique.values()] };
}
function loadWorkspaceContract(workspace, config, byFile, read, cacheDir) {
  let contract = byFile.get(workspace.contract);
  if (!contract) {
    const options = {
      root: config.root,
      read,
      ...config.sharedSchemaFiles.length > 0 ? { sharedSchemaFiles: config.sharedSchemaFiles } : {}
    };
    contract = cacheDir ? loadContractCached(workspace.contract, options, cacheDir) : loadContract(workspace.contract, options);
    byFile.set(workspace.contract, contract);
  }
  return contract;
}

export {
  resolveLocalRef,
  HTTP_METHODS,
  CONTRACT_EXTENSIONS,
  loadContract,
  loadContractWithRemoteRefs,
  basePathOf,
  loadProject
};
