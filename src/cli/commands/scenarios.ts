import { convertScenarioFiles } from '../../core/arazzo/convert-scenario-files.js';
import { readInputOptions } from '../../core/arazzo/read-inputs.js';
import { ErrorCode, MockforgeError } from '../../core/errors.js';
import { toJUnitXml } from '../../core/report/junit.js';
import { escapeMarkdown } from '../../core/report/markdown.js';
import { formatScenario, formatStepLine, formatSummary } from '../../core/scenario/format-scenarios.js';
import { scenarioSequenceDiagram } from '../../core/scenario/mermaid.js';
import { runScenarioFiles } from '../../core/scenario/run-scenario-files.js';
import { scenariosExitCode } from '../../core/scenario/run-scenarios.js';
import {
  countSteps,
  scenarioJsonReport,
  scenarioJUnitSuites,
  scenarioSarif,
} from '../../core/scenario/scenario-report.js';
import type { ScenariosResult } from '../../core/scenario/types.js';
import { describeShards, type ShardPlan } from '../../core/shard/shard-plan.js';
import { shardStamp } from '../../core/shard/shard-report.js';
import { parseShard } from '../../core/shard/shard-spec.js';
import { VERSION } from '../../core/version.js';
import { type CliCommand, displayPath, writeReport } from '../command.js';
import { parseOptions, parsePairs } from '../parse-options.js';

export const command: CliCommand = {
  name: 'scenarios',
  summary: 'run cross-service scenario files against mocks or real services',
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
  --shard <i/n>           run only shard i of n (a job matrix): files are split whole, balanced by steps,
                          the same split on every run; --json then carries the split, and
                          'mockforge report' merges the n JSON reports
  --quiet                 no per-step progress
  --to-arazzo <dir>       do not run: write each tutorial-format file as an Arazzo 1.0.1 document in <dir>
`,
  async run(argv, context) {
    const { values, positionals } = parseOptions(
      argv,
      {
        config: { type: 'string' },
        target: { type: 'string', multiple: true },
        input: { type: 'string', multiple: true },
        'to-arazzo': { type: 'string' },
        'no-mocks': { type: 'boolean' },
        concurrency: { type: 'string' },
        timeout: { type: 'string' },
        json: { type: 'string' },
        junit: { type: 'string' },
        sarif: { type: 'string' },
        markdown: { type: 'string' },
        shard: { type: 'string' },
        quiet: { type: 'boolean' },
      },
      'scenarios',
      true,
    );
    const concurrency = Number(values.concurrency ?? '4');
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
      throw new MockforgeError(ErrorCode.UsageInvalid, '--concurrency must be an integer from 1 to 64');
    }
    const timeout = Number(values.timeout ?? '10000');
    if (!Number.isFinite(timeout) || timeout <= 0) {
      throw new MockforgeError(ErrorCode.UsageInvalid, '--timeout must be a positive number of milliseconds');
    }
    const targets = parsePairs(values.target, 'target');
    for (const [name, url] of targets) {
      if (!/^https?:\/\/[^/]/.test(url)) {
        throw new MockforgeError(ErrorCode.UsageInvalid, `--target ${name}=${url}: not an http(s) URL`);
      }
    }
    const display = (file: string) => displayPath(file, context.cwd);
    const shard = values.shard === undefined ? undefined : parseShard(values.shard, '--shard');
    if (values['to-arazzo'] !== undefined) {
      const { written, skipped } = convertScenarioFiles({
        cwd: context.cwd,
        patterns: positionals,
        configPath: values.config ?? 'mockforge.yaml',
        outputDir: values['to-arazzo'],
      });
      for (const file of written) context.stdout(`wrote ${display(file)}\n`);
      for (const file of skipped) context.stderr(`${display(file)} is already Arazzo: not converted\n`);
      return 0;
    }
    const run = await runScenarioFiles({
      cwd: context.cwd,
      patterns: positionals,
      configPath: values.config ?? 'mockforge.yaml',
      targets,
      env: context.env,
      concurrency,
      defaultTimeoutMs: timeout,
      noMocks: values['no-mocks'] ?? false,
      inputs: readInputOptions(values.input ?? [], context.cwd),
      ...(shard
        ? {
            shard,
            onShard: (plan: ShardPlan) => {
              for (const line of describeShards(plan, shard, 'scenario file(s)')) context.stderr(`${line}\n`);
            },
          }
        : {}),
      onTargets: (resolved) => {
        for (const t of resolved) context.stderr(`${t.service}: ${t.url} (${describeSource(t.source)})\n`);
      },
      ...(values.quiet
        ? {}
        : {
            onStep: (scenario, step) =>
              context.stderr(`[${scenario.name}] ${formatStepLine(step, display).trimStart()}\n`),
          }),
    });
    const { result, scenarios, plan } = run;
    for (const [i, scenario] of result.scenarios.entries()) {
      const modes = scenarios[i]?.steps.map((s) => s.match) ?? [];
      context.stdout(`${formatScenario(scenario, display, modes)}\n\n`);
    }
    context.stdout(`${formatSummary(result)}\n`);
    const root = context.cwd;
    const stamp = shard && plan ? { shard: shardStamp(shard, plan, root, VERSION) } : {};
    writeReport(
      root,
      values.json,
      () => `${JSON.stringify({ ...scenarioJsonReport(result, display), ...stamp }, null, 2)}\n`,
    );
    writeReport(root, values.junit, () => toJUnitXml(scenarioJUnitSuites(result, display)));
    writeReport(root, values.sarif, () => `${JSON.stringify(scenarioSarif(result, root, VERSION), null, 2)}\n`);
    writeReport(root, values.markdown, () => toMarkdown(result, display));
    return scenariosExitCode(result);
  },
};

function describeSource(source: string): string {
  return source === 'target'
    ? '--target'
    : source === 'env'
      ? 'environment'
      : source === 'up'
        ? 'mockforge up'
        : 'mock booted here';
}

function toMarkdown(result: ScenariosResult, display: (file: string) => string): string {
  const parts = [`## Scenarios\n\n${escapeMarkdown(formatSummary(result))}\n`];
  for (const scenario of result.scenarios) {
    const counts = countSteps(scenario);
    parts.push(
      `### ${scenario.passed ? '✅' : '❌'} ${escapeMarkdown(scenario.name)}\n\n` +
        `\`${display(scenario.file)}\`: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n\n` +
        `\`\`\`mermaid\n${scenarioSequenceDiagram(scenario)}\n\`\`\`\n`,
    );
  }
  return `${parts.join('\n')}`;
}
