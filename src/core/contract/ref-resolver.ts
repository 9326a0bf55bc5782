import { basename, dirname, extname, resolve } from 'node:path';
import { formatPointer, getAtPointer, parsePointer } from '../source/json-pointer.js';
import { safeDecode } from '../source/safe-decode.js';
import { insideCheck, type SourceReader } from '../source/source-reader.js';
import type { DiagnosticSeverity } from './types.js';

/** A node of some file: the file (or URL) and a JSON pointer in it (not percent-encoded). */
export interface Target {
  file: string;
  pointer: string;
}

/** A ref that cannot be followed (reported already): `key` identifies what it named, `name` suits a stand-in. */
export interface RefFailure {
  key: string;
  file: string;
  name: string;
}

export interface RefResolverOptions {
  /** Project root: file refs that leave it are refused. */
  root: string;
  sharedSchemaFiles: () => readonly string[];
  read: SourceReader;
  allowRemoteRefs?: boolean;
  report(refAt: string, code: string, message: string, severity: DiagnosticSeverity): void;
}

export interface RefResolver {
  /** The node a `$ref` written in `from` names, or why not (reported at `refAt`, a bundled pointer). */
  resolve(ref: string, refAt: string, from: string): { target: Target } | { failure: RefFailure };
  reportCycle(ref: string, refAt: string): void;
  valueAt(target: Target): unknown;
  /** http(s) documents asked for (with allowRemoteRefs). */
  remoteRefs(): string[];
}

const COMPONENT_POINTER = /^\/components\/[^/]+\/([^/]+)$/;

/**
 * Follows `$ref`s for the bundler: relative to the file that contains them, never to a URL (unless
 * allowed) or a file outside the project root, and for `#/components/...` not defined where written,
 * in the contract and then its component libraries (the tutorial's shared-schemas.yaml layout).
 */
export function createRefResolver(contractFile: string, options: RefResolverOptions): RefResolver {
  const inside = new Map<string, boolean>();
  const remote = new Set<string>();
  const valueAt = (target: Target) => getAtPointer(options.read(target.file).value, target.pointer);
  let isUnderRoot: ((file: string) => boolean) | undefined;
  const allowed = (file: string) => {
    let ok = inside.get(file);
    if (ok === undefined) {
      isUnderRoot ??= insideCheck(options.root);
      ok = isUnderRoot(file);
      inside.set(file, ok);
    }
    return ok;
  };
  const find = (target: Target): Target | undefined => {
    if (valueAt(target) !== undefined) return target;
    if (!COMPONENT_POINTER.test(target.pointer)) return undefined;
    for (const candidate of [contractFile, ...options.sharedSchemaFiles()]) {
      const other = { file: candidate, pointer: target.pointer };
      if (candidate !== target.file && valueAt(other) !== undefined) return other;
    }
    return undefined;
  };

  const resolved = new Map<string, Target>();
  return {
    valueAt,
    remoteRefs: () => [...remote],
    reportCycle(ref, refAt) {
      options.report(
        refAt,
        'MF_REF_CYCLE',
        `$ref '${ref}' leads back into itself through objects that must be inlined; left out`,
        'error',
      );
    },
    resolve(ref, refAt, from) {
      // The same ref written in the same file names the same node: resolved once (failures are reported
      // at every place they are written, so they are not kept).
      const key = `${from}\u0000${ref}`;
      const known = resolved.get(key);
      if (known) return { target: known };
      const outcome = resolveOnce(ref, refAt, from);
      if ('target' in outcome) resolved.set(key, outcome.target);
      return outcome;
    },
  };

  function resolveOnce(ref: string, refAt: string, from: string): { target: Target } | { failure: RefFailure } {
    const hash = ref.indexOf('#');
    const uri = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? '' : ref.slice(hash + 1);
    const file = resolveUri(uri, from);
    const fail = (code: string, message: string, severity: DiagnosticSeverity, name = nameOfRef(file, fragment)) => {
      options.report(refAt, code, message, severity);
      return { failure: { key: `${file}#${fragment}`, file, name } };
    };
    if (isUri(file)) {
      if (!options.allowRemoteRefs)
        return fail(
          'MF_REF_REFUSED',
          `$ref '${ref}' refused: contracts never make mockforge fetch URLs (--allow-remote-refs); treated as any`,
          'error',
        );
      if (!/^https?:/i.test(file))
        return fail(
          'MF_REF_REFUSED',
          `$ref '${ref}' refused: only http(s) URLs can be allowed; treated as any`,
          'error',
        );
      remote.add(file);
    } else if (file !== from && !allowed(file)) {
      // A ref within the same file reads nothing new, even when the user pointed at a file outside the root.
      return fail(
        'MF_REF_REFUSED',
        `$ref '${ref}' leaves the project root ${options.root}: refused; treated as any`,
        'error',
      );
    }
    let pointer: string;
    try {
      pointer = formatPointer(parsePointer(fragment));
    } catch {
      return fail(
        'MF_REF_INVALID',
        `$ref '${ref}' is not a JSON pointer (expected '#/components/...')`,
        'error',
        'Invalid',
      );
    }
    let found: Target | undefined;
    try {
      found = find({ file, pointer });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return fail('MF_REF_UNRESOLVED', `$ref '${ref}' cannot be read: ${detail}`, 'error');
    }
    if (found) return { target: found };
    const component = COMPONENT_POINTER.exec(pointer)?.[1];
    if (uri === '' && component) {
      // The tutorial's gap: a component defined in no file the contract can see.
      const searched = [...new Set([from, contractFile, ...options.sharedSchemaFiles()])].map((f) => basename(f));
      const name = parsePointer(pointer).at(-1) ?? component;
      return fail(
        'MF_REF_UNRESOLVED',
        `'${name}' is defined nowhere (looked in ${searched.join(', ')}); treated as any`,
        'warning',
      );
    }
    return fail(
      'MF_REF_UNRESOLVED',
      `$ref '${ref}': ${basename(file)} has no '${pointer || '/'}'; treated as any`,
      'error',
    );
  }
}

/** A stand-in's name (`[A-Za-z0-9._-]+`): the ref's last pointer segment, else its file's name. */
function nameOfRef(file: string, fragment: string): string {
  const last = fragment.split('/').at(-1);
  const raw = last ? safeDecode(last).replace(/~1/g, '/').replace(/~0/g, '~') : basename(file, extname(file));
  return raw.replace(/[^A-Za-z0-9._-]/g, '_') || 'Unresolved';
}

const URI_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function isUri(target: string): boolean {
  return URI_SCHEME.test(target) && !/^[a-z]:[\\/]/i.test(target);
}

/** A ref's document: a file path, or a URL (also for relative refs written inside a remote document). */
function resolveUri(uri: string, contextFile: string): string {
  if (uri === '') return contextFile;
  if (isUri(uri)) return uri;
  if (isUri(contextFile)) return new URL(uri, contextFile).href;
  return resolve(dirname(contextFile), safeDecode(uri));
}
