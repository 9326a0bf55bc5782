import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  isObject
} from "./chunk-SWRZDQDU.js";
import {
  appendPointer,
  describeSchemaErrors,
  problemsError,
  require_ajv
} from "./chunk-SOK6ZPY4.js";
import {
  ErrorCode,
  __toESM
} from "./chunk-RIB3W43H.js";

// src/core/arazzo/is-arazzo.ts
var ARAZZO_FILE = /\.arazzo\.(ya?ml|json)$/i;
function isArazzoDocument(file, value) {
  return ARAZZO_FILE.test(file) || isObject(value) && "arazzo" in value;
}

// src/core/scenario/load-scenario.ts
var import_ajv = __toESM(require_ajv(), 1);

// src/core/scenario/scenario-schema.ts
var status = {
  anyOf: [
    { type: "integer", minimum: 100, maximum: 599 },
    {
      type: "string",
      pattern: "^\\s*([1-5](xx|XX|\\d\\d)(\\s*-\\s*[1-5]\\d\\d)?)(\\s*,\\s*([1-5](xx|XX|\\d\\d)(\\s*-\\s*[1-5]\\d\\d)?))*\\s*$"
    },
    {
      type: "array",
      minItems: 1,
      items: {
        anyOf: [
          { type: "integer", minimum: 100, maximum: 599 },
          { type: "string", pattern: "^\\s*[1-5](xx|XX|\\d\\d)(\\s*-\\s*[1-5]\\d\\d)?\\s*$" }
        ]
      }
    }
  ]
};
var timeout = {
  anyOf: [
    { type: "number", exclusiveMinimum: 0 },
    { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s)?\\s*$" }
  ]
};
var scalar = { type: ["string", "number", "boolean"] };
var scenarioSchema = {
  type: "object",
  additionalProperties: false,
  required: ["name", "steps"],
  properties: {
    name: { type: "string", minLength: 1 },
    description: { type: "string" },
    timeout,
    steps: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "service", "request"],
        properties: {
          name: { type: "string", minLength: 1 },
          service: { type: "string", minLength: 1 },
          request: {
            type: "object",
            additionalProperties: false,
            required: ["path"],
            properties: {
              method: {
                type: "string",
                pattern: "^(?:[Gg][Ee][Tt]|[Pp][Uu][Tt]|[Pp][Oo][Ss][Tt]|[Dd][Ee][Ll][Ee][Tt][Ee]|[Oo][Pp][Tt][Ii][Oo][Nn][Ss]|[Hh][Ee][Aa][Dd]|[Pp][Aa][Tt][Cc][Hh])$"
              },
              path: { type: "string", pattern: "^/" },
              query: {
                type: "object",
                additionalProperties: { anyOf: [scalar, { type: "array", items: scalar }] }
              },
              headers: { type: "object", additionalProperties: scalar },
              body: {}
            }
          },
          response: {
            type: "object",
            additionalProperties: false,
            properties: {
              status,
              headers: { type: "object", additionalProperties: scalar },
              body: {}
            }
          },
          capture: {
            type: "object",
            propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
            additionalProperties: { type: "string", pattern: "^\\$" }
          },
          match: { enum: ["subset", "exact"] },
          timeout
        }
      }
    }
  }
};

// src/core/scenario/status-expectation.ts
function parseStatusExpectation(value) {
  if (value === void 0) return { text: "2xx", ranges: [[200, 299]] };
  const parts = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [value];
  const ranges = parts.map((part) => {
    if (typeof part === "number") return [part, part];
    const text2 = String(part).trim();
    const wildcard = /^([1-5])xx$/i.exec(text2);
    if (wildcard) return [Number(wildcard[1]) * 100, Number(wildcard[1]) * 100 + 99];
    const [low, high] = text2.split("-").map((s) => Number(s.trim()));
    return [low, high ?? low];
  });
  const text = Array.isArray(value) ? value.join(", ") : String(value);
  return { text, ranges };
}
function statusMatches(expectation, status2) {
  return expectation.ranges.some(([low, high]) => status2 >= low && status2 <= high);
}
function firstStatus(expectation) {
  return expectation.ranges[0]?.[0] ?? 200;
}

// src/core/scenario/load-scenario.ts
var DEFAULT_STEP_TIMEOUT_MS = 1e4;
var MAX_SCENARIO_BYTES = 4 * 1024 * 1024;
var compiled;
var validateShape = (value) => {
  compiled ??= new import_ajv.Ajv({ allErrors: true, verbose: true, strict: false, validateSchema: false }).compile(
    scenarioSchema
  );
  return compiled(value);
};
function scenarioFromSource(source, options = {}) {
  return toScenario(source, options);
}
function toScenario(source, options) {
  const locate = (pointer) => {
    const { exact: _exact, ...location } = source.locate(pointer);
    return location;
  };
  if (!validateShape(source.value)) throw scenarioError(describeErrors(compiled?.errors ?? [], locate));
  const raw = source.value;
  const defaultTimeout = raw.timeout === void 0 ? options.defaultTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS : parseTimeout(raw.timeout);
  const steps = raw.steps.map((step, index) => {
    const pointer = appendPointer("/steps", index);
    const request = step.request;
    const response = step.response ?? {};
    return {
      index,
      name: step.name,
      service: step.service,
      request: {
        method: String(request.method ?? "GET").toUpperCase(),
        path: request.path,
        query: request.query ?? {},
        headers: stringValues(request.headers),
        body: request.body,
        hasBody: "body" in request
      },
      response: {
        status: parseStatusExpectation(response.status),
        headers: stringValues(response.headers),
        body: response.body,
        hasBody: "body" in response
      },
      capture: step.capture ?? {},
      match: step.match ?? "subset",
      timeoutMs: step.timeout === void 0 ? defaultTimeout : parseTimeout(step.timeout),
      pointer,
      location: locate(appendPointer(pointer, "name"))
    };
  });
  return { file: source.file, name: raw.name, description: raw.description ?? "", steps, locate };
}
function parseTimeout(value) {
  if (typeof value === "number") return value;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)?\s*$/.exec(String(value));
  const amount = Number(match?.[1] ?? Number.NaN);
  return match?.[2] === "s" ? amount * 1e3 : amount;
}
function stringValues(record) {
  return Object.fromEntries(Object.entries(record ?? {}).map(([k, v]) => [k, String(v)]));
}
function scenarioError(problems) {
  return problemsError(
    ErrorCode.ScenarioInvalid,
    problems,
    'see "Cross-service scenarios" in README.md for the format'
  );
}
function describeErrors(errors, locate) {
  return describeSchemaErrors(errors, locate, {
    rootName: "the scenario",
    describe: (error, where) => {
      if (error.keyword === "anyOf") return `${where} has the wrong shape (see README "Cross-service scenarios")`;
      if (error.keyword === "pattern")
        return `${where} ${JSON.stringify(error.data)} is not valid (${hintFor(error.instancePath)})`;
      return void 0;
    }
  });
}
function hintFor(pointer) {
  if (pointer.endsWith("/method")) return "an HTTP method such as GET or POST";
  if (pointer.endsWith("/path")) return "a path starting with /";
  if (pointer.includes("/capture/")) return "a JSONPath such as $.id";
  if (pointer.endsWith("/status")) return 'a status such as 200, "2xx" or "200-299"';
  if (pointer.endsWith("/timeout")) return 'milliseconds, or "500ms" / "2s"';
  return 'see README "Cross-service scenarios"';
}

export {
  isArazzoDocument,
  statusMatches,
  firstStatus,
  DEFAULT_STEP_TIMEOUT_MS,
  MAX_SCENARIO_BYTES,
  scenarioFromSource,
  parseTimeout
};
