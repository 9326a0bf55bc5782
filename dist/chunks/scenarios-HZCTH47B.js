import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  ContractChecker,
  countSteps,
  findScenarioFiles,
  formatScenario,
  formatStepLine,
  formatSummary,
  parseJsonPath,
  runScenarioFiles,
  scenarioJUnitSuites,
  scenarioJsonReport,
  scenarioSarif,
  scenarioSequenceDiagram,
  scenariosExitCode
} from "./chunk-W4BW24E2.js";
import "./chunk-Q5PI4LNE.js";
import {
  toJUnitXml
} from "./chunk-BVVVLP5D.js";
import "./chunk-LU6URDTW.js";
import {
  escapeMarkdown
} from "./chunk-5CO5ZQ66.js";
import "./chunk-WORUD6GV.js";
import "./chunk-4LJ7MSKH.js";
import "./chunk-DSPALI67.js";
import "./chunk-DBPOXZL2.js";
import "./chunk-QYSM2PN3.js";
import {
  DEFAULT_STEP_TIMEOUT_MS,
  MAX_SCENARIO_BYTES,
  isArazzoDocument,
  scenarioFromSource
} from "./chunk-T5K4HRE5.js";
import "./chunk-HE2PU5F4.js";
import "./chunk-6V3Z4ZOA.js";
import {
  isObject
} from "./chunk-SWRZDQDU.js";
import {
  loadProject
} from "./chunk-DCWLXHLC.js";
import {
  formatPointer,
  readSourceFile,
  require_dist
} from "./chunk-SOK6ZPY4.js";
import {
  VERSION
} from "./chunk-Q4L6FTGJ.js";
import "./chunk-K25J5FW6.js";
import {
  displayPath,
  writeReport
} from "./chunk-5G4X4ALD.js";
import "./chunk-Z67XE7QP.js";
import {
  parseOptions,
  parsePairs
} from "./chunk-UEZDGRG4.js";
import {
  ErrorCode,
  MockforgeError,
  __toESM
} from "./chunk-RIB3W43H.js";

// src/core/arazzo/convert-scenario-files.ts
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

// src/core/arazzo/to-arazzo.ts
var import_yaml = __toESM(require_dist(), 1);
import { basename, dirname, join, relative } from "node:path";

// src/core/arazzo/to-arazzo-criteria.ts
var WHOLE = /^\$\{\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)\s*\}$/;
function bodyCriteria(expected, mode, expressionFor, refuse) {
  const criteria = [];
  const add = (filter) => criteria.push({ context: "$response.body", condition: `$[?${filter}]`, type: "jsonpath" });
  const walk = (value, path) => {
    if (Array.isArray(value)) {
      add(`length(${path}) == ${value.length}`);
      for (const [index, item] of value.entries()) walk(item, `${path}[${index}]`);
      return;
    }
    if (isObject(value)) {
      if (mode === "exact") add(`length(${path}) == ${Object.keys(value).length}`);
      for (const [key, item] of Object.entries(value)) walk(item, `${path}${member(key)}`);
      return;
    }
    add(`${path} == ${literal(value, expressionFor, refuse)}`);
  };
  walk(expected, "@");
  return criteria;
}
function member(key) {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `['${key.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}']`;
}
function literal(value, expressionFor, refuse) {
  if (typeof value === "string") {
    const whole = WHOLE.exec(value);
    if (whole?.[1]) return `{${expressionFor(whole[1])}}`;
    if (value.includes("${"))
      throw refuse(`the expected value '${value}' mixes text and a placeholder; JSONPath criteria cannot express that`);
    return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  }
  return JSON.stringify(value);
}

// src/core/arazzo/to-arazzo.ts
var PLACEHOLDER = /\$\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*\}/g;
function convertToArazzo(scenario, project, outputDir) {
  const file = join(outputDir, `${basename(scenario.file).replace(/\.(ya?ml|json)$/i, "")}.arazzo.yaml`);
  const services = [...new Set(scenario.steps.map((s) => s.service))];
  const capturedBy = /* @__PURE__ */ new Map();
  const envInputs = /* @__PURE__ */ new Set();
  const stepIds = uniqueIds(scenario.steps.map((s) => s.name));
  const expression = (name, at) => {
    if (name.startsWith("env.")) {
      envInputs.add(name.slice(4));
      return `$inputs.${name.slice(4)}`;
    }
    const step = capturedBy.get(name);
    if (!step) throw stepError(scenario, at, `\${${name}} is not captured by an earlier step`);
    return `$steps.${step}.outputs.${name}`;
  };
  const value = (raw, at) => {
    if (typeof raw === "string") {
      const whole = /^\$\{\s*([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)?)\s*\}$/.exec(raw);
      if (whole?.[1]) return expression(whole[1], at);
      return raw.replace(PLACEHOLDER, (_, name) => `{${expression(name, at)}}`);
    }
    if (Array.isArray(raw)) return raw.map((item) => value(item, at));
    if (isObject(raw)) return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, value(v, at)]));
    return raw;
  };
  const steps = scenario.steps.map((step, index) => {
    const stepId = stepIds[index];
    const contract = project.contracts.get(step.service);
    if (!contract)
      throw stepError(scenario, step, `service '${step.service}' is no workspace of ${project.config.file}`);
    const [pathPart, queryPart] = step.request.path.split("?", 2);
    const found = new ContractChecker(contract).findOperation(step.request.method, pathPart);
    if (!found) {
      throw stepError(
        scenario,
        step,
        `${step.request.method} ${pathPart} is no operation of ${step.service}'s contract: an Arazzo step must name one`
      );
    }
    const { operation, params } = found;
    const parameters = Object.entries(params).map(([name, text]) => ({
      name,
      in: "path",
      value: value(text, step)
    }));
    const query = { ...Object.fromEntries(new URLSearchParams(queryPart ?? "")), ...step.request.query };
    for (const [name, item] of Object.entries(query)) parameters.push({ name, in: "query", value: value(item, step) });
    for (const [name, item] of Object.entries(step.request.headers))
      parameters.push({ name, in: "header", value: value(item, step) });
    const out = { stepId, description: step.name };
    if (operation.operationId) {
      out.operationId = services.length > 1 ? `$sourceDescriptions.${step.service}.${operation.operationId}` : operation.operationId;
    } else {
      out.operationPath = `{$sourceDescriptions.${step.service}.url}#${formatPointer(["paths", operation.path, operation.method])}`;
    }
    if (parameters.length > 0) out.parameters = parameters;
    if (step.request.hasBody) {
      const type = Object.entries(step.request.headers).find(([k]) => k.toLowerCase() === "content-type")?.[1];
      out.requestBody = { contentType: type ?? "application/json", payload: value(step.request.body, step) };
    }
    out.successCriteria = [
      { condition: statusCondition(step.response.status) },
      ...Object.entries(step.response.headers).map(([name, text]) => ({
        context: `$response.header.${name}`,
        condition: `^${escapeRegex(String(value(text, step)))}$`,
        type: "regex"
      })),
      ...step.response.hasBody ? bodyCriteria(
        step.response.body,
        step.match,
        (name) => expression(name, step),
        (message) => stepError(scenario, step, message)
      ) : []
    ];
    const outputs = {};
    for (const [name, path] of Object.entries(step.capture)) {
      const segments = parseJsonPath(path);
      if (!segments || segments.some((s) => typeof s === "number" && s < 0)) {
        throw stepError(
          scenario,
          step,
          `capture ${name}: ${path} has no JSON pointer form (negative indexes have none)`
        );
      }
      outputs[name] = `$response.body#${formatPointer(segments)}`;
      capturedBy.set(name, stepId);
    }
    if (Object.keys(outputs).length > 0) out.outputs = outputs;
    const next = stepIds[index + 1];
    if (next) {
      out.onFailure = [
        { name: "continue", type: "goto", stepId: next, criteria: [{ condition: "$statusCode >= 100" }] }
      ];
    }
    if (step.timeoutMs !== DEFAULT_STEP_TIMEOUT_MS) out["x-mockforge-timeout"] = `${step.timeoutMs}ms`;
    return out;
  });
  const inputs = envInputs.size > 0 ? {
    type: "object",
    properties: Object.fromEntries(
      [...envInputs].map((name) => [name, { type: "string", "x-mockforge-env": name }])
    )
  } : void 0;
  const document = {
    arazzo: "1.0.1",
    info: {
      title: scenario.name,
      version: "1.0.0",
      ...scenario.description ? { description: scenario.description } : {}
    },
    sourceDescriptions: services.map((service) => ({
      name: service,
      url: relative(dirname(file), project.contracts.get(service)?.file ?? "").split("\\").join("/"),
      type: "openapi",
      "x-mockforge-workspace": service
    })),
    workflows: [
      {
        workflowId: slug(scenario.name) || "scenario",
        summary: scenario.name,
        ...scenario.description ? { description: scenario.description } : {},
        ...inputs ? { inputs } : {},
        steps
      }
    ]
  };
  const header = `# ${relative(dirname(file), scenario.file)} as an Arazzo 1.0.1 document, written by 'mockforge scenarios --to-arazzo' (mockforge ${VERSION}).
`;
  return { file, text: header + (0, import_yaml.stringify)(document, { lineWidth: 0 }) };
}
function statusCondition(status) {
  const parts = status.ranges.map(
    ([low, high]) => low === high ? `$statusCode == ${low}` : `($statusCode >= ${low} && $statusCode <= ${high})`
  );
  return parts.join(" || ");
}
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
function uniqueIds(names) {
  const used = /* @__PURE__ */ new Set();
  return names.map((name) => {
    const base = slug(name) || "step";
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
function stepError(scenario, step, message) {
  return new MockforgeError(ErrorCode.UsageInvalid, `cannot convert step '${step.name}' to Arazzo: ${message}`, {
    location: step.location,
    hint: `fix ${basename(scenario.file)} or write that step in Arazzo by hand`
  });
}

// src/core/arazzo/convert-scenario-files.ts
function convertScenarioFiles(options) {
  const configFile = resolve(options.cwd, options.configPath);
  if (!existsSync(configFile)) {
    throw new MockforgeError(
      ErrorCode.ConfigNotFound,
      `--to-arazzo needs the project's ${options.configPath}: each service becomes the source description of its workspace's contract`,
      {
        hint: "run it where mockforge.yaml is, or pass --config"
      }
    );
  }
  const project = loadProject(configFile);
  const files = findScenarioFiles(
    { cwd: options.cwd, patterns: options.patterns, configPath: options.configPath },
    project
  );
  const outputDir = resolve(options.cwd, options.outputDir);
  const converted = [];
  const skipped = [];
  for (const file of files) {
    const source = readSourceFile(file, { maxBytes: MAX_SCENARIO_BYTES });
    if (isArazzoDocument(file, source.value)) {
      skipped.push(file);
      continue;
    }
    converted.push(convertToArazzo(scenarioFromSource(source), project, outputDir));
  }
  mkdirSync(outputDir, { recursive: true });
  for (const { file, text } of converted) writeFileSync(file, text);
  return { written: converted.map((c) => c.file), skipped };
}

// src/core/arazzo/read-inputs.ts
import { existsSync as existsSync2 } from "node:fs";
import { resolve as resolve2 } from "node:path";
function readInputOptions(values, cwd) {
  const inputs = {};
  for (const value of values) {
    const file = resolve2(cwd, value);
    const pair = /^([^=]+)=(.*)$/s.exec(value);
    if (!pair || existsSync2(file)) {
      const source = readSourceFile(file, { maxBytes: 4 * 1024 * 1024 });
      if (!isObject(source.value)) {
        throw new MockforgeError(
          ErrorCode.UsageInvalid,
          `--input ${value}: the file must hold an object of input values`,
          {
            location: { file, line: 1, column: 1 }
          }
        );
      }
      Object.assign(inputs, source.value);
      continue;
    }
    const [, name, text] = pair;
    inputs[name.trim()] = parseValue(text);
  }
  return inputs;
}
function parseValue(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// src/cli/commands/scenarios.ts
var command = {
  name: "scenarios",
  summary: "run cross-service scenario files against mocks or real services",
  usage: `
Usage: mockforge scenarios [files or globs...] [--config mockforge.yaml] [--target NAME=URL]...
       mockforge scenarios [files or globs...] --to-arazzo <dir>

Runs each scenario's steps in order (files concurrently) and checks every response against the step's
expected status, headers and body (Arazzo: its success criteria), and every request and response against
the service's contract. Arazzo 1.0.x documents (*.arazzo.yaml, or 'arazzo:' at the top) run each workflow
as a scenario.
Files default to the config's 'scenarios:' globs. Each service's URL comes from --target, else the
environment (USERS_SERVICE_URL, or the workspace's 'env:' names), else a running 'mockforge up',
else mocks booted in this process on free ports.
Exit 0 all steps passed, 1 a step failed, 2 bad input (invalid scenario or config).

Options:
  --config <file>         project config (default: mockforge.yaml)
  --target <NAME=URL>     base URL of a service (repeatable)
  --input <file|name=value>  Arazzo workflow inputs: a JSON file of values, or one name=value (repeatable);
                          inputs not given come from MOCKFORGE_INPUT_<NAME> or x-mockforge-env
  --no-mocks              never boot mocks: a service without a URL fails its steps
  --concurrency <n>       scenario files at once (default 4; an Arazzo file's workflows run in order)
  --timeout <ms>          step timeout where the scenario sets none (default 10000)
  --json <file>           write the results as JSON
  --junit <file>          write JUnit XML (one test case per step)
  --sarif <file>          write SARIF 2.1.0 (failures at scenario lines, for code scanning)
  --markdown <file>       write a summary with a Mermaid sequence diagram per scenario
  --quiet                 no per-step progress
  --to-arazzo <dir>       do not run: write each tutorial-format file as an Arazzo 1.0.1 document in <dir>
`,
  async run(argv, context) {
    const { values, positionals } = parseOptions(
      argv,
      {
        config: { type: "string" },
        target: { type: "string", multiple: true },
        input: { type: "string", multiple: true },
        "to-arazzo": { type: "string" },
        "no-mocks": { type: "boolean" },
        concurrency: { type: "string" },
        timeout: { type: "string" },
        json: { type: "string" },
        junit: { type: "string" },
        sarif: { type: "string" },
        markdown: { type: "string" },
        quiet: { type: "boolean" }
      },
      "scenarios",
      true
    );
    const concurrency = Number(values.concurrency ?? "4");
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
      throw new MockforgeError(ErrorCode.UsageInvalid, "--concurrency must be an integer from 1 to 64");
    }
    const timeout = Number(values.timeout ?? "10000");
    if (!Number.isFinite(timeout) || timeout <= 0) {
      throw new MockforgeError(ErrorCode.UsageInvalid, "--timeout must be a positive number of milliseconds");
    }
    const targets = parsePairs(values.target, "target");
    for (const [name, url] of targets) {
      if (!/^https?:\/\/[^/]/.test(url)) {
        throw new MockforgeError(ErrorCode.UsageInvalid, `--target ${name}=${url}: not an http(s) URL`);
      }
    }
    const display = (file) => displayPath(file, context.cwd);
    if (values["to-arazzo"] !== void 0) {
      const { written, skipped } = convertScenarioFiles({
        cwd: context.cwd,
        patterns: positionals,
        configPath: values.config ?? "mockforge.yaml",
        outputDir: values["to-arazzo"]
      });
      for (const file of written) context.stdout(`wrote ${display(file)}
`);
      for (const file of skipped) context.stderr(`${display(file)} is already Arazzo: not converted
`);
      return 0;
    }
    const run = await runScenarioFiles({
      cwd: context.cwd,
      patterns: positionals,
      configPath: values.config ?? "mockforge.yaml",
      targets,
      env: context.env,
      concurrency,
      defaultTimeoutMs: timeout,
      noMocks: values["no-mocks"] ?? false,
      inputs: readInputOptions(values.input ?? [], context.cwd),
      onTargets: (resolved) => {
        for (const t of resolved) context.stderr(`${t.service}: ${t.url} (${describeSource(t.source)})
`);
      },
      ...values.quiet ? {} : {
        onStep: (scenario, step) => context.stderr(`[${scenario.name}] ${formatStepLine(step, display).trimStart()}
`)
      }
    });
    const { result, scenarios } = run;
    for (const [i, scenario] of result.scenarios.entries()) {
      const modes = scenarios[i]?.steps.map((s) => s.match) ?? [];
      context.stdout(`${formatScenario(scenario, display, modes)}

`);
    }
    context.stdout(`${formatSummary(result)}
`);
    const root = context.cwd;
    writeReport(root, values.json, () => `${JSON.stringify(scenarioJsonReport(result, display), null, 2)}
`);
    writeReport(root, values.junit, () => toJUnitXml(scenarioJUnitSuites(result, display)));
    writeReport(root, values.sarif, () => `${JSON.stringify(scenarioSarif(result, root, VERSION), null, 2)}
`);
    writeReport(root, values.markdown, () => toMarkdown(result, display));
    return scenariosExitCode(result);
  }
};
function describeSource(source) {
  return source === "target" ? "--target" : source === "env" ? "environment" : source === "up" ? "mockforge up" : "mock booted here";
}
function toMarkdown(result, display) {
  const parts = [`## Scenarios

${escapeMarkdown(formatSummary(result))}
`];
  for (const scenario of result.scenarios) {
    const counts = countSteps(scenario);
    parts.push(
      `### ${scenario.passed ? "\u2705" : "\u274C"} ${escapeMarkdown(scenario.name)}

\`${display(scenario.file)}\`: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped

\`\`\`mermaid
${scenarioSequenceDiagram(scenario)}
\`\`\`
`
    );
  }
  return `${parts.join("\n")}`;
}
export {
  command
};
