import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  validateTarget
} from "./chunk-Q5PI4LNE.js";
import {
  toSarif
} from "./chunk-BVVVLP5D.js";
import {
  escapeMarkdown,
  inlineCode,
  markdownTable
} from "./chunk-5CO5ZQ66.js";
import {
  loadScenarioSeeds
} from "./chunk-DSPALI67.js";
import {
  compilePathTemplate,
  matchPathTemplate
} from "./chunk-DBPOXZL2.js";
import {
  loadContract,
  loadProject
} from "./chunk-DCWLXHLC.js";
import {
  loadConfig,
  safeDecode
} from "./chunk-SOK6ZPY4.js";
import {
  ErrorCode,
  MockforgeError
} from "./chunk-RIB3W43H.js";

// src/core/validate/plan-targets.ts
import { existsSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";

// src/core/validate/scenario-values.ts
function findScenarioValues(contract, seeds, service) {
  const byOperation = /* @__PURE__ */ new Map();
  const decoded = seeds.map((seed) => seed.segments.map(safeDecode));
  for (const operation of contract.operations) {
    const template = compilePathTemplate(`${contract.basePath}${operation.path}`);
    let best;
    for (const [index, seed] of seeds.entries()) {
      if (seed.service !== void 0 && service !== void 0 && seed.service !== service) continue;
      const params = matchPathTemplate(template, decoded[index]);
      if (!params) continue;
      const score = (seed.method === operation.method.toUpperCase() ? 2 : 0) + (seed.service === service ? 1 : 0);
      if (best && best.score >= score) continue;
      const values = { path: { ...params }, from: `${seed.file}: ${seed.step}` };
      if (seed.method === operation.method.toUpperCase() && seed.requestBody !== void 0)
        values.body = seed.requestBody;
      best = { score, values };
    }
    if (best) byOperation.set(operation.pointer, best.values);
  }
  return byOperation;
}

// src/core/validate/plan-targets.ts
function planTargets(input) {
  const pairs = /* @__PURE__ */ new Map();
  const bare = [];
  for (const value of input.targets) {
    const match = /^([\w.-]+)=(.+)$/.exec(value);
    if (match && !/^https?:/i.test(value)) pairs.set(match[1], checkUrl(match[2]));
    else bare.push(checkUrl(value));
  }
  if (input.contract) {
    const absolute = resolve(input.cwd, input.contract);
    const scenarios = scenarioSource(input.cwd, input.config);
    let loaded;
    const seeds2 = () => {
      loaded ??= scenarios ? loadScenarioSeeds(scenarios.root, scenarios.globs).seeds : [];
      return loaded;
    };
    if (existsSync(absolute) && statSync(absolute).isDirectory()) {
      if (bare.length > 0 || pairs.size === 0) {
        throw new MockforgeError(
          ErrorCode.UsageInvalid,
          `--contract ${input.contract} is a folder: give --target name=url per service`,
          {
            hint: "e.g. --target users-service=http://localhost:8081 (the name of contracts/users-service.yaml)"
          }
        );
      }
      return [...pairs].map(([name2, target]) => {
        const file = [".yaml", ".yml", ".json"].map((ext) => join(absolute, `${name2}${ext}`)).find((f) => existsSync(f));
        if (!file)
          throw new MockforgeError(ErrorCode.ContractNotFound, `no contract ${name2}.yaml in ${input.contract}`);
        return planOne(name2, loadContract(file, { root: rootFor(file, input.cwd) }), target, seeds2);
      });
    }
    if (bare.length !== 1 || pairs.size > 0) {
      throw new MockforgeError(ErrorCode.UsageInvalid, "give exactly one --target <url> with a --contract file", {
        hint: "mockforge validate --contract contracts/users-service.yaml --target http://localhost:8081"
      });
    }
    const contract = loadContract(absolute, { root: rootFor(absolute, input.cwd) });
    const name = basename(absolute).replace(/\.(ya?ml|json)$/i, "");
    return [planOne(name, contract, bare[0], seeds2)];
  }
  const project = loadProject(resolve(input.cwd, input.config ?? "mockforge.yaml"));
  if (bare.length > 0) {
    throw new MockforgeError(ErrorCode.UsageInvalid, "with a config, give targets as --target name=url");
  }
  for (const name of pairs.keys()) {
    if (!project.config.workspaces.some((w) => w.name === name)) {
      throw new MockforgeError(ErrorCode.UsageInvalid, `no workspace named '${name}' in ${project.config.file}`);
    }
  }
  const seeds = loadScenarioSeeds(project.config.root, project.config.scenarios).seeds;
  const planned = project.config.workspaces.flatMap((workspace) => {
    const target = pairs.get(workspace.name) ?? workspace.target;
    if (!target) return [];
    const contract = project.contracts.get(workspace.name);
    return [
      {
        name: workspace.name,
        contract,
        target: checkUrl(target),
        scenarioValues: findScenarioValues(contract, seeds, workspace.name)
      }
    ];
  });
  if (planned.length === 0) {
    throw new MockforgeError(ErrorCode.UsageInvalid, `no workspace in ${project.config.file} has a target`, {
      hint: "add 'target: http://localhost:8081' to a workspace, or pass --target name=url"
    });
  }
  return planned;
}
function planOne(name, contract, target, seeds) {
  return { name, contract, target, scenarioValues: findScenarioValues(contract, seeds(), name) };
}
function scenarioSource(cwd, config) {
  const file = resolve(cwd, config ?? "mockforge.yaml");
  if (existsSync(file)) {
    try {
      const config2 = loadConfig(file);
      return { root: config2.root, globs: config2.scenarios };
    } catch {
    }
  }
  return existsSync(join(cwd, "scenarios")) ? { root: cwd, globs: ["scenarios/**/*.yaml", "scenarios/**/*.yml"] } : void 0;
}
function rootFor(file, cwd) {
  const rel = relative(cwd, file);
  return rel.startsWith("..") || isAbsolute(rel) ? dirname(file) : cwd;
}
function checkUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new MockforgeError(ErrorCode.UsageInvalid, `--target '${value}' is not a URL`, {
      hint: "e.g. --target http://localhost:8081"
    });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new MockforgeError(ErrorCode.UsageInvalid, `--target '${value}' must be http or https`);
  }
  return value.replace(/\/+$/, "");
}

// src/core/progress.ts
var silentProgress = { phase: () => ({ tick() {
}, end() {
} }) };
function createProgress(write, options = {}) {
  const delayMs = options.delayMs ?? 2e3;
  const intervalMs = options.intervalMs ?? 2e3;
  const now = options.now ?? Date.now;
  return {
    phase(label, total) {
      const started = now();
      let lastPrinted;
      let done;
      const count = () => done === void 0 ? "" : total === void 0 ? ` ${done}` : ` ${done}/${total}`;
      const seconds = (ms) => `${(ms / 1e3).toFixed(1)} s`;
      const report = () => {
        const at = now();
        if (at - started < delayMs || lastPrinted !== void 0 && at - lastPrinted < intervalMs) return;
        lastPrinted = at;
        write(`${label}...${count()} (${seconds(at - started)})
`);
      };
      const timer = setInterval(report, Math.min(delayMs, intervalMs));
      timer.unref();
      return {
        tick(value) {
          if (value !== void 0) done = value;
          report();
        },
        end() {
          clearInterval(timer);
          if (lastPrinted !== void 0) write(`${label}: done${count()} in ${seconds(now() - started)}
`);
        }
      };
    }
  };
}

// src/core/validate/validate-all.ts
async function validateAll(targets, options) {
  const { onTarget, onOperation, progress = silentProgress, ...shared } = options;
  const started = performance.now();
  const result = { targets: [], responses: 0, timeMs: 0 };
  for (const target of targets) {
    onTarget?.(target);
    const phase = progress.phase(`validating ${target.name}`, target.contract.operations.length);
    let done = 0;
    const outcome = await validateTarget({
      ...shared,
      name: target.name,
      contract: target.contract,
      target: target.target,
      scenarioValues: target.scenarioValues,
      onOperation: (op, findings) => {
        phase.tick(++done);
        onOperation?.(target, op, findings);
      }
    }).finally(() => phase.end());
    result.targets.push(outcome);
    result.responses += outcome.responses;
  }
  result.timeMs = performance.now() - started;
  return result;
}

// src/core/validate/validate-findings.ts
var RULES = {
  not_a_server_error: "The service answered with a 5xx server error",
  status_code_conformance: "The response status is not documented for the operation",
  content_type_conformance: "The response Content-Type is not documented for the status",
  response_headers_conformance: "A documented response header is missing or does not fit its schema",
  response_schema_conformance: "The response body does not fit the documented schema",
  ensure_resource_availability: "A resource just created cannot be read back",
  use_after_free: "A deleted resource can still be read",
  negative_data_rejection: "The service accepted a request its contract says is invalid",
  missing_required_header: "The service accepted a request without a required header",
  unsupported_method: "The service accepted a method the contract does not document for the path",
  ignored_auth: "The service accepted a request without valid credentials"
};
function validateExitCode(result) {
  if (result.targets.some((t) => t.findings.length > 0)) return 1;
  if (result.targets.some((t) => t.contractProblems.length > 0)) return 2;
  return result.targets.some((t) => t.problems.length > 0) ? 3 : 0;
}
function findingKey(finding) {
  const negative = finding.negative ? ` ${finding.negative.kind} ${finding.negative.field}` : "";
  return `${finding.check} ${finding.operation} ${finding.instancePath ?? ""}${negative}`.replace(/\s+/g, " ").trim();
}
function details(finding) {
  const lines = [finding.message];
  if (finding.negative)
    lines.push(`sent: ${finding.negative.how} (${finding.negative.field}); expected ${finding.negative.expected}`);
  if (finding.status !== void 0) lines.push(`status: ${finding.status}`);
  if (finding.instancePath !== void 0) lines.push(`at: ${finding.instancePath || "(body)"}`);
  if (finding.actual !== void 0) lines.push(`actual: ${JSON.stringify(finding.actual)?.slice(0, 200)}`);
  lines.push(`reproduce: ${finding.curl}`);
  return lines.join("\n");
}
function validateFindings(result) {
  const findings = [];
  for (const target of result.targets) {
    for (const drift of target.findings) {
      findings.push({
        source: "validate",
        severity: "error",
        title: `${drift.check}: ${drift.operation}`,
        message: `${target.name} (${target.target}): ${details(drift)}`,
        location: { file: drift.location.file, line: drift.location.line, column: drift.location.column },
        key: `${target.name} ${findingKey(drift)}`
      });
    }
    for (const problem of target.contractProblems) {
      findings.push({
        source: "validate",
        severity: "error",
        title: `contract problem: ${problem.operation}`,
        message: `${target.name}: ${problem.message}; the operation was not validated [${ErrorCode.ContractInvalid}]`,
        location: problem.location,
        key: `${target.name} contract-problem ${problem.location.line}`
      });
    }
    for (const problem of target.problems) {
      findings.push({
        source: "validate",
        severity: "error",
        title: `target unreachable: ${target.name}`,
        message: `${problem.operation} at ${target.target}: ${problem.kind}: ${problem.message} after ${problem.attempts} attempt(s)
reproduce: ${problem.curl}`,
        key: `${target.name} target-${problem.kind} ${problem.operation}`
      });
    }
  }
  return findings;
}
function validateJUnitSuites(result, display) {
  return result.targets.map((target) => ({
    name: `validate ${target.name} (${target.target})`,
    cases: target.operations.map((outcome) => {
      const drift = target.findings.filter((f) => f.operation === outcome.operation);
      const problem = target.problems.find((p) => p.operation === outcome.operation);
      const first = drift[0];
      return {
        name: outcome.operation,
        classname: target.name,
        timeSeconds: outcome.timeMs / 1e3,
        file: display(outcome.location.file),
        line: outcome.location.line,
        ...first ? {
          failure: {
            message: `${drift.length} finding(s): ${[...new Set(drift.map((f) => f.check))].join(", ")}`,
            type: first.check,
            details: drift.map((f) => `${display(f.location.file)}:${f.location.line}: ${details(f)}`).join("\n\n")
          }
        } : problem ? { failure: { message: `target ${problem.kind}: ${problem.message}`, type: "target_unreachable" } } : outcome.skipped ? { skipped: outcome.skipped } : {}
      };
    })
  }));
}
function validateSarif(result, root, version) {
  const rules = Object.entries(RULES).map(([id, text]) => ({ id, name: id, shortDescription: text }));
  const results = result.targets.flatMap(
    (target) => target.findings.map((drift) => ({
      ruleId: drift.check,
      level: "error",
      message: `${drift.operation} on ${target.name} (${target.target}): ${drift.message}
reproduce: ${drift.curl}`,
      location: { file: drift.location.file, line: drift.location.line, column: drift.location.column },
      fingerprint: `${target.name} ${findingKey(drift)}`,
      properties: {
        operation: drift.operation,
        ...drift.instancePath !== void 0 ? { instancePath: drift.instancePath } : {},
        ...drift.actual !== void 0 ? { actual: drift.actual } : {},
        curl: drift.curl
      }
    }))
  );
  return toSarif({ toolName: "mockforge", toolVersion: version, root, rules, results });
}

// src/core/validate/format-coverage.ts
var LISTED = 10;
function coverageLines(coverage) {
  const { operations, statuses, negatives } = coverage;
  const out = [
    `  coverage: ${operations.reached}/${operations.total} operation(s) reached, ${statuses.exercised}/${statuses.documented} documented status(es) answered${negatives.kinds.length ? `, ${negatives.requests} negative request(s)` : ""}`
  ];
  for (const [reason, labels] of groupBy(
    operations.notReached,
    (o) => reasonKind(o.reason),
    (o) => o.operation
  )) {
    out.push(`    not reached (${reason}): ${listed(labels)}`);
  }
  for (const kind of negatives.kinds) {
    const notSent = Object.entries(kind.notSent).map(([reason, n]) => `${n} not sent: ${reason}`);
    out.push(
      `    ${kind.check} ${kind.kind}: sent to ${kind.sent} operation(s)${notSent.length ? `; ${notSent.join("; ")}` : ""}`
    );
  }
  if (statuses.notExercised.length > 0) {
    out.push(
      `    documented statuses not answered: ${listed(statuses.notExercised.map((s) => `${s.operation} ${s.status}`))}`
    );
  }
  return out;
}
function coverageMarkdown(targets) {
  const rows = targets.map(({ name, coverage: c }) => [
    inlineCode(name),
    `${c.operations.reached}/${c.operations.total}`,
    `${c.statuses.exercised}/${c.statuses.documented}`,
    c.negatives.kinds.length ? `${c.negatives.requests} (${c.negatives.kinds.filter((k) => k.sent > 0).length} kinds)` : "off"
  ]);
  const parts = [
    markdownTable(["service", "operations reached", "documented statuses answered", "negative requests"], rows)
  ];
  for (const { name, coverage } of targets) {
    const reasons = groupBy(
      coverage.operations.notReached,
      (o) => reasonKind(o.reason),
      (o) => o.operation
    );
    const negatives = coverage.negatives.kinds.map((k) => [
      k.check,
      k.kind,
      String(k.sent),
      Object.entries(k.notSent).map(([r, n]) => `${n}: ${r}`).join("; ")
    ]).map((cells) => [
      inlineCode(cells[0]),
      inlineCode(cells[1]),
      cells[2],
      escapeMarkdown(cells[3])
    ]);
    if (reasons.size === 0 && negatives.length === 0) continue;
    const lines = [`**${escapeMarkdown(name)}**`];
    for (const [reason, labels] of reasons)
      lines.push(`- not reached, ${escapeMarkdown(reason)}: ${escapeMarkdown(listed(labels))}`);
    if (negatives.length > 0)
      lines.push("", markdownTable(["check", "negative kind", "operations sent to", "not sent"], negatives));
    parts.push(lines.join("\n"));
  }
  return parts.join("\n\n");
}
function reasonKind(reason) {
  if (reason.startsWith("no real id")) return "only made-up ids, answered 4xx";
  if (reason.startsWith("contract problem")) return "contract problem";
  if (reason.startsWith("target problem")) return "target problem";
  return reason;
}
function groupBy(items, key, value) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) groups.set(key(item), [...groups.get(key(item)) ?? [], value(item)]);
  return groups;
}
function listed(items) {
  const shown = items.slice(0, LISTED).join(", ");
  return items.length > LISTED ? `${shown} and ${items.length - LISTED} more` : shown;
}

export {
  coverageLines,
  coverageMarkdown,
  planTargets,
  createProgress,
  validateAll,
  validateExitCode,
  validateFindings,
  validateJUnitSuites,
  validateSarif
};
