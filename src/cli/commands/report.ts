import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ErrorCode, MockforgeError } from '../../core/errors.js';
import { toJUnitXml } from '../../core/report/junit.js';
import { formatScenario, formatSummary } from '../../core/scenario/format-scenarios.js';
import { scenariosExitCode } from '../../core/scenario/run-scenarios.js';
import { scenarioJsonReport, scenarioJUnitSuites, scenarioSarif } from '../../core/scenario/scenario-report.js';
import { mergeScenarioShards } from '../../core/scenario/shard-scenarios.js';
import { type CommandShards, collectShardReports } from '../../core/shard/shard-report.js';
import { formatShard } from '../../core/shard/shard-spec.js';
import { formatValidate } from '../../core/validate/format-validate.js';
import { mergeValidateShards } from '../../core/validate/merge-shards.js';
import { validateExitCode, validateJUnitSuites, validateSarif } from '../../core/validate/validate-findings.js';
import { VERSION } from '../../core/version.js';
import { type CliCommand, displayPath, writeReport } from '../command.js';
import { parseOptions } from '../parse-options.js';

export const command: CliCommand = {
  name: 'report',
  summary: 'merge the JSON reports of a sharded validate or scenarios run',
  usage: `
Usage: mockforge report <shard report.json>... [--json file] [--junit file] [--sarif file]

Merges the --json reports that 'mockforge validate --shard i/n' or 'mockforge scenarios --shard i/n' wrote
(one per shard, any order) into one result, as one run would have written it: the same findings in the
same order, counts and coverage added up. Each report carries the whole split, so a shard whose report is
missing (or unreadable, or from another commit) is named with the operations or scenario files it had,
and fails the merged result. Prints the result as the command does and writes the merged reports.
Exit 0 clean, 1 findings or a missing shard, 2 bad input (no shard report among the files).

Options:
  --json <file>           the merged JSON report
  --junit <file>          the merged JUnit XML
  --sarif <file>          the merged SARIF 2.1.0
`,
  async run(argv, context) {
    const { values, positionals } = parseOptions(
      argv,
      { json: { type: 'string' }, junit: { type: 'string' }, sarif: { type: 'string' } },
      'report',
      true,
    );
    if (positionals.length === 0) {
      throw new MockforgeError(ErrorCode.UsageInvalid, 'give the shard reports to merge', {
        hint: 'mockforge report shards/validate-*.json',
      });
    }
    const texts = positionals.map((file) => {
      try {
        return { source: file, text: readFileSync(resolve(context.cwd, file), 'utf8') };
      } catch (cause) {
        throw new MockforgeError(ErrorCode.UsageInvalid, `cannot read ${file}: ${(cause as Error).message}`, { cause });
      }
    });
    const commands = collectShardReports(texts);
    if (commands.length > 1) {
      throw new MockforgeError(ErrorCode.UsageInvalid, 'the files hold shard reports of both validate and scenarios', {
        hint: 'merge each command on its own',
      });
    }
    const shards = commands[0] as CommandShards;
    const root = context.cwd;
    const display = (file: string) => displayPath(file, root);
    const { count, reported, missing } = shards.summary;
    context.stderr(`${shards.command}: ${reported.length} of ${count} shard report(s)\n`);
    for (const m of missing) {
      context.stderr(
        `shard ${formatShard({ index: m.index, count })} missing: ${m.reason} (${m.items} item(s) not run)\n`,
      );
    }
    if (shards.command === 'validate') {
      const result = mergeValidateShards(shards, root);
      context.stdout(formatValidate(result, display));
      writeReport(root, values.json, () => `${JSON.stringify(result, null, 2)}\n`);
      writeReport(root, values.junit, () => toJUnitXml(validateJUnitSuites(result, display)));
      writeReport(root, values.sarif, () => `${JSON.stringify(validateSarif(result, root, VERSION), null, 2)}\n`);
      return validateExitCode(result);
    }
    const result = mergeScenarioShards(shards, root);
    for (const scenario of result.scenarios) context.stdout(`${formatScenario(scenario, display)}\n\n`);
    context.stdout(`${formatSummary(result)}\n`);
    writeReport(root, values.json, () => `${JSON.stringify(scenarioJsonReport(result, display), null, 2)}\n`);
    writeReport(root, values.junit, () => toJUnitXml(scenarioJUnitSuites(result, display)));
    writeReport(root, values.sarif, () => `${JSON.stringify(scenarioSarif(result, root, VERSION), null, 2)}\n`);
    return scenariosExitCode(result);
  },
};
