import { resolve } from 'node:path';
import { checkStructure } from '../../core/contract/check-structure.js';
import { loadContract, loadContractWithRemoteRefs } from '../../core/contract/load-contract.js';
import type { Diagnostic } from '../../core/contract/types.js';
import { checkMockable } from '../../core/mock/check-mockable.js';
import { loadProject } from '../../core/project.js';
import { type CliCommand, displayPath } from '../command.js';
import { fetchText } from '../fetch-text.js';
import { parseOptions } from '../parse-options.js';

export const command: CliCommand = {
  name: 'lint',
  summary: 'load the project and report contract and config problems',
  usage: `
Usage: mockforge lint [--config mockforge.yaml] [--contract <file>]...

Loads mockforge.yaml (or the given contracts), bundles each contract with its shared schemas and prints
every problem as 'file:line: severity: message [code]'. Exit 0 when there are only warnings, 1 on errors.

Options:
  --config <file>        project config (default: mockforge.yaml)
  --contract <file>      lint one contract instead of the project (repeatable)
  --allow-remote-refs    fetch http(s) $refs of the given --contract files (trusted contracts only;
                         never in pull requests from forks). Refused by default.
`,
  async run(argv, context) {
    const { values } = parseOptions(
      argv,
      {
        config: { type: 'string' },
        contract: { type: 'string', multiple: true },
        'allow-remote-refs': { type: 'boolean' },
      },
      'lint',
    );
    const allowRemoteRefs = values['allow-remote-refs'] ?? false;
    const diagnostics: Diagnostic[] = [];
    let loaded = 0;
    if (values.contract && values.contract.length > 0) {
      for (const file of values.contract) {
        const path = resolve(context.cwd, file);
        const contract = allowRemoteRefs
          ? await loadContractWithRemoteRefs(path, { root: context.cwd, fetchText })
          : loadContract(path, { root: context.cwd });
        diagnostics.push(...contract.diagnostics, ...(await checkStructure(contract)), ...checkMockable(contract));
        loaded++;
      }
    } else {
      const project = loadProject(resolve(context.cwd, values.config ?? 'mockforge.yaml'));
      diagnostics.push(...project.diagnostics);
      const unique = new Set(project.contracts.values());
      for (const contract of unique) diagnostics.push(...(await checkStructure(contract)), ...checkMockable(contract));
      loaded = unique.size;
      for (const workspace of project.config.workspaces) {
        const contract = project.contracts.get(workspace.name);
        context.stderr(
          `${workspace.name}: ${displayPath(workspace.contract, context.cwd)} (${contract?.operations.length ?? 0} operations, port ${workspace.port})\n`,
        );
      }
    }
    diagnostics.sort((a, b) => a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line);
    for (const d of diagnostics) {
      context.stdout(
        `${displayPath(d.location.file, context.cwd)}:${d.location.line}: ${d.severity}: ${d.message} [${d.code}]\n`,
      );
    }
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    context.stderr(`${loaded} contract(s): ${errors} error(s), ${diagnostics.length - errors} warning(s)\n`);
    return errors > 0 ? 1 : 0;
  },
};
