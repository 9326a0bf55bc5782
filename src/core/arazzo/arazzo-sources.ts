import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { didYouMean } from '../config/did-you-mean.js';
import { loadContract } from '../contract/load-contract.js';
import type { LoadedContract } from '../contract/types.js';
import { isMockforgeError } from '../errors.js';
import type { Project } from '../project.js';
import { createFileReader, isInside, type SourceReader } from '../source/source-reader.js';
import type { ArazzoDocumentPlan } from './types.js';

/** A Source Description Object as written (after the schema check). */
export interface RawSource {
  name: string;
  url: string;
  type?: 'openapi' | 'arazzo';
  'x-mockforge-workspace'?: string;
}

/** Where an `openapi` source leads: the service (workspace, or the source's own name) and its contract. */
export interface ServiceSource {
  service: string;
  contract: LoadedContract;
  /** True when the service is a workspace of mockforge.yaml (its mock, targets and `env:` names apply). */
  workspace: boolean;
}

/**
 * What every document of one run shares: the project, the folder no file may leave, and the contracts
 * loaded for sources that are no workspace's contract (one service each, booted as its own mock).
 */
export class SourceRegistry {
  readonly project: Project | undefined;
  readonly root: string;
  readonly read: SourceReader;
  /** Services of sources that are not workspaces: name -> contract. */
  readonly standalone = new Map<string, LoadedContract>();
  /** Arazzo documents compiled in this run, by file (an `arazzo` source is compiled once). */
  readonly documents = new Map<string, ArazzoDocumentPlan>();
  readonly #byFile = new Map<string, ServiceSource>();

  constructor(options: { project?: Project | undefined; root: string; read?: SourceReader }) {
    this.project = options.project;
    this.root = options.root;
    this.read = options.read ?? createFileReader();
  }

  /**
   * An openapi source: `x-mockforge-workspace`, else the workspace whose contract is the file, else the file
   * loaded as a service named after the source. A remote URL is never fetched: it maps to the one workspace
   * whose contract has the same file name. Throws a message (the caller places it at the source's line).
   */
  resolveOpenApi(source: RawSource, arazzoFile: string): ServiceSource {
    const workspaces = this.project?.config.workspaces ?? [];
    const named = source['x-mockforge-workspace'];
    if (named !== undefined) {
      const workspace = workspaces.find((w) => w.name === named);
      if (!workspace) {
        const guess = didYouMean(
          named,
          workspaces.map((w) => w.name),
        );
        throw new SourceError(
          `x-mockforge-workspace '${named}' is no workspace of ${this.project ? 'mockforge.yaml' : 'a project (no mockforge.yaml here)'}${guess ? `; did you mean '${guess}'?` : ''}`,
          'x-mockforge-workspace',
        );
      }
      return this.#workspaceSource(workspace.name);
    }
    const remote = /^[a-z][a-z0-9+.-]*:/i.test(source.url) && !source.url.startsWith('file:');
    if (remote) {
      const file = basename(new URL(source.url).pathname);
      const matches = workspaces.filter((w) => basename(w.contract) === file);
      if (matches.length === 1) return this.#workspaceSource((matches[0] as { name: string }).name);
      throw new SourceError(
        `${source.url} is not fetched (remote descriptions never are); ${matches.length === 0 ? `no workspace's contract is named ${file}` : `several workspaces' contracts are named ${file}`}: set x-mockforge-workspace on the source, or point url at the contract file`,
        'url',
      );
    }
    const file = source.url.startsWith('file:')
      ? fileURLToPath(source.url)
      : resolve(dirname(arazzoFile), decodeURI(source.url.split('#')[0] ?? ''));
    if (!isInside(this.root, file)) {
      throw new SourceError(
        `${source.url} leads outside ${this.root}; source descriptions must be files of the project`,
        'url',
        true,
      );
    }
    const workspace = workspaces.find((w) => resolve(w.contract) === file);
    if (workspace) return this.#workspaceSource(workspace.name);
    let found = this.#byFile.get(file);
    if (!found) {
      if (workspaces.some((w) => w.name === source.name)) {
        throw new SourceError(
          `source '${source.name}' has the name of a workspace but not its contract; rename it or set x-mockforge-workspace`,
          'name',
        );
      }
      let contract: LoadedContract;
      try {
        contract = loadContract(file, { root: this.root, read: this.read });
      } catch (error) {
        if (isMockforgeError(error)) throw new SourceError(`cannot load ${source.url}: ${error.format()}`, 'url');
        throw error;
      }
      found = { service: this.#uniqueName(source.name), contract, workspace: false };
      this.#byFile.set(file, found);
      this.standalone.set(found.service, contract);
    }
    return found;
  }

  /** The file of an `arazzo` source (remote ones are refused). */
  resolveArazzoFile(source: RawSource, arazzoFile: string): string {
    if (/^[a-z][a-z0-9+.-]*:/i.test(source.url) && !source.url.startsWith('file:')) {
      throw new SourceError(
        `${source.url} is not fetched (remote descriptions never are); point url at a file of the project`,
        'url',
      );
    }
    const file = source.url.startsWith('file:')
      ? fileURLToPath(source.url)
      : resolve(dirname(arazzoFile), decodeURI(source.url));
    if (!isInside(this.root, file)) {
      throw new SourceError(
        `${source.url} leads outside ${this.root}; source descriptions must be files of the project`,
        'url',
        true,
      );
    }
    return file;
  }

  #workspaceSource(name: string): ServiceSource {
    return { service: name, contract: this.project?.contracts.get(name) as LoadedContract, workspace: true };
  }

  #uniqueName(name: string): string {
    let candidate = name;
    for (let n = 2; this.standalone.has(candidate); n++) candidate = `${name}-${n}`;
    return candidate;
  }
}

/** A source that does not resolve: the message, the field of the source it is about, and whether it was refused. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly field: string,
    readonly refused = false,
  ) {
    super(message);
  }
}
