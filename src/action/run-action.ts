import { resolve } from 'node:path';
import * as core from '@actions/core';
import { loadProject } from '../core/project.js';

/** Until the Action issue lands: load the project and annotate every loader diagnostic. */
export async function runAction(): Promise<void> {
  const workingDirectory = resolve(core.getInput('working-directory') || '.');
  const project = loadProject(resolve(workingDirectory, core.getInput('config') || 'mockforge.yaml'));
  for (const d of project.diagnostics) {
    const properties = { file: d.location.file, startLine: d.location.line, startColumn: d.location.column };
    if (d.severity === 'error') core.error(d.message, properties);
    else core.warning(d.message, properties);
  }
  core.setOutput('workspaces', JSON.stringify(project.config.workspaces.map((w) => w.name)));
}
