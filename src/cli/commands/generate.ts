import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContract } from '../../core/contract/load-contract.js';
import type { LoadedContract } from '../../core/contract/types.js';
import { ErrorCode, MockforgeError } from '../../core/errors.js';
import { DEFAULT_SEED } from '../../core/mock/mock-files/render-mock-files.js';
import { type MockFileOutcome, writeMockFiles } from '../../core/mock/mock-files/write-mock-files.js';
import { createProgress } from '../../core/progress.js';
import { loadProject } from '../../core/project.js';
import { type CliCommand, type CliContext, displayPath } from '../command.js';
import { parseOptions } from '../parse-options.js';

export const command: CliCommand = {
  name: 'generate',
  summary: 'write editable mock data (one YAML file per operation) from a contract',
  usage: `
Usage: mockforge generate --from-openapi <contract> --output <dir> [--seed <s>] [--force]
       mockforge generate [--config mockforge.yaml] [--seed <s>] [--force]

Writes one YAML file per operation of the contract into <dir>: for every documented status its headers
and, per media type, the body the mock serves (the contract's example when it fits its own schema,
otherwise data generated from the schema) and its named examples. Shared schemas next to the contract
are found as for every command. The same contract and seed give byte-identical files.
Point a workspace's 'response: from_mock: <dir>' at the folder; hand edits are served.
Without --from-openapi and --output: every 'from_mock' folder of mockforge.yaml, from its workspace's
contract (the tutorial's three commands in one).

A file edited by hand (its data no longer matches the checksum in its header) is kept; --force
overwrites it. Files of operations the contract no longer has are left alone.

Options:
  --from-openapi <file>  the OpenAPI 3.0/3.1 contract (YAML or JSON)
  --output <dir>         folder for the mock data files (created if missing)
  --config <file>        without the two above: the project whose from_mock folders to fill
                         (default: mockforge.yaml)
  --seed <s>             seed of the generated data (default: ${DEFAULT_SEED})
  --force                overwrite files edited by hand
`,
  async run(argv, context) {
    const { values } = parseOptions(
      argv,
      {
        'from-openapi': { type: 'string' },
        output: { type: 'string' },
        config: { type: 'string' },
        seed: { type: 'string' },
        force: { type: 'boolean' },
      },
      'generate',
    );
    const from = values['from-openapi'];
    const output = values.output;
    const settings = { seed: values.seed ?? DEFAULT_SEED, force: values.force ?? false, root: context.cwd };
    const usage = () =>
      new MockforgeError(ErrorCode.UsageInvalid, 'generate needs --from-openapi <contract> and --output <dir>', {
        hint: 'mockforge generate --from-openapi contracts/users-service.yaml --output mocks/users-service/ (or, next to mockforge.yaml, no options: every from_mock folder)',
      });
    if (from || output) {
      if (!from || !output) throw usage();
      const contract = loadContract(resolve(context.cwd, from), { progress: createProgress(context.stderr) });
      generateInto(contract, resolve(context.cwd, output), settings, context);
      return 0;
    }
    const configPath = resolve(context.cwd, values.config ?? 'mockforge.yaml');
    if (values.config === undefined && !existsSync(configPath)) throw usage();
    const project = loadProject(configPath);
    let folders = 0;
    for (const workspace of project.config.workspaces) {
      const contract = project.contracts.get(workspace.name);
      const dirs = [...new Set(workspace.endpoints.flatMap((e) => (e.fromMock ? [e.fromMock] : [])))];
      if (!contract || dirs.length === 0) {
        context.stderr(`${workspace.name}: no from_mock folder, nothing to generate\n`);
        continue;
      }
      for (const dir of dirs) generateInto(contract, dir, settings, context);
      folders += dirs.length;
    }
    if (folders === 0) {
      throw new MockforgeError(
        ErrorCode.UsageInvalid,
        `no workspace of ${displayPath(configPath, context.cwd)} has a from_mock folder`,
        { hint: "add 'response: {from_mock: mocks/<service>/}' to an endpoint, or pass --from-openapi and --output" },
      );
    }
    return 0;
  },
};

/** Writes one contract's mock data files into a folder and lists what happened to each. */
function generateInto(
  contract: LoadedContract,
  outputDir: string,
  settings: { seed: string; force: boolean; root: string },
  context: CliContext,
): void {
  const show = (file: string) => displayPath(file, context.cwd);
  for (const d of contract.diagnostics.filter((d) => d.severity === 'error')) {
    context.stderr(`${show(d.location.file)}:${d.location.line}: ${d.severity}: ${d.message} [${d.code}]\n`);
  }
  const written = writeMockFiles(contract, outputDir, settings);
  const counts = new Map<MockFileOutcome, number>();
  for (const file of written) {
    counts.set(file.outcome, (counts.get(file.outcome) ?? 0) + 1);
    const note = file.outcome === 'kept' ? ' (edited by hand; --force overwrites)' : '';
    context.stdout(`${file.outcome.padEnd(11)} ${show(file.file)}  ${file.operation}${note}\n`);
  }
  const summary = [...counts].map(([outcome, n]) => `${n} ${outcome}`).join(', ');
  context.stderr(
    `${contract.title || show(contract.file)}: ${written.length} operation(s) -> ${show(outputDir)}${summary ? ` (${summary})` : ''}\n`,
  );
}
