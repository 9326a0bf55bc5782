import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  checkContextFor,
  checkResponse,
  classifyTargetError,
  createHttpTransport,
  mediaTypeMatches,
  responsesOf,
  runPool
} from "./chunk-Q5PI4LNE.js";
import {
  toSarif
} from "./chunk-BVVVLP5D.js";
import {
  resolveTargets
} from "./chunk-LU6URDTW.js";
import {
  UnresolvedExpressionError,
  asText,
  evaluateValue,
  loadScenarioFiles,
  workflowInputs
} from "./chunk-WORUD6GV.js";
import {
  compileRequestValidator,
  createMocksFromConfig,
  createMocksFromContracts,
  validateParameters
} from "./chunk-4LJ7MSKH.js";
import {
  compilePathTemplate,
  matchPathTemplate,
  splitPath
} from "./chunk-DBPOXZL2.js";
import {
  findResponse
} from "./chunk-QYSM2PN3.js";
import {
  firstStatus,
  statusMatches
} from "./chunk-T5K4HRE5.js";
import {
  configScenarioFiles,
  globSync
} from "./chunk-HE2PU5F4.js";
import {
  resolveChild
} from "./chunk-6V3Z4ZOA.js";
import {
  isObject
} from "./chunk-SWRZDQDU.js";
import {
  loadProject
} from "./chunk-DCWLXHLC.js";
import {
  appendPointer,
  didYouMean,
  safeDecode
} from "./chunk-SOK6ZPY4.js";
import {
  isAlive,
  readUpState
} from "./chunk-K25J5FW6.js";
import {
  ErrorCode,
  MockforgeError
} from "./chunk-RIB3W43H.js";

// src/core/scenario/scenario-report.ts
function scenarioFindings(result) {
  const findings = [];
  for (const scenario of result.scenarios) {
    for (const failure of scenario.failures ?? []) {
      findings.push({
        source: "scenario",
        severity: failure.severity === "error" ? "error" : "warning",
        title: scenario.name,
        message: failureText(failure),
        location: { file: failure.location.file, line: failure.location.line, column: failure.location.column },
        key: `scenario:${scenario.name}:workflow:${failure.kind}:${failure.path ?? failure.location.line}`
      });
    }
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
  "contract-operation": "The contract has no operation for the step",
  criterion: "An Arazzo step's success criterion is not met",
  output: "An Arazzo output reaches no value",
  operation: "An Arazzo step's operation is not in its source description",
  workflow: "A workflow an Arazzo step calls (or depends on) failed",
  input: "An Arazzo workflow's inputs are missing or do not fit its inputs schema",
  flow: "An Arazzo workflow ran too many steps (a goto loop?)"
};
function scenarioSarif(result, root, version) {
  const rules = Object.entries(SARIF_RULES).map(([kind, text2]) => ({
    id: `scenario/${kind}`,
    name: kind,
    shortDescription: text2
  }));
  const results = result.scenarios.flatMap((scenario) => [
    ...(scenario.failures ?? []).map((failure) => ({
      ruleId: `scenario/${failure.kind}`,
      level: failure.severity,
      message: `${scenario.name}: ${failureText(failure)}`,
      location: { file: failure.location.file, line: failure.location.line, column: failure.location.column },
      fingerprint: `scenario:${scenario.name}:workflow:${failure.kind}:${failure.path ?? failure.location.line}`
    })),
    ...scenario.steps.flatMap(
      (step) => step.failures.map((failure) => ({
        ruleId: `scenario/${failure.kind}`,
        level: failure.severity,
        message: `${scenario.name} \u203A ${step.name}: ${failureText(failure)}`,
        location: { file: failure.location.file, line: failure.location.line, column: failure.location.column },
        fingerprint: failureKey(scenario, step, failure)
      }))
    )
  ]);
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
    cases: [
      ...workflowCase(scenario, display),
      ...scenario.steps.map((step) => {
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
    ]
  }));
}
function workflowCase(scenario, display) {
  const errors = (scenario.failures ?? []).filter((f) => f.severity === "error");
  const first = errors[0];
  if (!first) return [];
  return [
    {
      name: `${scenario.name} (workflow)`,
      classname: display(scenario.file),
      timeSeconds: 0,
      file: display(first.location.file),
      line: first.location.line,
      failure: {
        message: failureText(first),
        type: first.kind,
        details: errors.map((f) => `${display(f.location.file)}:${f.location.line}: ${failureText(f)}`).join("\n")
      }
    }
  ];
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
      ...scenario.failures ? {
        failures: scenario.failures.map((f) => ({
          ...f,
          location: { ...f.location, file: display(f.location.file) }
        }))
      } : {},
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
  const retried = step.retried?.length ? ` after ${step.retried.length} ${step.retried.length === 1 ? "retry" : "retries"} (${step.retried.map((r) => r.status ?? "no response").join(", ")})` : "";
  const lines = [`  ${mark} ${step.index + 1}. ${step.name}${request}${status}${retried}${time}`];
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
  const own = (scenario.failures ?? []).map(
    (f) => `  ${display(f.location.file)}:${f.location.line}: ${f.severity === "warning" ? "warning: " : ""}${failureText(f)}`
  );
  return [
    `${mark} ${formatScenarioHeader(scenario, display)}: ${passed}/${scenario.steps.length} steps passed`,
    ...own,
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
    if (!step.service && !step.request) {
      const verdict = step.outcome === "passed" ? "\u2713" : step.outcome === "skipped" ? `skipped: ${step.skipReason ?? ""}` : "\u2717";
      arrows.push(`  Note over C: ${text(`${step.index + 1}. ${step.name} (workflow) ${verdict}`)}`);
      continue;
    }
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
  for (const failure of scenario.failures ?? []) {
    if (failure.severity === "error") arrows.push(`  Note over C: ${text(`\u2717 ${failure.message}`)}`);
  }
  const participants = [...ids.entries()].map(([service, id]) => `  participant ${id} as ${text(service)}`);
  return ["sequenceDiagram", `  participant C as ${text(scenario.name)}`, ...participants, ...arrows].join("\n");
}
function text(value) {
  const flat = value.replace(/\s+/g, " ").trim();
  const short = flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
  return short.replace(/[#;:<>{}`]/g, (c) => `#${c.charCodeAt(0)};`);
}

// src/core/scenario/step-loop.ts
async function runStepLoop(steps, hooks) {
  const ran = /* @__PURE__ */ new Set();
  let index = 0;
  while (index < steps.length) {
    const step = steps[index];
    if (hooks.overBudget(step)) return stopAfter(steps, ran, index, "too many steps", hooks);
    ran.add(index);
    let result = await hooks.execute(step);
    let decision = await hooks.decide(step, result, 0);
    const retried = [];
    for (let attempt = 1; decision.kind === "retry"; attempt++) {
      retried.push({
        ...result.response ? { status: result.response.status } : {},
        failures: result.failures,
        durationMs: result.durationMs
      });
      await hooks.sleep(decision.delayMs);
      await decision.before?.();
      if (hooks.overBudget(step)) break;
      result = await hooks.execute(step);
      decision = await hooks.decide(step, result, attempt);
    }
    if (retried.length > 0) result.retried = retried;
    hooks.record(result);
    switch (decision.kind) {
      case "next":
        index++;
        break;
      case "goto":
        index = decision.index;
        break;
      case "end":
        await decision.after?.();
        return { ended: "end" };
      case "stop":
        return stopAfter(steps, ran, index, decision.reason, hooks);
      case "retry":
        return stopAfter(steps, ran, index, "too many steps", hooks);
    }
  }
  return { ended: "complete" };
}
function stopAfter(steps, ran, from, reason, hooks) {
  for (const [index, step] of steps.entries()) {
    if (index <= from || ran.has(index)) continue;
    hooks.record(skippedResult(step, reason));
  }
  return { ended: "stop", reason };
}
function skippedResult(step, reason, name = step.name) {
  return {
    index: step.index,
    name,
    service: step.service,
    location: step.location,
    outcome: "skipped",
    skipReason: reason,
    durationMs: 0,
    failures: [],
    captured: {}
  };
}

// src/core/arazzo/step-checks.ts
function checkCriteria(criteria, context, locate) {
  const failures = [];
  for (const criterion of criteria) {
    const result = criterion.test(context);
    if (result.passed) continue;
    failures.push({
      kind: "criterion",
      severity: "error",
      message: `success criterion not met: ${result.reason}`,
      location: locate(appendPointer(criterion.pointer, "condition")),
      path: `criterion:${criterion.pointer}`,
      expected: criterion.text
    });
  }
  return failures;
}
function criteriaHold(criteria, context) {
  return criteria.every((criterion) => criterion.test(context).passed);
}
function evaluateOutputs(outputs, context, locate) {
  const values = {};
  const failures = [];
  for (const output of outputs) {
    try {
      values[output.name] = evaluateValue(output.expression, context);
    } catch (error) {
      if (!(error instanceof UnresolvedExpressionError)) throw error;
      failures.push({
        kind: "output",
        severity: "error",
        message: `output '${output.name}' reaches no value: ${error.message}`,
        location: locate(output.pointer),
        path: `output:${output.name}`
      });
    }
  }
  return { values, failures };
}

// src/core/arazzo/run-workflow.ts
var MAX_RETRY_AFTER_MS = 6e4;
async function runWorkflow(scenario, inputs, services, prefix = "") {
  const plan = scenario.arazzo;
  const document = plan.document;
  const locate = scenario.locate;
  const failures = [...plan.warnings];
  const skipAll = (reason) => {
    for (const step of scenario.steps) services.record(skippedResult(step, reason, `${prefix}${step.name}`));
  };
  for (const [index, key] of plan.dependsOn.entries()) {
    const dependency = document.workflows.get(key);
    const outcome2 = await runWorkflow(
      dependency,
      services.inputsFor(dependency.arazzo),
      services,
      `${prefix}dependsOn ${key} \u203A `
    );
    if (!outcome2.passed) {
      failures.push(...outcome2.failures.filter((f) => f.severity === "error"), {
        kind: "workflow",
        severity: "error",
        message: `dependsOn: workflow ${key} failed, so ${plan.workflowId} did not run`,
        location: locate(appendPointer(plan.pointer, "dependsOn", index))
      });
      skipAll(`workflow ${key} (dependsOn) failed`);
      return { passed: false, failures };
    }
  }
  const problems = plan.validateInputs(inputs);
  if (problems.length > 0) {
    failures.push(
      ...problems.map(
        (message) => ({
          kind: "input",
          severity: "error",
          message: `${message} (give inputs with --input file.json or name=value, or the environment: MOCKFORGE_INPUT_<NAME>)`,
          location: locate(appendPointer(plan.pointer, "inputs"))
        })
      )
    );
    skipAll("the workflow inputs are invalid");
    return { passed: false, failures };
  }
  const record = {
    workflowId: plan.workflowId,
    stepIds: scenario.steps.map((s) => s.name),
    inputs,
    declaredInputs: plan.inputNames,
    steps: /* @__PURE__ */ new Map()
  };
  services.workflows.set(plan.key, record);
  const contextFor = (extra = {}) => ({
    workflow: record,
    workflows: services.workflows,
    components: document.components,
    sourceUrls: document.sourceUrls,
    ...record.outputs ? { outputs: record.outputs } : {},
    ...extra
  });
  let gotoFailed = false;
  const own = [];
  let lastExchange;
  let stepContext = contextFor();
  const callWorkflow = async (key, label, given) => {
    const target = document.workflows.get(key);
    return runWorkflow(
      target,
      { ...services.inputsFor(target.arazzo), ...given },
      services,
      `${prefix}${label} \u203A `
    );
  };
  const execute = async (step) => {
    const arazzo = step.arazzo;
    if (!arazzo?.workflowCall) {
      stepContext = contextFor();
      const result = await services.runOperationStep(scenario, step, stepContext);
      result.name = `${prefix}${step.name}`;
      if (stepContext.exchange) lastExchange = stepContext.exchange;
      if (result.response) record.steps.set(step.name, { outputs: result.captured });
      return result;
    }
    return executeCall(step, arazzo.workflowCall);
  };
  const executeCall = async (step, key) => {
    const plan2 = step.arazzo;
    const result = {
      index: step.index,
      name: `${prefix}${step.name}`,
      service: "",
      location: step.location,
      outcome: "passed",
      durationMs: 0,
      failures: [...plan2?.warnings ?? []],
      captured: {}
    };
    const given = {};
    for (const parameter of plan2?.parameters ?? []) {
      try {
        given[parameter.name] = evaluateValue(parameter.value, contextFor());
      } catch (error) {
        if (!(error instanceof UnresolvedExpressionError)) throw error;
        result.failures.push({
          kind: "variable",
          severity: "error",
          message: `not run: ${error.message}`,
          location: locate(parameter.pointer)
        });
      }
    }
    if (result.failures.some((f) => f.severity === "error")) {
      result.outcome = "failed";
      return result;
    }
    const child = await callWorkflow(key, step.name, given);
    result.failures.push(...child.failures);
    if (!child.passed) {
      result.failures.push({
        kind: "workflow",
        severity: "error",
        message: `workflow ${key} failed (its steps are listed above)`,
        location: locate(appendPointer(step.pointer, "workflowId"))
      });
    }
    stepContext = contextFor({
      ...child.lastExchange ? { exchange: child.lastExchange } : {},
      outputs: child.outputs ?? {}
    });
    if (child.passed) {
      result.failures.push(...checkCriteria(plan2?.criteria ?? [], stepContext, locate));
      const outputs = evaluateOutputs(plan2?.outputs ?? [], stepContext, locate);
      result.failures.push(...outputs.failures);
      result.captured = outputs.values;
      record.steps.set(step.name, { outputs: outputs.values });
    }
    if (result.failures.some((f) => f.severity === "error")) result.outcome = "failed";
    return result;
  };
  const act = (action, step) => {
    if (action.type === "end") return { kind: "end" };
    if (action.stepId !== void 0)
      return { kind: "goto", index: scenario.steps.findIndex((s) => s.name === action.stepId) };
    const key = action.workflowId;
    return {
      kind: "end",
      after: async () => {
        const outcome2 = await callWorkflow(key, `${step.name} goto ${key}`, {});
        if (!outcome2.passed) gotoFailed = true;
        failures.push(...outcome2.failures);
      }
    };
  };
  const decide = (step, result, attempt) => {
    const plan2 = step.arazzo;
    if (result.outcome === "passed") {
      const action = plan2?.onSuccess.find((a) => criteriaHold(a.criteria, stepContext));
      return action ? act(action, step) : { kind: "next" };
    }
    let retries = attempt;
    for (const action of plan2?.onFailure ?? []) {
      if (!criteriaHold(action.criteria, stepContext)) continue;
      if (action.type !== "retry") return act(action, step);
      if (retries >= action.retryLimit) {
        retries -= action.retryLimit;
        continue;
      }
      return {
        kind: "retry",
        delayMs: retryDelay(action, stepContext.exchange),
        ...action.stepId !== void 0 || action.workflowId !== void 0 ? { before: () => runFirst(action, step) } : {}
      };
    }
    return { kind: "stop", reason: `workflow ended: step ${step.name} failed` };
  };
  const runFirst = async (action, step) => {
    if (action.workflowId !== void 0) {
      await callWorkflow(action.workflowId, `${step.name} retry ${action.workflowId}`, {});
      return;
    }
    const other = scenario.steps.find((s) => s.name === action.stepId);
    const result = await execute(other);
    own.push(result);
    services.record(result);
  };
  const outcome = await runStepLoop(scenario.steps, {
    execute,
    decide,
    record: (result) => {
      const named = { ...result, name: result.name.startsWith(prefix) ? result.name : `${prefix}${result.name}` };
      own.push(named);
      services.record(named);
    },
    sleep: services.sleep,
    overBudget: (step) => {
      if (services.spend()) return false;
      failures.push({
        kind: "flow",
        severity: "error",
        message: "stopped: the run went over its step budget (a goto loop that never ends?)",
        location: step.location
      });
      return true;
    }
  });
  const failed = gotoFailed || outcome.ended === "stop" || own.some((r) => r.outcome !== "passed");
  if (!failed) {
    const outputs = evaluateOutputs(plan.outputs, contextFor(), locate);
    failures.push(...outputs.failures);
    record.outputs = outputs.values;
  }
  const passed = !failed && !failures.some((f) => f.severity === "error");
  return {
    passed,
    ...record.outputs ? { outputs: record.outputs } : {},
    failures,
    ...lastExchange ? { lastExchange } : {}
  };
}
function retryDelay(action, exchange) {
  const header = Object.entries(exchange?.response?.headers ?? {}).find(
    ([name]) => name.toLowerCase() === "retry-after"
  )?.[1];
  let ms = (action.retryAfterSeconds ?? 0) * 1e3;
  if (header !== void 0) {
    const seconds = Number(header);
    const date = Date.parse(header);
    if (Number.isFinite(seconds)) ms = seconds * 1e3;
    else if (Number.isFinite(date)) ms = date - Date.now();
  }
  return Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS);
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
  if (step.arazzo) {
    return (pointer) => {
      const field = arazzoField(pointer, step);
      return field === void 0 ? step.location : scenario.locate(`${step.pointer}/${field}`);
    };
  }
  return (pointer) => scenario.locate(pointer ? `${step.pointer}/${pointer}` : step.pointer);
}
function arazzoField(pointer, step) {
  if (pointer === "") return void 0;
  if (pointer === "service" || pointer === "request/path") return step.arazzo?.reference;
  if (pointer.startsWith("request/body")) return `requestBody/payload${pointer.slice("request/body".length)}`;
  if (pointer.startsWith("request/")) return "parameters";
  if (pointer === "request") return "requestBody";
  if (pointer.startsWith("response")) return "successCriteria";
  return void 0;
}
function pathSegments(pointer) {
  return pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

// src/core/arazzo/serialize-parameter.ts
var scalar = (value) => value === null || value === void 0 ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
function serializePathValue(name, value, declared = {}) {
  const style = declared.style ?? "simple";
  const explode = declared.explode ?? false;
  const items = listOf(value, explode, "=");
  if (style === "label") return `.${items.join(explode ? "." : ",")}`;
  if (style === "matrix") {
    if (explode && Array.isArray(value)) return items.map((item) => `;${name}=${item}`).join("");
    if (explode && isObject(value)) return items.map((item) => `;${item}`).join("");
    return `;${name}=${items.join(",")}`;
  }
  return items.join(",");
}
function serializeQueryValue(name, value, declared = {}) {
  const style = declared.style ?? "form";
  const explode = declared.explode ?? style === "form";
  if (isObject(value)) {
    if (style === "deepObject") return Object.entries(value).map(([k, v]) => [`${name}[${k}]`, scalar(v)]);
    if (explode) return Object.entries(value).map(([k, v]) => [k, scalar(v)]);
    return [
      [
        name,
        Object.entries(value).flatMap(([k, v]) => [k, scalar(v)]).join(",")
      ]
    ];
  }
  if (Array.isArray(value)) {
    if (explode) return value.map((item) => [name, scalar(item)]);
    const separator = style === "spaceDelimited" ? " " : style === "pipeDelimited" ? "|" : ",";
    return [[name, value.map(scalar).join(separator)]];
  }
  return [[name, scalar(value)]];
}
function serializeHeaderValue(value, declared = {}) {
  return listOf(value, declared.explode ?? false, "=").join(",");
}
function listOf(value, explode, pairSeparator) {
  if (Array.isArray(value)) return value.map(scalar);
  if (isObject(value)) {
    return explode ? Object.entries(value).map(([k, v]) => `${k}${pairSeparator}${scalar(v)}`) : Object.entries(value).flatMap(([k, v]) => [k, scalar(v)]);
  }
  return [scalar(value)];
}

// src/core/arazzo/arazzo-request.ts
var RequestBuildError = class extends Error {
  constructor(message, pointer) {
    super(message);
    this.pointer = pointer;
  }
  pointer;
};
function buildArazzoRequest(plan, operation, document, baseUrl, pathTemplate, context) {
  const declared = new Map(operation.parameters.map((p) => [`${String(p.in)}:${String(p.name)}`, p]));
  const values = {
    path: {},
    query: {},
    header: {},
    cookie: {}
  };
  for (const parameter of plan.parameters) {
    const where = parameter.in ?? "query";
    values[where][parameter.name] = evaluate(() => evaluateValue(parameter.value, context), parameter.pointer);
  }
  const path = pathTemplate.replace(/\{([^}]+)\}/g, (_, name) => {
    if (!Object.hasOwn(values.path, name)) {
      throw new RequestBuildError(
        `path parameter '${name}' of ${operation.method.toUpperCase()} ${operation.path} has no value: add it to the step's parameters (in: path)`,
        stepParameters(plan)
      );
    }
    return encodeURIComponent(serializePathValue(name, values.path[name], declared.get(`path:${name}`)));
  });
  const url = new URL(baseUrl + path);
  for (const [name, value] of Object.entries(values.query)) {
    for (const [key, text2] of serializeQueryValue(name, value, declared.get(`query:${name}`)))
      url.searchParams.append(key, text2);
  }
  const headers = {};
  for (const [name, value] of Object.entries(values.header))
    headers[name] = serializeHeaderValue(value, declared.get(`header:${name}`));
  const cookies = Object.entries(values.cookie).map(([name, value]) => `${name}=${serializeHeaderValue(value)}`);
  if (cookies.length > 0) headers.cookie = cookies.join("; ");
  const request = { method: operation.method.toUpperCase(), url: url.toString(), headers };
  let body;
  if (plan.body?.hasPayload) {
    body = evaluate(
      () => evaluateValue(plan.body?.payload ?? { kind: "literal", value: void 0 }, context),
      `${plan.body.pointer}/payload`
    );
    body = applyReplacements(body, plan, context);
    const contentType = plan.body.contentType ?? defaultContentType(operation, document, body);
    const existing = Object.keys(headers).find((k) => k.toLowerCase() === "content-type");
    if (!existing) headers["content-type"] = contentType;
    request.body = encodeBody(body, existing ? headers[existing] : contentType);
  }
  const exchange = {
    url: request.url,
    method: request.method,
    request: { headers, query: values.query, path: values.path, body }
  };
  return { request, body, exchange };
}
function applyReplacements(payload, plan, context) {
  const replacements = plan.body?.replacements ?? [];
  if (replacements.length === 0) return payload;
  if (!isObject(payload) && !Array.isArray(payload)) {
    throw new RequestBuildError("replacements need a JSON object or array payload", replacements[0]?.pointer ?? "");
  }
  const copy = structuredClone(payload);
  for (const replacement of replacements) {
    const value = evaluate(() => evaluateValue(replacement.value, context), `${replacement.pointer}/value`);
    if (replacement.target.length === 0)
      throw new RequestBuildError(
        "a replacement target must point inside the payload",
        `${replacement.pointer}/target`
      );
    let parent = copy;
    for (const segment of replacement.target.slice(0, -1))
      parent = isObject(parent) || Array.isArray(parent) ? parent[segment] : void 0;
    const last = replacement.target[replacement.target.length - 1];
    if (!(isObject(parent) || Array.isArray(parent)) || !Object.hasOwn(parent, last)) {
      throw new RequestBuildError(
        `replacement target ${replacement.targetText} is not in the payload (a target must exist to be replaced)`,
        `${replacement.pointer}/target`
      );
    }
    parent[last] = value;
  }
  return copy;
}
function defaultContentType(operation, document, body) {
  const content = resolveChild(document, operation.pointer, "requestBody")?.node.content ?? {};
  const types = Object.keys(content);
  return types.find((t) => /^application\/json\b/i.test(t)) ?? types.find((t) => /\+json\b/i.test(t)) ?? types.find((t) => /^application\/x-www-form-urlencoded\b/i.test(t)) ?? types[0] ?? (typeof body === "string" ? "text/plain" : "application/json");
}
function encodeBody(body, contentType) {
  if (/form-urlencoded/i.test(contentType) && isObject(body)) {
    const form = new URLSearchParams();
    for (const [key, item] of Object.entries(body)) {
      for (const value of Array.isArray(item) ? item : [item]) form.append(key, asText(value));
    }
    return form.toString();
  }
  if (typeof body === "string") return body;
  return JSON.stringify(body);
}
function evaluate(run, pointer) {
  try {
    return run();
  } catch (error) {
    if (error instanceof UnresolvedExpressionError) throw new RequestBuildError(error.message, pointer);
    throw error;
  }
}
function stepParameters(plan) {
  return plan.parameters[0]?.pointer.replace(/\/\d+$/, "") ?? "";
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
  result.failures.push(...step.arazzo?.warnings ?? []);
  if (step.arazzo?.operation && "error" in step.arazzo.operation) {
    fail({
      kind: "operation",
      severity: "error",
      message: `not sent: ${step.arazzo.operation.error}`,
      location: at("service")
    });
    return finish();
  }
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
  let expectedHeaders = {};
  try {
    if (step.arazzo?.operation && "resolved" in step.arazzo.operation && context.arazzo) {
      const built = buildArazzoRequest(
        step.arazzo,
        step.arazzo.operation.resolved,
        step.arazzo.operation.document,
        context.baseUrl,
        step.request.path,
        context.arazzo
      );
      request = built.request;
      requestBody = built.body;
      context.arazzo.exchange = built.exchange;
    } else {
      const path = String(substitute(step.request.path, context.variables));
      const query = substitute(step.request.query, context.variables);
      const headers = substitute(step.request.headers, context.variables);
      requestBody = step.request.hasBody ? substitute(step.request.body, context.variables) : void 0;
      expectedBody = step.response.hasBody ? substitute(step.response.body, context.variables) : void 0;
      expectedHeaders = substitute(step.response.headers, context.variables);
      request = buildRequest(context.baseUrl, step.request.method, path, query, headers, requestBody);
    }
  } catch (error) {
    const message = error instanceof RequestBuildError ? `not sent: ${error.message}` : error instanceof UndefinedVariableError ? error.message : `cannot build the request URL from '${context.baseUrl}' and '${step.request.path}': ${error.message}`;
    fail({
      kind: "variable",
      severity: "error",
      message,
      location: error instanceof RequestBuildError ? error.pointer ? context.locate(error.pointer) : at("") : at(error instanceof UndefinedVariableError ? "" : "request/path")
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
  if (context.arazzo?.exchange) {
    context.arazzo.exchange.statusCode = raw.status;
    context.arazzo.exchange.response = { headers: raw.headers, body: response.body };
    result.failures.push(...checkCriteria(step.arazzo?.criteria ?? [], context.arazzo, context.locate));
  } else {
    checkExpectations(step, response, expectedHeaders, expectedBody, at, fail);
  }
  if (context.checker && operation) {
    result.failures.push(...context.checker.checkActualResponse(operation.operation, raw, at));
  }
  if (step.arazzo && context.arazzo) {
    const outputs = evaluateOutputs(step.arazzo.outputs, context.arazzo, context.locate);
    result.captured = outputs.values;
    result.failures.push(...outputs.failures);
    return finish();
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
function checkExpectations(step, response, expectedHeaders, expectedBody, at, fail) {
  if (!statusMatches(step.response.status, response.status)) {
    fail({
      kind: "status",
      severity: "error",
      message: `status ${response.status}, expected ${step.response.status.text}`,
      location: at(step.response.status.text === "2xx" ? "response" : "response/status"),
      path: "status",
      expected: step.response.status.text,
      actual: response.status
    });
  }
  for (const [name, value] of Object.entries(expectedHeaders)) {
    const actual = response.headers[name.toLowerCase()];
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
    for (const mismatch of matchBody(expectedBody, response.body, step.match)) fail(describeMismatch(mismatch, at));
  }
}

// src/core/scenario/run-scenarios.ts
var STOPPING = /* @__PURE__ */ new Set(["unreachable", "timeout", "unknown-service", "variable"]);
var MAX_STEP_RUNS = 1e3;
async function runScenarios(options) {
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? ((ms) => new Promise((resolve2) => setTimeout(resolve2, ms)));
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
  const env = options.env ?? {};
  const sendStep = (scenario, step, variables, arazzo) => {
    const baseUrl = urls.get(step.service);
    return runStep({
      step,
      baseUrl,
      ...baseUrl ? {} : { unknownService: unknownService(step.service, known) },
      checker: checkerFor(step.service),
      variables,
      transport: options.transport,
      at: stepLocator(scenario, step),
      locate: scenario.locate,
      ...arazzo ? { arazzo } : {},
      now
    });
  };
  const runScenario = async (scenario) => {
    const started = now();
    const steps = [];
    const record = (result) => {
      steps.push(result);
      options.onStep?.(scenario, result);
    };
    let runs = 0;
    const spend = () => ++runs <= MAX_STEP_RUNS;
    const failures = [];
    if (scenario.arazzo) {
      const inputsFor = (plan) => workflowInputs(plan, options.inputs ?? {}, env);
      const outcome = await runWorkflow(scenario, inputsFor(scenario.arazzo), {
        runOperationStep: (owner, step, context) => sendStep(owner, step, { captured: /* @__PURE__ */ new Map(), env }, context),
        inputsFor,
        record,
        sleep,
        spend,
        workflows: /* @__PURE__ */ new Map()
      });
      failures.push(...outcome.failures);
    } else {
      const variables = { captured: /* @__PURE__ */ new Map(), env };
      await runStepLoop(scenario.steps, {
        execute: (step) => sendStep(scenario, step, variables),
        decide: (step, result) => {
          const stop = result.failures.find((f) => STOPPING.has(f.kind));
          return stop ? { kind: "stop", reason: `step ${step.index + 1} (${step.name}) failed: ${stop.kind}` } : { kind: "next" };
        },
        record,
        sleep,
        overBudget: () => false
      });
    }
    return {
      file: scenario.file,
      name: scenario.name,
      steps,
      ...failures.length > 0 ? { failures } : {},
      passed: steps.every((s) => s.outcome === "passed") && !failures.some((f) => f.severity === "error"),
      durationMs: now() - started
    };
  };
  const results = new Array(options.scenarios.length);
  const byFile = /* @__PURE__ */ new Map();
  for (const [index, scenario] of options.scenarios.entries()) {
    byFile.set(scenario.file, [...byFile.get(scenario.file) ?? [], index]);
  }
  await runPool([...byFile.values()], Math.max(1, options.concurrency ?? 4), async (indexes) => {
    for (const index of indexes) results[index] = await runScenario(options.scenarios[index]);
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
  const { scenarios, registry } = loadScenarioFiles(files, {
    project: project2,
    root: project2?.config.root ?? options.cwd,
    ...options.defaultTimeoutMs ? { defaultTimeoutMs: options.defaultTimeoutMs } : {}
  });
  const services = [...new Set(scenarios.flatMap((s) => s.steps.map((step) => step.service)))].filter(Boolean);
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
  const standalone = missing.filter((service) => registry.standalone.has(service));
  const mocks = [];
  if (project2 && toMock.length > 0 && !options.noMocks) mocks.push(await bootMocks(project2, toMock));
  if (standalone.length > 0 && !options.noMocks) {
    const entries = standalone.map((name) => ({
      name,
      contract: registry.standalone.get(name),
      port: 0
    }));
    mocks.push(
      await listen(
        createMocksFromContracts(entries, {
          stateful: false,
          workspaceId: "arazzo",
          root: project2?.config.root ?? options.cwd
        })
      )
    );
  }
  for (const booted of mocks) resolved.push(...booted.targets);
  options.onTargets?.(resolved);
  const transport = createHttpTransport({ connections: 8 });
  try {
    const contracts = new Map([...project2?.contracts ?? [], ...registry.standalone]);
    const result = await runScenarios({
      scenarios,
      targets: resolved,
      contracts,
      transport,
      env: options.env,
      ...options.inputs ? { inputs: options.inputs } : {},
      ...options.concurrency ? { concurrency: options.concurrency } : {},
      ...options.onStep ? { onStep: options.onStep } : {}
    });
    return { result, scenarios, project: project2 };
  } finally {
    await transport.close();
    for (const booted of mocks) await booted.close();
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
function bootMocks(project2, workspaces) {
  return listen(createMocksFromConfig(project2, { workspaces, ports: new Map(workspaces.map((name) => [name, 0])) }));
}
async function listen(server) {
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
  ContractChecker,
  parseJsonPath,
  scenariosExitCode,
  runScenarioFiles,
  findScenarioFiles
};
