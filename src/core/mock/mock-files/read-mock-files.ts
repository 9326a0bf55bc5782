import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LoadedContract } from '../../contract/types.js';
import { ErrorCode, MockforgeError } from '../../errors.js';
import { SchemaValidator } from '../../schema/schema-validator.js';
import { readSourceFile } from '../../source/source-file.js';
import { isInside } from '../../source/source-reader.js';
import { checkMockFile } from './check-mock-file.js';
import { parseMockFile } from './parse-mock-file.js';
import type { MockData } from './types.js';

/** A mock folder is hand-edited data, not a dump: these bounds keep a mistake from stalling the boot. */
const MAX_FILES = 5000;
const MAX_FILE_BYTES = 8 * 1024 * 1024;
const MAX_DEPTH = 4;

export interface ReadMockFilesOptions {
  /** Check bodies, examples and headers against the contract (default true): mismatches become warnings. */
  check?: boolean;
}

/**
 * Reads every `*.yaml`/`*.yml`/`*.json` under `dir` written by `mockforge generate` (and perhaps edited).
 * Bad YAML or an unknown structure is a MockforgeError with file:line; a file that resolves outside `dir`
 * (a symlink) is refused; data that does not fit the contract, or names no operation of it, is a warning.
 */
export function readMockFiles(dir: string, contract: LoadedContract, options: ReadMockFilesOptions = {}): MockData {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) {
    throw new MockforgeError(ErrorCode.MockDataInvalid, `mock data folder ${dir} does not exist or is not a folder`, {
      hint: "write it with 'mockforge generate --from-openapi <contract> --output <dir>'",
    });
  }
  const data: MockData = { dir, operations: new Map(), warnings: [] };
  const byRoute = new Map(contract.operations.map((op) => [`${op.method} ${op.path}`, op]));
  const validator = options.check === false ? undefined : new SchemaValidator(contract);
  for (const file of listFiles(dir)) {
    if (!isInside(dir, file)) {
      throw new MockforgeError(ErrorCode.RefRefused, `${file} resolves outside the mock data folder ${dir}`, {
        location: { file, line: 1, column: 1 },
        hint: 'mock data files must live inside their folder (no symlinks out of it)',
      });
    }
    const source = readSourceFile(file, { maxBytes: MAX_FILE_BYTES });
    const parsed = parseMockFile(source);
    const operation = byRoute.get(`${parsed.method} ${parsed.path}`);
    if (!operation) {
      const line = source.locate(['operation']).line;
      const message = `${parsed.method.toUpperCase()} ${parsed.path} is not an operation of ${contract.title || contract.file}: file ignored`;
      data.warnings.push({ file, line, message });
      continue;
    }
    const existing = data.operations.get(operation.pointer);
    if (existing) {
      const line = source.locate(['operation']).line;
      const message = `${parsed.method.toUpperCase()} ${parsed.path} is already given by ${relative(dir, existing.file)}: file ignored`;
      data.warnings.push({ file, line, message });
      continue;
    }
    const entry = {
      file,
      method: parsed.method,
      path: parsed.path,
      operationPointer: operation.pointer,
      responses: parsed.responses,
    };
    data.operations.set(operation.pointer, entry);
    if (validator) data.warnings.push(...checkMockFile(contract, validator, entry, source));
  }
  return data;
}

/** Data files under `dir`, sorted (so the first of two files for one operation is always the same). */
function listFiles(dir: string, depth = 0, out: string[] = []): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (cause) {
    throw new MockforgeError(ErrorCode.MockDataInvalid, `cannot read mock data folder ${dir}`, { cause });
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory() && depth < MAX_DEPTH) listFiles(path, depth + 1, out);
    else if ((entry.isFile() || entry.isSymbolicLink()) && /\.(ya?ml|json)$/i.test(entry.name)) out.push(path);
    if (out.length > MAX_FILES) {
      throw new MockforgeError(ErrorCode.MockDataInvalid, `${dir} holds more than ${MAX_FILES} mock data files`, {
        hint: 'point from_mock at the folder mockforge generate wrote',
      });
    }
  }
  return out;
}
