import { globSync } from 'tinyglobby';

/** The scenario files the config's `scenarios:` globs match under its root, absolute and sorted. */
export function configScenarioFiles(config: { root: string; scenarios: readonly string[] }): string[] {
  return globSync([...config.scenarios], { cwd: config.root, absolute: true, onlyFiles: true }).sort();
}
