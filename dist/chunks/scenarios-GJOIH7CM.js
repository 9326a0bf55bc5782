import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  countSteps,
  formatScenario,
  formatStepLine,
  formatSummary,
  runScenarioFiles,
  scenarioJUnitSuites,
  scenarioJsonReport,
  scenarioSarif,
  scenarioSequenceDiagram,
  scenariosExitCode
} from "./chunk-WZ2NKQ6E.js";
import "./chunk-6TYTTSIO.js";
import {
  toJUnitXml
} from "./chunk-BVVVLP5D.js";
import "./chunk-LU6URDTW.js";
import {
  escapeMarkdown
} from "./chunk-5CO5ZQ66.js";
import {
  VERSION
} from "./chunk-Q4L6FTGJ.js";
import "./chunk-JXD2J3FQ.js";
import "./chunk-SFIXQ3B7.js";
import "./chunk-J5CZJXPQ.js";
import "./chunk-WDIGWRKL.js";
import "./chunk-I6EOAQTO.js";
import "./chunk-MCTK2GOT.js";
import "./chunk-MZMFMVTC.js";
import "./chunk-7LJBLFJK.js";
import "./chunk-3IU2OTBQ.js";
import "./chunk-BUZ6B4DB.js";
import "./chunk-4VENIKSF.js";
import {
  displayPath,
  writeReport
} from "./chunk-5G4X4ALD.js";
import "./chunk-Z67XE7QP.js";
import {
  parseOptions,
  parsePairs
} from "./chunk-GUNA5JRM.js";
import {
  ErrorCode,
  MockforgeError
} from "./chunk-ZVGOEXLY.js";

// src/cli/commands/scenarios.ts
var command = {
  name: "scenarios",
  summary: "run cross-service scenario files against mocks or real services",
  usage: `
Usage: mockforge scenarios [files or globs...] [--config mockforge.yaml] [--target NAME=URL]...

Runs each scenario's steps in order (scenarios concurrently) and checks every response against the
step's expected status, headers and body, and every request and response against the service's contract.
Files default to the config's 'scenarios:' globs. Each service's URL comes from --target, else the
environment (USERS_SERVICE_URL, or the workspace's 'env:' names), else a running 'mockforge up',
else mocks booted in this process on free ports.
Exit 0 all steps passed, 1 a step failed, 2 bad input (invalid scenario or config).

Options:
  --config <file>         project config (default: mockforge.yaml)
  --target <NAME=URL>     base URL of a service (repeatable)
  --no-mocks              never boot mocks: a service without a URL fails its steps
  --concurrency <n>       scenarios at once (default 4)
  --timeout <ms>          step timeout where the scenario sets none (default 10000)
  --json <file>           write the results as JSON
  --junit <file>          write JUnit XML (one test case per step)
  --sarif <file>          write SARIF 2.1.0 (failures at scenario lines, for code scanning)
  --markdown <file>       write a summary with a Mermaid sequence diagram per scenario
  --quiet                 no per-step progress
`,
  async run(argv, context) {
    const { values, positionals } = parseOptions(
      argv,
      {
        config: { type: "string" },
        target: { type: "string", multiple: true },
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
    const run = await runScenarioFiles({
      cwd: context.cwd,
      patterns: positionals,
      configPath: values.config ?? "mockforge.yaml",
      targets,
      env: context.env,
      concurrency,
      defaultTimeoutMs: timeout,
      noMocks: values["no-mocks"] ?? false,
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
