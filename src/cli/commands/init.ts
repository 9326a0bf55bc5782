import { existsSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { type InitCandidate, planInit, renderInitConfig, renderInitWorkflow } from '../../core/config/init-config.js';
import { ErrorCode, MockforgeError } from '../../core/errors.js';
import { readSourceFile } from '../../core/source/source-file.js';
import { writeFileAtomic } from '../../core/write-file-atomic.js';
import { type CliCommand, displayPath } from '../command.js';
import { parseOptions } from '../parse-options.js';

const WORKFLOW = '.github/workflows/contracts.yml';

export const command: CliCommand = {
  name: 'init',
  summary: 'write mockforge.yaml for the contracts of a project',
  usage: `
Usage: mockforge init [--contracts-dir contracts] [--github] [--force]

Finds the OpenAPI contracts (and the shared component files they $ref) in the contracts folder and writes a
commented mockforge.yaml next to it: one workspace per contract, named after the file, ports from 3001.
It passes 'mockforge lint' as written. An existing file is never overwritten without --force.

Options:
  --contracts-dir <dir>  where the contracts are (default: contracts)
  --config <file>        the file to write (default: mockforge.yaml)
  --github               also write ${WORKFLOW}: the pull-request check (diff, scenarios,
                         one sticky comment, SARIF upload) with the permissions it needs
  --force                overwrite files that exist
`,
  async run(argv, context) {
    const { values } = parseOptions(
      argv,
      {
        'contracts-dir': { type: 'string' },
        config: { type: 'string' },
        github: { type: 'boolean' },
        force: { type: 'boolean' },
      },
      'init',
    );
    const configFile = resolve(context.cwd, values.config ?? 'mockforge.yaml');
    const root = resolve(configFile, '..');
    const contractsDir = resolve(context.cwd, values['contracts-dir'] ?? 'contracts');
    if (!statSync(contractsDir, { throwIfNoEntry: false })?.isDirectory()) {
      throw new MockforgeError(
        ErrorCode.ContractNotFound,
        `${displayPath(contractsDir, context.cwd)} is not a folder`,
        {
          hint: 'run in the project folder, or say where the contracts are with --contracts-dir',
        },
      );
    }
    const targets = [configFile, ...(values.github ? [join(root, WORKFLOW)] : [])];
    const existing = targets.filter((file) => existsSync(file));
    if (existing.length > 0 && !values.force) {
      throw new MockforgeError(
        ErrorCode.UsageInvalid,
        `${existing.map((f) => displayPath(f, context.cwd)).join(' and ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written`,
        { hint: '--force overwrites' },
      );
    }
    const files = await glob('**/*.{yaml,yml,json}', { cwd: contractsDir, absolute: true, followSymbolicLinks: false });
    const candidates: InitCandidate[] = files.map((file) => {
      const path = relative(root, file).split('\\').join('/');
      try {
        return { path, document: readSourceFile(file).value };
      } catch {
        return { path, document: undefined };
      }
    });
    const plan = planInit(candidates);
    for (const s of plan.skipped) context.stderr(`mockforge init: skipped ${s.path}: ${s.why}\n`);
    if (plan.workspaces.length === 0) {
      throw new MockforgeError(
        ErrorCode.ContractNotFound,
        `no OpenAPI 3 contract in ${displayPath(contractsDir, context.cwd)}`,
        { hint: 'a contract has `openapi: 3.x` and `paths`; say where they are with --contracts-dir' },
      );
    }
    const contractsPath = relative(root, contractsDir).split('\\').join('/') || '.';
    writeFileAtomic(configFile, renderInitConfig(plan, { contractsDir: contractsPath, projectName: basename(root) }));
    for (const w of plan.workspaces) context.stdout(`${w.name}: port ${w.port}, ${w.contract}\n`);
    if (plan.shared.length > 0) context.stdout(`shared schemas: ${plan.shared.join(', ')}\n`);
    context.stderr(`mockforge init: wrote ${displayPath(configFile, context.cwd)}\n`);
    if (values.github) {
      const workflow = join(root, WORKFLOW);
      writeFileAtomic(workflow, renderInitWorkflow(relative(root, configFile).split('\\').join('/')));
      context.stderr(`mockforge init: wrote ${displayPath(workflow, context.cwd)}\n`);
    }
    context.stderr("next: 'mockforge lint', then 'mockforge up' or 'mockforge serve'\n");
    return 0;
  },
};
