import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  appendPointer,
  describeSchemaErrors,
  problemsError,
  readSourceFile,
  require_ajv
} from "./chunk-BUZ6B4DB.js";
import {
  ErrorCode,
  MockforgeError,
  __toESM
} from "./chunk-ZVGOEXLY.js";

// src/core/source/source-reader.ts
import { realpathSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
function createFileReader(options = {}) {
  const cache = /* @__PURE__ */ new Map();
  return (file) => {
    let source = cache.get(file);
    if (!source) {
      source = readSourceFile(file, options);
      cache.set(file, source);
    }
    return source;
  };
}
function isInside(root, file) {
  const real = (path) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  const rel = relative(real(root), real(file));
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function assertInside(root, file, what) {
  if (!isInside(root, file)) {
    throw new MockforgeError(ErrorCode.RefRefused, `${what} ${file} is outside the project root ${root}`, {
      hint: "keep contracts, schemas and mock data inside the repository"
    });
  }
}

// src/core/config/load-config.ts
var import_ajv = __toESM(require_ajv(), 1);
import { existsSync } from "node:fs";
import { basename, dirname, join, resolve as resolve2 } from "node:path";

// src/core/config/config-schema.ts
var faults = {
  type: "object",
  additionalProperties: false,
  properties: {
    latency_ms: {
      oneOf: [
        { type: "integer", minimum: 0, maximum: 6e5 },
        {
          type: "object",
          additionalProperties: false,
          required: ["min", "max"],
          properties: { min: { type: "integer", minimum: 0 }, max: { type: "integer", minimum: 0 } }
        }
      ]
    },
    error_rate: { type: "number", minimum: 0, maximum: 1 },
    error_status: { type: "integer", minimum: 400, maximum: 599 }
  }
};
var uriMatch = {
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  maxProperties: 1,
  properties: { prefix: { type: "string" }, exact: { type: "string" }, regex: { type: "string" } }
};
var serviceMesh = {
  type: "object",
  additionalProperties: false,
  properties: {
    enabled: { type: "boolean" },
    mesh_type: { type: "string" },
    namespace: { type: "string" },
    virtual_service: {
      type: "object",
      additionalProperties: false,
      properties: {
        hosts: { type: "array", items: { type: "string", minLength: 1 } },
        routes: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            properties: {
              match: {
                type: "array",
                items: { type: "object", additionalProperties: false, properties: { uri: uriMatch } }
              },
              route: {
                type: "array",
                items: {
                  type: "object",
                  additionalProperties: false,
                  required: ["destination"],
                  properties: {
                    destination: {
                      type: "object",
                      additionalProperties: false,
                      required: ["host"],
                      properties: {
                        host: { type: "string", minLength: 1 },
                        port: {
                          type: "object",
                          additionalProperties: false,
                          properties: { number: { type: "integer" } }
                        }
                      }
                    },
                    weight: { type: "integer", minimum: 0, maximum: 100 }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
};
var endpoint = {
  type: "object",
  additionalProperties: false,
  required: ["path"],
  properties: {
    path: { type: "string", pattern: "^/" },
    method: {
      oneOf: [
        {
          type: "string",
          pattern: "^(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE|get|put|post|delete|options|head|patch|trace|\\*)$"
        },
        { type: "array", items: { type: "string" }, minItems: 1 }
      ]
    },
    response: {
      type: "object",
      additionalProperties: false,
      properties: {
        from_mock: { type: "string", minLength: 1 },
        status: { type: "integer", minimum: 100, maximum: 599 },
        headers: { type: "object", additionalProperties: { type: "string" } },
        body: {}
      }
    },
    faults
  }
};
var workspace = {
  type: "object",
  additionalProperties: false,
  required: ["name"],
  properties: {
    name: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" },
    port: { type: "integer", minimum: 0, maximum: 65535 },
    contract: { type: "string", minLength: 1 },
    target: { type: "string", pattern: "^https?://" },
    env: { type: "array", items: { type: "string", pattern: "^[A-Z_][A-Z0-9_]*$" } },
    validation: {
      oneOf: [
        { type: "boolean" },
        {
          type: "object",
          additionalProperties: false,
          properties: { requests: { type: "boolean" }, responses: { type: "boolean" } }
        }
      ]
    },
    faults,
    endpoints: { type: "array", items: endpoint },
    service_mesh: serviceMesh
  }
};
var configSchema = {
  type: "object",
  additionalProperties: false,
  required: ["workspaces"],
  properties: {
    version: { const: 1 },
    contracts_dir: { type: "string", minLength: 1 },
    shared_schemas: { type: "array", items: { type: "string", minLength: 1 } },
    scenarios: { type: "array", items: { type: "string", minLength: 1 } },
    workspaces: { type: "array", minItems: 1, items: workspace },
    core: {
      type: "object",
      additionalProperties: false,
      properties: {
        consistency: {
          type: "object",
          additionalProperties: false,
          properties: {
            enabled: { type: "boolean" },
            unified_state: {
              type: "object",
              additionalProperties: false,
              properties: {
                workspace_id: { type: "string", minLength: 1 },
                persona_graph: {
                  type: "object",
                  additionalProperties: false,
                  properties: { enabled: { type: "boolean" } }
                }
              }
            }
          }
        }
      }
    }
  }
};

// src/core/config/load-config.ts
var validator;
var validateConfig = (value) => {
  validator ??= new import_ajv.Ajv({ allErrors: true, verbose: true, strict: false, validateSchema: false }).compile(configSchema);
  return validator(value);
};
function loadConfig(configPath) {
  const file = resolve2(configPath);
  if (!existsSync(file)) {
    throw new MockforgeError(ErrorCode.ConfigNotFound, `config file ${file} not found`, {
      hint: "create mockforge.yaml (see README) or pass --config <file>"
    });
  }
  const source = readSourceFile(file, { maxBytes: 4 * 1024 * 1024 });
  if (!validateConfig(source.value)) {
    const problems = describeErrors(validator?.errors ?? [], source);
    throw configError(problems);
  }
  return normalize(source.value, source);
}
function configError(problems) {
  return problemsError(ErrorCode.ConfigInvalid, problems, "see the mockforge.yaml reference in README.md");
}
function describeErrors(errors, source) {
  const locate = (pointer) => {
    const { exact: _exact, ...location } = source.locate(pointer);
    return location;
  };
  return describeSchemaErrors(errors, locate, {
    rootName: "mockforge.yaml",
    describe: (error, where) => error.keyword === "oneOf" || error.keyword === "anyOf" ? `${where} has the wrong shape: ${expectedShapes(error.schema)}` : void 0
  });
}
function expectedShapes(schema) {
  if (!Array.isArray(schema)) return "see README";
  return `expected ${schema.map((s) => s.type ?? "a value").join(" or ")}`;
}
function normalize(raw, source) {
  const file = source.file;
  const root = dirname(file);
  const problems = [];
  const at = (pointer) => {
    const { exact: _exact, ...location } = source.locate(pointer);
    return location;
  };
  const inRoot = (relativePath, pointer, what) => {
    const absolute = resolve2(root, relativePath);
    try {
      assertInside(root, absolute, what);
    } catch (error) {
      problems.push({ location: at(pointer), message: error.message });
    }
    return absolute;
  };
  const contractsDir = inRoot(raw.contracts_dir ?? "contracts", "/contracts_dir", "contracts_dir");
  const names = /* @__PURE__ */ new Map();
  const ports = /* @__PURE__ */ new Map();
  const workspaces = raw.workspaces.map((ws, index) => {
    const pointer = appendPointer("/workspaces", index);
    if (names.has(ws.name))
      problems.push({ location: at(`${pointer}/name`), message: `workspace name '${ws.name}' is used twice` });
    names.set(ws.name, pointer);
    const port = typeof ws.port === "number" ? ws.port : 0;
    if (port !== 0 && ports.has(port)) {
      problems.push({
        location: at(`${pointer}/port`),
        message: `port ${port} of '${ws.name}' is already taken by '${ports.get(port)}'`
      });
    }
    ports.set(port, ws.name);
    const endpoints = (ws.endpoints ?? []).map((ep, epIndex) => {
      const epPointer = appendPointer(pointer, "endpoints", epIndex);
      const methods = ep.method === void 0 || ep.method === "*" ? [] : [ep.method].flat().map((m) => m.toUpperCase());
      const endpointConfig = { pointer: epPointer, path: ep.path, methods };
      if (ep.response?.from_mock !== void 0) {
        endpointConfig.fromMock = inRoot(ep.response.from_mock, `${epPointer}/response/from_mock`, "from_mock");
      }
      if (ep.response?.status !== void 0) endpointConfig.status = ep.response.status;
      if (ep.response?.headers !== void 0) endpointConfig.headers = ep.response.headers;
      if (ep.response && "body" in ep.response) endpointConfig.body = ep.response.body;
      if (ep.faults) endpointConfig.faults = normalizeFaults(ep.faults);
      return endpointConfig;
    });
    const contract = findContract(ws, endpoints, contractsDir, root);
    if (!contract.file) {
      problems.push({
        location: at(pointer),
        message: `cannot find the contract of workspace '${ws.name}' (looked for ${contract.tried.join(", ")})`
      });
    } else if (!contract.inferred) {
      inRoot(ws.contract, `${pointer}/contract`, "contract");
    }
    const validation = ws.validation;
    const workspaceConfig = {
      pointer,
      name: ws.name,
      port,
      contract: contract.file ?? contract.tried[0] ?? "",
      contractInferred: contract.inferred,
      env: ws.env ?? [],
      validateRequests: typeof validation === "boolean" ? validation : validation?.requests ?? true,
      validateResponses: typeof validation === "boolean" ? validation : validation?.responses ?? true,
      endpoints
    };
    if (ws.target !== void 0) workspaceConfig.target = ws.target;
    if (ws.faults) workspaceConfig.faults = normalizeFaults(ws.faults);
    if (ws.service_mesh) workspaceConfig.serviceMesh = normalizeMesh(ws.service_mesh, `${pointer}/service_mesh`);
    return workspaceConfig;
  });
  const sharedSchemaFiles = (raw.shared_schemas ?? []).map(
    (p, i) => inRoot(p, `/shared_schemas/${i}`, "shared schema")
  );
  if (problems.length > 0) throw configError(problems);
  const consistency = raw.core?.consistency ?? {};
  const unified = consistency.unified_state ?? {};
  return {
    file,
    root,
    contractsDir,
    sharedSchemaFiles,
    scenarios: raw.scenarios ?? ["scenarios/**/*.yaml", "scenarios/**/*.yml"],
    workspaces,
    unifiedState: {
      enabled: consistency.enabled ?? false,
      workspaceId: unified.workspace_id ?? "mockforge",
      personaGraph: unified.persona_graph?.enabled ?? false
    },
    locate: at
  };
}
function findContract(ws, endpoints, contractsDir, root) {
  if (typeof ws.contract === "string") {
    const file = resolve2(root, ws.contract);
    return { file: existsSync(file) ? file : void 0, tried: [file], inferred: false };
  }
  const stems = [ws.name, ...endpoints.flatMap((e) => e.fromMock ? [basename(e.fromMock)] : [])];
  const tried = [];
  for (const stem of new Set(stems)) {
    for (const extension of [".yaml", ".yml", ".json"]) {
      const candidate = join(contractsDir, stem + extension);
      tried.push(candidate);
      if (existsSync(candidate)) return { file: candidate, tried, inferred: true };
    }
  }
  return { file: void 0, tried, inferred: true };
}
function normalizeFaults(raw) {
  const faults2 = {};
  if (typeof raw.latency_ms === "number") faults2.latencyMs = { min: raw.latency_ms, max: raw.latency_ms };
  else if (raw.latency_ms) faults2.latencyMs = { min: raw.latency_ms.min, max: raw.latency_ms.max };
  if (raw.error_rate !== void 0) faults2.errorRate = raw.error_rate;
  if (raw.error_status !== void 0) faults2.errorStatus = raw.error_status;
  return faults2;
}
function normalizeMesh(raw, pointer) {
  const mesh = { pointer, enabled: raw.enabled ?? false, meshType: raw.mesh_type ?? "istio" };
  if (raw.namespace !== void 0) mesh.namespace = raw.namespace;
  if (raw.virtual_service) {
    mesh.virtualService = { hosts: raw.virtual_service.hosts ?? [], routes: raw.virtual_service.routes ?? [] };
  }
  return mesh;
}

export {
  createFileReader,
  isInside,
  loadConfig
};
