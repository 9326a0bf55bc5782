import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ErrorCode, MockforgeError } from '../errors.js';
import { loadProject } from '../project.js';
import { MAX_SCENARIO_BYTES, scenarioFromSource } from '../scenario/load-scenario.js';
import { findScenarioFiles } from '../scenario/run-scenario-files.js';
import { readSourceFile } from '../source/source-file.js';
import { isArazzoDocument } from './is-arazzo.js';
import { convertToArazzo } from './to-arazzo.js';

export interface ConvertScenarioFilesOptions {
  cwd: string;
  patterns: readonly string[];
  configPath: string;
  outputDir: string;
}

/**
 * `mockforge scenarios --to-arazzo <dir>`: every tutorial-format scenario file (the given ones, else the
 * config's globs) written as an Arazzo document in `dir`. Arazzo files among them are left as they are.
 */
export function convertScenarioFiles(options: ConvertScenarioFilesOptions): { written: string[]; skipped: string[] } {
  const configFile = resolve(options.cwd, options.configPath);
  if (!existsSync(configFile)) {
    throw new MockforgeError(
      ErrorCode.ConfigNotFound,
      `--to-arazzo needs the project's ${options.configPath}: each service becomes the source description of its workspace's contract`,
      {
        hint: 'run it where mockforge.yaml is, or pass --config',
      },
    );
  }
  const project = loadProject(configFile);
  const files = findScenarioFiles(
    { cwd: options.cwd, patterns: options.patterns, configPath: options.configPath },
    project,
  );
  const outputDir = resolve(options.cwd, options.outputDir);
  const converted = [];
  const skipped: string[] = [];
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
