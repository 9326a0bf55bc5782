import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { ErrorCode, MockforgeError } from '../errors.js';
import type { Project } from '../project.js';
import { configScenarioFiles } from '../scenario/scenario-files.js';
import { isInside } from '../source/source-reader.js';

/** A file the mock process reads, as it goes into the ConfigMap. */
export interface ProjectFile {
  /** Path below the project root with '/' separators: where the volume's `items` put it back. */
  path: string;
  /** A valid ConfigMap key derived from the path (`contracts/users-service.yaml` -> `contracts_users-service.yaml`). */
  key: string;
  content: Buffer;
  /** False for bytes that are not UTF-8: they go under `binaryData`. */
  text: boolean;
}

/** Kubernetes refuses ConfigMaps over 1 MiB (all data plus metadata); leave room for the metadata. */
const CONFIG_MAP_LIMIT = 1024 * 1024 - 16 * 1024;
const MOCK_DATA_FILES_LIMIT = 1000;

/**
 * mockforge.yaml, every file the contracts were bundled from (shared schemas included), the scenarios
 * (they seed the unified state) and the mock data folders: sorted by path, each under the root.
 */
export function collectProjectFiles(project: Project): { files: ProjectFile[]; notices: string[] } {
  const { config } = project;
  const notices: string[] = [];
  const absolute = new Set<string>([config.file, ...config.sharedSchemaFiles]);
  for (const contract of project.contracts.values()) for (const file of contract.sourceMap.files) absolute.add(file);
  for (const file of configScenarioFiles(config)) absolute.add(file);
  for (const workspace of config.workspaces) {
    for (const endpoint of workspace.endpoints) {
      if (!endpoint.fromMock || !existsSync(endpoint.fromMock)) continue;
      const found = globSync(['**/*'], { cwd: endpoint.fromMock, absolute: true, onlyFiles: true, dot: false });
      if (found.length > MOCK_DATA_FILES_LIMIT) {
        throw new MockforgeError(
          ErrorCode.MeshInvalid,
          `${endpoint.fromMock} holds more than ${MOCK_DATA_FILES_LIMIT} files`,
          {
            location: config.locate(`${endpoint.pointer}/response/from_mock`),
            hint: 'a ConfigMap holds 1 MiB at most: bake large mock data into the image instead',
          },
        );
      }
      for (const file of found) absolute.add(file);
    }
  }
  const files: ProjectFile[] = [];
  for (const file of absolute) {
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    if (!isInside(config.root, file)) {
      notices.push(`${file} lies outside ${config.root} (a link?): not put into the ConfigMap`);
      continue;
    }
    const content = readFileSync(file);
    const path = relative(config.root, file).split(sep).join('/');
    files.push({ path, key: '', content, text: isUtf8(content) });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  assignKeys(files);
  const total = files.reduce((sum, f) => sum + f.content.length + f.key.length, 0);
  if (total > CONFIG_MAP_LIMIT) {
    throw new MockforgeError(
      ErrorCode.MeshInvalid,
      `the project's files take ${total} bytes; a ConfigMap holds ${CONFIG_MAP_LIMIT} at most`,
      {
        location: config.locate(''),
        hint: 'bake the contracts and mock data into the image (see the Dockerfile) instead',
      },
    );
  }
  return { files, notices };
}

/** ConfigMap keys allow `[-._a-zA-Z0-9]`, 253 at most: '/' becomes '_', a clash gets a number. */
function assignKeys(files: ProjectFile[]): void {
  const used = new Set<string>();
  for (const file of files) {
    let base = file.path.replace(/\//g, '_').replace(/[^-._a-zA-Z0-9]/g, '-');
    if (base.length > 240 || /^\.+$/.test(base)) base = `file-${used.size + 1}`;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    file.key = key;
  }
}

function isUtf8(content: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return true;
  } catch {
    return false;
  }
}
