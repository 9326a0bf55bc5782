import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let library: typeof Yaml | undefined;

/**
 * The `yaml` package (the position-keeping parser and the writer), loaded at its first use: most runs never
 * call it (js-yaml reads contracts without anchors, the line index locates their nodes), and loading it
 * costs every start ~20 ms. In the bundle scripts/build.mjs points this at dist/yaml.cjs, its one copy.
 */
export function yamlLibrary(): typeof Yaml {
  library ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return library;
}
