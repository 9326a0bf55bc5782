import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  checkContextFor,
  checkResponse,
  classifyTargetError,
  createHttpTransport,
  mediaTypeMatches,
  responsesOf,
  runPool,
  safeDecode
} from "./chunk-6TYTTSIO.js";
import {
  toSarif
} from "./chunk-BVVVLP5D.js";
import {
  resolveTargets
} from "./chunk-LU6URDTW.js";
import {
  compileRequestValidator,
  createMocksFromConfig,
  validateParameters
} from "./chunk-JXD2J3FQ.js";
import {
  findResponse
} from "./chunk-SFIXQ3B7.js";
import {
  compilePathTemplate,
  matchPathTemplate,
  splitPath
} from "./chunk-J5CZJXPQ.js";
import {
  firstStatus,
  loadScenario,
  statusMatches
} from "./chunk-WDIGWRKL.js";
import {
  configScenarioFiles,
  globSync
} from "./chunk-I6EOAQTO.js";
import {
  isObject
} from "./chunk-MCTK2GOT.js";
import {
  loadProject
} from "./chunk-7LJBLFJK.js";
import {
  appendPointer,
  didYouMean
} from "./chunk-BUZ6B4DB.js";
import {
  isAlive,
  readUpState
} from "./chunk-4VENIKSF.js";
import {
  ErrorCode,
  MockforgeError
} from "./chunk-ZVGOEXLY.js";

// src/core/scenario/scenario-report.ts
function scenarioFindings(result) {
  const findings = [];
  for (const scenario of result.scenarios) {
    for (const step of scenario.steps) {
      for (const failure of step.failures) {
        findings.push({
          source: "scenario",
          severity: failure.severity === "error" ? "error" : "warning",
          title: `${scenario.name} \u203A ${step.name}`,
          message: failureText(failure),
          location: { file: failure.location.file, line: failure.location.line, column: failure.location.column },
          key: failureKey(scenario, step, failure)
        });
      }
    }
  }
  return findings;
}
var SARIF_RULES = {
  status: "The response status is not the one the step expects",
  header: "A response header differs from the step",
  body: "The response body differs from the step",
  capture: "A capture matched nothing in the response",
  variable: "A variable the step uses (a capture or an env value) has no value",
  "unknown-service": "The step names a service that no target, environment value or workspace gives",
  unreachable: "The service could not be reached",
  timeout: "The service did not answer within the step timeout",
  "contract-request": "The step's request does not fit the service contract",
  "contract-response": "The service's response does not fit its contract",
  "contract-expected": "The step's expected response no longer fits the contract",
  "contract-operation": "The contract has no operation for the step"
};
function scenarioSarif(result, root, version) {
  const rules = Object.entries(SARIF_RULES).map(([kind, text2]) => ({
    id: `scenario/${kind}`,
    name: kind,
    shortDescription: text2
  }));
  const results = result.scenarios.flatMap(
    (scenario) => scenario.steps.flatMap(
      (step) => step.failures.map((failure) => ({
        ruleId: `scenario/${failure.kind}`,
        level: failure.severity,
        message: `${scenario.name} \u203A ${step.name}: ${failureText(failure)}`,
        location: { file: failure.location.file, line: failure.location.line, column: failure.location.column },
        fingerprint: failureKey(scenario, step, failure)
      }))
    )
  );
  return toSarif({ toolName: "mockforge", toolVersion: version, root, rules, results });
}
function failureKey(scenario, step, failure) {
  return `scenario:${scenario.name}:${step.index}:${failure.kind}:${failure.path ?? ""}`;
}
function failureText(failure) {
  const contract = failure.contractLocation ? ` (contract ${failure.contractLocation.file}:${failure.contractLocation.line})` : "";
  return `${failure.message}${contract}`;
}
function scenarioJUnitSuites(result, display) {
  return result.scenarios.map((scenario) => ({
    name: scenario.name,
    timeSeconds: scenario.durationMs / 1e3,
    cases: scenario.steps.map((step) => {
      const errors = step.failures.filter((f) => f.severity === "error");
      const first = errors[0];
      return {
        name: `${step.index + 1}. ${step.name}`,
        classname: `${display(scenario.file)}`,
        timeSeconds: step.durationMs / 1e3,
        file: display(first?.location.file ?? step.location.file),
        line: first?.location.line ?? step.location.line,
        ...step.outcome === "skipped" ? { skipped: step.skipReason ?? "skipped" } : {},
        ...first ? {
          failure: {
            message: failureText(first),
            type: first.kind,
            details: errors.map((f) => `${display(f.location.file)}:${f.location.line}: ${failureText(f)}`).join("\n")
          }
        } : {}
      };
    })
  }));
}
function scenarioJsonReport(result, display) {
  const steps = result.scenarios.flatMap((s) => s.steps);
  return {
    summary: {
      scenarios: result.scenarios.length,
      passed: result.scenarios.filter((s) => s.passed).length,
      steps: steps.length,
      failedSteps: steps.filter((s) => s.outcome === "failed").length,
      skippedSteps: steps.filter((s) => s.outcome === "skipped").length
    },
    targets: result.targets,
    scenarios: result.scenarios.map((scenario) => ({
      ...scenario,
      file: display(scenario.file),
      steps: scenario.steps.map((step) => relocate(step, display))
    }))
  };
}
var SECRET_HEADER = /authorization|cookie|token|secret|api[-_]?key|password/i;
function relocate(step, display) {
  return {
    ...step,
    ...step.request ? {
      request: {
        ...step.request,
        headers: Object.fromEntries(
          Object.entries(step.request.headers).map(([k, v]) => [k, SECRET_HEADER.test(k) ? "[redacted]" : v])
        )
      }
    } : {},
    location: { ...step.location, file: display(step.location.file) },
    failures: step.failures.map((f) => ({
      ...f,
      location: { ...f.location, file: display(f.location.file) },
      ...f.contractLocation ? { contractLocation: { ...f.contractLocation, file: display(f.contractLocation.file) } } : {}
    }))
  };
}
function countSteps(scenario) {
  const count = (outcome) => scenario.steps.filter((s) => s.outcome === outcome).length;
  return { passed: count("passed"), failed: count("failed"), skipped: count("skipped") };
}

// src/core/scenario/format-scenarios.ts
var MAX_DIFF_LINES = 200;
function formatStepLine(step, display) {
  const mark = step.outcome === "passed" ? "\u2713" : step.outcome === "failed" ? "\u2717" : "-";
  const request = step.request ? `  ${step.request.method} ${new URL(step.request.url).pathname}` : "";
  const status = step.response ? ` -> ${step.response.status}` : "";
  const time = step.outcome === "skipped" ? ` (skipped: ${step.skipReason})` : ` (${Math.round(step.durationMs)} ms)`;
  const lines = [`  ${mark} ${step.index + 1}. ${step.name}${request}${status}${time}`];
  for (const failure of step.failures) {
    const label = failure.severity === "warning" ? "warning: " : "";
    lines.push(`      ${display(failure.location.file)}:${failure.location.line}: ${label}${failureText(failure)}`);
  }
  return lines.join("\n");
}
function formatBodyDiff(step, mode = "subset") {
  if (!step.failures.some((f) => f.kind === "body") || !step.response) return "";
  const expected = step.expectedBody;
  const actual = mode === "subset" ? project(step.response.body, expected) : step.response.body;
  const left = pretty(expected).slice(0, MAX_DIFF_LINES);
  const right = pretty(actual).slice(0, MAX_DIFF_LINES);
  return ["      expected (-) vs actual (+):", ...diffLines(left, right).map((l) => `        ${l}`)].join("\n");
}
function formatScenarioHeader(scenario, display) {
  return `${scenario.name} (${display(scenario.file)})`;
}
function formatSummary(result) {
  const steps = result.scenarios.flatMap((s) => s.steps);
  const failed = steps.filter((s) => s.outcome === "failed").length;
  const skipped = steps.filter((s) => s.outcome === "skipped").length;
  const passedScenarios = result.scenarios.filter((s) => s.passed).length;
  return `${passedScenarios}/${result.scenarios.length} scenarios passed; ${steps.length} steps: ${steps.length - failed - skipped} passed, ${failed} failed, ${skipped} skipped`;
}
function formatScenario(scenario, display, modes = []) {
  const passed = scenario.steps.filter((s) => s.outcome === "passed").length;
  const mark = scenario.passed ? "\u2713" : "\u2717";
  const warned = scenario.steps.filter((s) => s.outcome !== "passed" || s.failures.length > 0);
  return [
    `${mark} ${formatScenarioHeader(scenario, display)}: ${passed}/${scenario.steps.length} steps passed`,
    ...warned.map(
      (step) => [formatStepLine(step, display), formatBodyDiff(step, modes[step.index])].filter(Boolean).join("\n")
    )
  ].join("\n");
}
function project(actual, expected) {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return actual.map((item, i) => i < expected.length ? project(item, expected[i]) : item);
  }
  if (isObject(expected) && isObject(actual)) {
    const out = {};
    for (const key of Object.keys(expected))
      if (Object.hasOwn(actual, key)) out[key] = project(actual[key], expected[key]);
    return out;
  }
  return actual;
}
function pretty(value) {
  return (JSON.stringify(value, null, 2) ?? "undefined").split("\n");
}
function diffLines(left, right) {
  const rows = left.length;
  const cols = right.length;
  const table = Array.from({ length: rows + 1 }, () => new Array(cols + 1).fill(0));
  for (let i2 = rows - 1; i2 >= 0; i2--) {
    for (let j2 = cols - 1; j2 >= 0; j2--) {
      const row = table[i2];
      row[j2] = left[i2] === right[j2] ? table[i2 + 1][j2 + 1] + 1 : Math.max(table[i2 + 1][j2], row[j2 + 1]);
    }
  }
  const out = [];
  let i = 0;
  let j = 0;
  while (i < rows || j < cols) {
    if (i < rows && j < cols && left[i] === right[j]) {
      out.push(`  ${left[i]}`);
      i++;
      j++;
    } else if (i < rows && (j === cols || table[i + 1][j] >= table[i][j + 1])) {
      out.push(`- ${left[i]}`);
      i++;
    } else {
      out.push(`+ ${right[j]}`);
      j++;
    }
  }
  return out;
}

// src/core/scenario/mermaid.ts
function scenarioSequenceDiagram(scenario) {
  const ids = /* @__PURE__ */ new Map();
  const idFor = (service) => {
    let id = ids.get(service);
    if (!id) {
      id = `S${ids.size + 1}`;
      ids.set(service, id);
    }
    return id;
  };
  const arrows = [];
  for (const step of scenario.steps) {
    const id = idFor(step.service);
    const request = step.request ? `${step.request.method} ${new URL(step.request.url).pathname}` : step.name;
    arrows.push(`  C->>${id}: ${text(`${step.index + 1}. ${request}`)}`);
    if (step.outcome === "skipped") {
      arrows.push(`  Note over C,${id}: ${text(`skipped: ${step.skipReason ?? ""}`)}`);
    } else if (step.response) {
      const mark = step.outcome === "passed" ? "\u2713" : `\u2717 ${step.failures.find((f) => f.severity === "error")?.message ?? ""}`;
      arrows.push(`  ${id}${step.outcome === "passed" ? "-->>" : "--x"}C: ${text(`${step.response.status} ${mark}`)}`);
    } else {
      arrows.push(`  ${id}--xC: ${text(`\u2717 ${step.failures[0]?.message ?? "no response"}`)}`);
    }
  }
  const participants = [...ids.entries()].map(([service, id]) => `  participant ${id} as ${text(service)}`);
  return ["sequenceDiagram", `  participant C as ${text(scenario.name)}`, ...participants, ...arrows].join("\n");
}
function text(value) {
  const flat = value.replace(/\s+/g, " ").trim();
  const short = flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
  return short.replace(/[#;:<>{}`]/g, (c) => `#${c.charCodeAt(0)};`);
}

// src/core/scenario/contract-check.ts
var ContractChecker = class {
  contract;
  #context;
  #requests = /* @__PURE__ */ new Map();
  #templates;
  constructor(contract) {
    this.contract = contract;
    this.#context = checkContextFor(contract);
    this.#templates = contract.operations.map((operation) => ({
      operation,
      template: compilePathTemplate(`${contract.basePath}${operation.path}`)
    }));
  }
  /** The operation `method path` hits, with its path parameters. */
  findOperation(method, path) {
    const segments = splitPath(path.split("?")[0] ?? "").map(safeDecode);
    let best;
    for (const { operation, template } of this.#templates) {
      if (operation.method.toUpperCase() !== method) continue;
      const params = matchPathTemplate(template, segments);
      if (params && (!best || Object.keys(params).length < Object.keys(best.params).length))
        best = { operation, params };
    }
    return best;
  }
  /** The request as sent: parameters and JSON body against the operation. */
  checkRequest(operation, parts, body, at) {
    let validator = this.#requests.get(operation.pointer);
    if (!validator) {
      validator = compileRequestValidator(this.contract, operation, this.#context.headers, this.#context.bodies);
      this.#requests.set(operation.pointer, validator);
    }
    const failures = validateParameters(validator, { ...parts }).map((issue) => ({
      kind: "contract-request",
      severity: "error",
      message: `request ${issue.in} parameter '${issue.name}' ${issue.message} (contract ${issue.location ?? ""})`,
      location: at(issue.in === "query" ? "request/query" : issue.in === "header" ? "request/headers" : "request/path"),
      path: `${issue.in}:${issue.name}`
    }));
    const media = validator.body ? [...validator.body.media.entries()].find(([type]) => mediaTypeMatches(type, "application/json")) : void 0;
    if (body === void 0) {
      if (validator.body?.required) {
        failures.push({
          kind: "contract-request",
          severity: "error",
          message: "the contract requires a request body",
          location: at("request")
        });
      }
      return failures;
    }
    for (const issue of media?.[1]?.(body) ?? []) {
      failures.push({
        kind: "contract-request",
        severity: "error",
        message: `request body ${issue.instancePath || "(body)"} ${issue.message}`,
        location: at(appendPointer("request/body", ...pathSegments(issue.instancePath))),
        path: issue.instancePath,
        actual: issue.actual,
        contractLocation: issue.location
      });
    }
    return failures;
  }
  /** The actual response: the five response checks of `mockforge validate`. */
  checkActualResponse(operation, response, at) {
    return checkResponse(this.#context, operation, response, "").map(
      (finding) => ({
        kind: "contract-response",
        severity: "error",
        message: `actual response breaks the contract: ${finding.message}`,
        location: at("response"),
        ...finding.instancePath !== void 0 ? { path: finding.instancePath } : {},
        ...finding.actual !== void 0 ? { actual: finding.actual } : {},
        contractLocation: finding.location
      })
    );
  }
  /** The scenario's expected body against the response schema of its status: a stale scenario shows here. */
  checkExpectedBody(operation, status, expected, at) {
    const spec = findResponse(responsesOf(this.#context, operation), status);
    const media = spec?.media.find((m) => mediaTypeMatches(m.mediaType, "application/json") && m.hasSchema);
    if (!media) return [];
    const validate = this.#context.bodies.forPointer(appendPointer(media.pointer, "schema"), "response");
    return validate(expected).map(
      (issue) => ({
        kind: "contract-expected",
        severity: "error",
        message: `expected body no longer fits the contract: ${issue.instancePath || "(body)"} ${issue.message}`,
        location: at(appendPointer("response/body", ...pathSegments(issue.instancePath))),
        path: issue.instancePath,
        actual: issue.actual,
        contractLocation: issue.location
      })
    );
  }
};
function stepLocator(scenario, step) {
  return (pointer) => scenario.locate(pointer ? `${step.pointer}/${pointer}` : step.pointer);
}
function pathSegments(pointer) {
  return pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

// src/core/scenario/http-exchange.ts
function buildRequest(base, method, path, query, headers, body) {
  const url = new URL(base + path);
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
  }
  const sent = { method, url: url.toString(), headers: { ...headers } };
  if (body !== void 0) {
    const type = Object.entries(headers).find(([k]) => k.toLowerCase() === "content-type")?.[1];
    if (!type) sent.headers["content-type"] = "application/json";
    sent.body = typeof body === "string" && type && !/json/i.test(type) ? body : JSON.stringify(body);
  }
  return sent;
}
function parseBody(response) {
  if (response.body === "") return "";
  const type = response.headers["content-type"] ?? "";
  if (/json/i.test(type) || /^\s*[[{"]/.test(response.body)) {
    try {
      return JSON.parse(response.body);
    } catch {
      return response.body;
    }
  }
  return response.body;
}

// src/core/scenario/json-path.ts
function evaluateJsonPath(root, path) {
  const segments = parseJsonPath(path);
  if (!segments) return { found: false };
  let current = root;
  for (const segment of segments) {
    if (typeof segment === "number") {
      if (!Array.isArray(current)) return { found: false };
      const index = segment < 0 ? current.length + segment : segment;
      if (index < 0 || index >= current.length) return { found: false };
      current = current[index];
    } else {
      if (!current || typeof current !== "object" || Array.isArray(current) || !Object.hasOwn(current, segment)) {
        return { found: false };
      }
      current = current[segment];
    }
  }
  return { found: true, value: current };
}
function parseJsonPath(path) {
  if (!path.startsWith("$")) return void 0;
  const segments = [];
  const pattern = /\.([A-Za-z_$][\w$-]*)|\[\s*(-?\d+)\s*\]|\[\s*'((?:[^'\\]|\\.)*)'\s*\]|\[\s*"((?:[^"\\]|\\.)*)"\s*\]/y;
  pattern.lastIndex = 1;
  while (pattern.lastIndex < path.length) {
    const match = pattern.exec(path);
    if (!match) return void 0;
    if (match[1] !== void 0) segments.push(match[1]);
    else if (match[2] !== void 0) segments.push(Number(match[2]));
    else segments.push((match[3] ?? match[4] ?? "").replace(/\\(.)/g, "$1"));
  }
  return segments;
}

// src/core/scenario/match-body.ts
function matchBody(expected, actual, mode, path = "") {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [{ path, kind: "different", expected, actual }];
    const out = [];
    if (expected.length !== actual.length) {
      out.push({ path, kind: "length", expected: expected.length, actual: actual.length });
    }
    const shared = Math.min(expected.length, actual.length);
    for (let i = 0; i < shared; i++) out.push(...matchBody(expected[i], actual[i], mode, appendPointer(path, i)));
    return out;
  }
  if (isObject(expected)) {
    if (!isObject(actual)) return [{ path, kind: "different", expected, actual }];
    const out = [];
    for (const [key, value] of Object.entries(expected)) {
      const child = appendPointer(path, key);
      if (!Object.hasOwn(actual, key)) out.push({ path: child, kind: "missing", expected: value });
      else out.push(...matchBody(value, actual[key], mode, child));
    }
    if (mode === "exact") {
      for (const key of Object.keys(actual)) {
        if (!Object.hasOwn(expected, key)) {
          out.push({ path: appendPointer(path, key), kind: "unexpected", actual: actual[key] });
        }
      }
    }
    return out;
  }
  return sameScalar(expected, actual) ? [] : [{ path, kind: "different", expected, actual }];
}
function sameScalar(expected, actual) {
  return expected === actual || Number.isNaN(expected) && Number.isNaN(actual);
}
function describeMismatch(mismatch, at) {
  const where = mismatch.path || "(body)";
  const show = (value) => JSON.stringify(value);
  const message = mismatch.kind === "missing" ? `body ${where} is missing (expected ${show(mismatch.expected)})` : mismatch.kind === "unexpected" ? `body ${where} is not expected (exact match), got ${show(mismatch.actual)}` : mismatch.kind === "length" ? `body ${where} has ${show(mismatch.actual)} items, expected ${show(mismatch.expected)}` : `body ${where} is ${show(mismatch.actual)}, expected ${show(mismatch.expected)}`;
  return {
    kind: "body",
    severity: "error",
    message,
    location: at(`response/body${mismatch.path}`),
    path: mismatch.path,
    ...mismatch.expected !== void 0 ? { expected: mismatch.expected } : {},
    ...mismatch.actual !== void 0 ? { actual: mismatch.actual } : {}
  };
}

// src/core/scenario/variables.ts
var PLACEHOLDER = /\$\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*\}/g;
var WHOLE = /^\$\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*\}$/;
var UndefinedVariableError = class extends Error {
  constructor(variable) {
    super(
      variable.startsWith("env.") ? `environment variable ${variable.slice(4)} is not set` : `\${${variable}} is not defined (capture it in an earlier step)`
    );
    this.variable = variable;
  }
  variable;
};
function substitute(value, variables) {
  if (typeof value === "string") return substituteString(value, variables);
  if (Array.isArray(value)) return value.map((item) => substitute(item, variables));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, variables)]));
  }
  return value;
}
function substituteString(text2, variables) {
  const whole = WHOLE.exec(text2);
  if (whole?.[1]) return lookup(whole[1], variables);
  return text2.replace(PLACEHOLDER, (_, name) => {
    const found = lookup(name, variables);
    return typeof found === "string" ? found : JSON.stringify(found);
  });
}
function lookup(name, variables) {
  if (name.startsWith("env.")) {
    const value = variables.env[name.slice(4)];
    if (value === void 0) throw new UndefinedVariableError(name);
    return value;
  }
  if (!variables.captured.has(name)) throw new UndefinedVariableError(name);
  return variables.captured.get(name);
}

// src/core/scenario/run-step.ts
async function runStep(context) {
  const { step, at } = context;
  const started = context.now();
  const result = {
    index: step.index,
    name: step.name,
    service: step.service,
    location: step.location,
    outcome: "passed",
    durationMs: 0,
    failures: [],
    captured: {}
  };
  const fail = (failure) => result.failures.push(failure);
  const finish = () => {
    result.durationMs = context.now() - started;
    if (result.failures.some((f) => f.severity === "error")) result.outcome = "failed";
    return result;
  };
  if (!context.baseUrl) {
    fail({
      kind: "unknown-service",
      severity: "error",
      message: context.unknownService ?? `no URL for service '${step.service}'`,
      location: at("service")
    });
    return finish();
  }
  let request;
  let requestBody;
  let expectedBody;
  let expectedHeaders;
  try {
    const path = String(substitute(step.request.path, context.variables));
    const query = substitute(step.request.query, context.variables);
    const headers = substitute(step.request.headers, context.variables);
    requestBody = step.request.hasBody ? substitute(step.request.body, context.variables) : void 0;
    expectedBody = step.response.hasBody ? substitute(step.response.body, context.variables) : void 0;
    expectedHeaders = substitute(step.response.headers, context.variables);
    request = buildRequest(context.baseUrl, step.request.method, path, query, headers, requestBody);
  } catch (error) {
    const message = error instanceof UndefinedVariableError ? error.message : `cannot build the request URL from '${context.baseUrl}' and '${step.request.path}': ${error.message}`;
    fail({
      kind: "variable",
      severity: "error",
      message,
      location: at(error instanceof UndefinedVariableError ? "" : "request/path")
    });
    return finish();
  }
  result.request = request;
  if (step.response.hasBody) result.expectedBody = expectedBody;
  const url = new URL(request.url);
  const operation = context.checker?.findOperation(step.request.method, url.pathname);
  if (context.checker && !operation) {
    fail({
      kind: "contract-operation",
      severity: "warning",
      message: `${step.request.method} ${url.pathname} is not declared in ${step.service}'s contract`,
      location: at("request/path")
    });
  }
  if (context.checker && operation) {
    const query = {};
    for (const key of new Set(url.searchParams.keys())) {
      const all = url.searchParams.getAll(key);
      query[key] = all.length === 1 ? all[0] : all;
    }
    const lower = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
    result.failures.push(
      ...context.checker.checkRequest(
        operation.operation,
        { path: operation.params, query, headers: lower },
        requestBody,
        at
      )
    );
    if (step.response.hasBody) {
      const status = firstStatus(step.response.status);
      result.failures.push(...context.checker.checkExpectedBody(operation.operation, status, expectedBody, at));
    }
  }
  let raw;
  try {
    raw = await context.transport(request, step.timeoutMs);
  } catch (error) {
    const problem = classifyTargetError(error);
    const timeout = problem.kind === "timeout";
    fail({
      kind: timeout ? "timeout" : "unreachable",
      severity: "error",
      message: timeout ? `no response from ${step.service} within ${step.timeoutMs} ms (${request.method} ${request.url})` : `${step.service} at ${context.baseUrl} is unreachable: ${problem.message}`,
      location: at(timeout ? "" : "service")
    });
    return finish();
  }
  const response = { status: raw.status, headers: raw.headers, body: parseBody(raw) };
  result.response = response;
  if (!statusMatches(step.response.status, raw.status)) {
    fail({
      kind: "status",
      severity: "error",
      message: `status ${raw.status}, expected ${step.response.status.text}`,
      location: at(step.response.status.text === "2xx" ? "response" : "response/status"),
      path: "status",
      expected: step.response.status.text,
      actual: raw.status
    });
  }
  for (const [name, value] of Object.entries(expectedHeaders)) {
    const actual = raw.headers[name.toLowerCase()];
    if (actual === value) continue;
    fail({
      kind: "header",
      severity: "error",
      message: actual === void 0 ? `header '${name}' is missing` : `header '${name}' is '${actual}', expected '${value}'`,
      location: at(`response/headers/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`),
      path: `header:${name}`,
      expected: value,
      actual
    });
  }
  if (step.response.hasBody) {
    for (const mismatch of matchBody(expectedBody, response.body, step.match)) {
      fail(describeMismatch(mismatch, at));
    }
  }
  if (context.checker && operation) {
    result.failures.push(...context.checker.checkActualResponse(operation.operation, raw, at));
  }
  for (const [name, path] of Object.entries(step.capture)) {
    const found = evaluateJsonPath(response.body, path);
    if (!found.found) {
      fail({
        kind: "capture",
        severity: "error",
        message: `capture '${name}': ${path} matches nothing in the response body`,
        location: at(`capture/${name}`),
        path
      });
      continue;
    }
    result.captured[name] = found.value;
    context.variables.captured.set(name, found.value);
  }
  return finish();
}

// src/core/scenario/run-scenarios.ts
var STOPPING = /* @__PURE__ */ new Set(["unreachable", "timeout", "unknown-service", "variable"]);
async function runScenarios(options) {
  const now = options.now ?? (() => performance.now());
  const urls = new Map(options.targets.map((t) => [t.service, t.url]));
  const checkers = /* @__PURE__ */ new Map();
  const checkerFor = (service) => {
    const contract = options.contracts?.get(service);
    if (!contract) return void 0;
    let checker = checkers.get(service);
    if (!checker) {
      checker = new ContractChecker(contract);
      checkers.set(service, checker);
    }
    return checker;
  };
  const known = [.../* @__PURE__ */ new Set([...urls.keys(), ...options.contracts?.keys() ?? []])];
  const results = new Array(options.scenarios.length);
  const indexed = options.scenarios.map((scenario, index) => ({ scenario, index }));
  await runPool(indexed, Math.max(1, options.concurrency ?? 4), async ({ scenario, index }) => {
    const started = now();
    const variables = { captured: /* @__PURE__ */ new Map(), env: options.env ?? {} };
    const steps = [];
    let stopped;
    for (const step of scenario.steps) {
      let result;
      if (stopped) {
        result = {
          index: step.index,
          name: step.name,
          service: step.service,
          location: step.location,
          outcome: "skipped",
          skipReason: stopped,
          durationMs: 0,
          failures: [],
          captured: {}
        };
      } else {
        const baseUrl = urls.get(step.service);
        result = await runStep({
          step,
          baseUrl,
          ...baseUrl ? {} : { unknownService: unknownService(step.service, known) },
          checker: checkerFor(step.service),
          variables,
          transport: options.transport,
          at: stepLocator(scenario, step),
          now
        });
        const stop = result.failures.find((f) => STOPPING.has(f.kind));
        if (stop) stopped = `step ${step.index + 1} (${step.name}) failed: ${stop.kind}`;
      }
      steps.push(result);
      options.onStep?.(scenario, result);
    }
    results[index] = {
      file: scenario.file,
      name: scenario.name,
      steps,
      passed: steps.every((s) => s.outcome === "passed"),
      durationMs: now() - started
    };
  });
  return { scenarios: results, targets: [...options.targets] };
}
function scenariosExitCode(result) {
  return result.scenarios.every((s) => s.passed) ? 0 : 1;
}
function unknownService(service, known) {
  const guess = didYouMean(service, known);
  return `unknown service '${service}'${guess ? `; did you mean '${guess}'?` : ""} (known: ${known.join(", ") || "none"})`;
}

// src/core/scenario/run-scenario-files.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";
async function runScenarioFiles(options) {
  const configFile = resolve(options.cwd, options.configPath);
  const project2 = existsSync(configFile) ? loadProject(configFile) : void 0;
  const files = findScenarioFiles(options, project2);
  const load = options.defaultTimeoutMs ? { defaultTimeoutMs: options.defaultTimeoutMs } : {};
  const scenarios = files.map((file) => loadScenario(file, load));
  const services = [...new Set(scenarios.flatMap((s) => s.steps.map((step) => step.service)))];
  const envNames = new Map(project2?.config.workspaces.map((w) => [w.name, w.env]) ?? []);
  const { resolved, missing } = resolveTargets({
    services,
    explicit: options.targets,
    env: options.env,
    envNames,
    up: project2 ? liveUpState(project2.config.root) : void 0
  });
  const workspaces = new Set(project2?.config.workspaces.map((w) => w.name) ?? []);
  const toMock = missing.filter((service) => workspaces.has(service));
  let mocks;
  if (project2 && toMock.length > 0 && !options.noMocks) {
    mocks = await bootMocks(project2, toMock);
    resolved.push(...mocks.targets);
  }
  options.onTargets?.(resolved);
  const transport = createHttpTransport({ connections: 8 });
  try {
    const contracts = project2?.contracts ?? /* @__PURE__ */ new Map();
    const result = await runScenarios({
      scenarios,
      targets: resolved,
      contracts,
      transport,
      env: options.env,
      ...options.concurrency ? { concurrency: options.concurrency } : {},
      ...options.onStep ? { onStep: options.onStep } : {}
    });
    return { result, scenarios, project: project2 };
  } finally {
    await transport.close();
    await mocks?.close();
  }
}
function findScenarioFiles(options, project2) {
  if (options.patterns.length === 0) {
    if (!project2) {
      throw new MockforgeError(ErrorCode.ConfigNotFound, `no scenario files given and no ${options.configPath}`, {
        hint: "pass scenario files (mockforge scenarios scenarios/*.yaml) or run where mockforge.yaml is"
      });
    }
    const found = configScenarioFiles(project2.config);
    if (found.length === 0) {
      throw new MockforgeError(
        ErrorCode.UsageInvalid,
        `no scenario files match ${project2.config.scenarios.join(", ")} in ${project2.config.root}`,
        { hint: "add files under scenarios/ or set 'scenarios:' in mockforge.yaml" }
      );
    }
    return found;
  }
  const files = [];
  for (const pattern of options.patterns) {
    const direct = resolve(options.cwd, pattern);
    const found = existsSync(direct) ? [direct] : globSync([pattern], { cwd: options.cwd, absolute: true, onlyFiles: true });
    if (found.length === 0) {
      throw new MockforgeError(ErrorCode.UsageInvalid, `no scenario file matches '${pattern}'`, {
        hint: "check the path (globs are relative to the current folder)"
      });
    }
    files.push(...found.sort());
  }
  return [...new Set(files)];
}
function liveUpState(root) {
  const state = readUpState(root);
  return state && isAlive(state.pid) ? state : void 0;
}
async function bootMocks(project2, workspaces) {
  const server = createMocksFromConfig(project2, {
    workspaces,
    ports: new Map(workspaces.map((name) => [name, 0]))
  });
  const served = await server.listen();
  return {
    targets: served.map((w) => ({ service: w.name, url: w.url, source: "mocks" })),
    close: () => server.close()
  };
}

export {
  scenarioFindings,
  scenarioSarif,
  failureText,
  scenarioJUnitSuites,
  scenarioJsonReport,
  countSteps,
  formatStepLine,
  formatSummary,
  formatScenario,
  scenarioSequenceDiagram,
  scenariosExitCode,
  runScenarioFiles
};
