/** Where fetched tools are kept between runs: `@actions/tool-cache` in the Action, a folder for the CLI. */
export interface ToolCache {
  /** The cached folder, or undefined. */
  find(tool: string, version: string, arch: string): string | undefined;
  /** Unpacks a .tgz into a new folder and returns it. */
  extractTar(file: string): Promise<string>;
  /** Keeps `dir` and returns the cached copy's path. */
  cacheDir(dir: string, tool: string, version: string, arch: string): Promise<string>;
}
