import { basename, dirname, extname, resolve } from 'node:path';
import { appendPointer, formatPointer, getAtPointer, parsePointer } from '../source/json-pointer.js';
import type { SourceReader } from '../source/source-reader.js';
import { isInside } from '../source/source-reader.js';
import { createSourceMap, type Mapping } from './source-map.js';
import type { Diagnostic, JsonObject, SourceMap } from './types.js';

export interface BundleOptions {
  /** Project root: file refs that leave it are refused. */
  root: string;
  /** Component libraries searched for `#/components/...` refs the contract does not define itself; asked only when needed. */
  sharedSchemaFiles: () => readonly string[];
  read: SourceReader;
  /** Off by default: untrusted contracts must never make the tool fetch URLs. */
  allowRemoteRefs?: boolean;
}

export interface Bundle {
  document: JsonObject;
  sourceMap: SourceMap;
  diagnostics: Diagnostic[];
  /** http(s) documents the bundle referred to (only with allowRemoteRefs); the reader must serve them. */
  remoteRefs: string[];
}

interface Target {
  file: string;
  pointer: string;
}

const COMPONENT_POINTER = /^\/components\/([^/]+)\/([^/]+)$/;

/**
 * Copies every component the contract reaches through `$ref` (in shared schema files or other files) into
 * its own `components`, rewriting each ref to a local one. Refs stay refs, so cycles cost nothing; the
 * source map records where each copied subtree came from.
 */
export function bundleContract(file: string, options: BundleOptions): Bundle {
  const root = options.read(file);
  const document = structuredClone(root.value) as JsonObject;
  const mappings: Mapping[] = [{ bundled: '', file, pointer: '' }];
  const diagnostics: Diagnostic[] = [];
  /** `file#pointer` of every imported node -> its pointer in the bundle. */
  const imported = new Map<string, string>();
  const placeholders = new Map<string, string>();
  const remoteRefs = new Set<string>();
  const sourceMap = createSourceMap(mappings, options.read);

  const warnAt = (
    bundledPointer: string,
    code: string,
    message: string,
    severity: Diagnostic['severity'] = 'warning',
  ) => {
    const { exact: _exact, ...location } = sourceMap.locate(bundledPointer);
    diagnostics.push({ code, severity, message, location });
  };

  const existsIn = (target: Target) => getAtPointer(options.read(target.file).value, target.pointer) !== undefined;

  /** Where a `#/components/...` ref resolves when the file it is written in does not define it. */
  const findComponent = (target: Target): Target | undefined => {
    if (existsIn(target)) return target;
    if (!COMPONENT_POINTER.test(target.pointer)) return undefined;
    for (const candidate of [file, ...options.sharedSchemaFiles()]) {
      if (candidate !== target.file && existsIn({ file: candidate, pointer: target.pointer })) {
        return { file: candidate, pointer: target.pointer };
      }
    }
    return undefined;
  };

  const importTarget = (target: Target, refPointer: string): string => {
    const key = `${target.file}#${target.pointer}`;
    const known = imported.get(key);
    if (known) return known;
    for (const [otherKey, bundled] of imported) {
      const [otherFile, otherPointer = ''] = otherKey.split('#');
      if (otherFile === target.file && otherPointer !== '' && target.pointer.startsWith(`${otherPointer}/`)) {
        return bundled + target.pointer.slice(otherPointer.length);
      }
    }
    const refSegments = parsePointer(refPointer);
    const value = structuredClone(getAtPointer(options.read(target.file).value, target.pointer));
    if (refSegments.at(-3) === 'paths') {
      // A path item cannot live in 3.0 components: inline it where the ref was.
      const holder = refPointer.slice(0, refPointer.lastIndexOf('/')) || refPointer;
      return placeInline(holder, value, target);
    }
    const match = COMPONENT_POINTER.exec(target.pointer);
    const kind = match?.[1] ?? componentKindFor(refSegments);
    const wanted = match?.[2] ? decodeSegment(match[2]) : nameFromTarget(target);
    const name = freeName(document, kind, wanted);
    const bundled = formatPointer(['components', kind, name]);
    imported.set(key, bundled);
    setComponent(document, kind, name, value);
    mappings.push({ bundled, file: target.file, pointer: target.pointer });
    walkRefs(value, bundled, target.file);
    return bundled;
  };

  const placeInline = (holder: string, value: unknown, target: Target): string => {
    const segments = parsePointer(holder);
    const parent = getAtPointer(document, segments.slice(0, -1)) as JsonObject;
    parent[segments.at(-1) as string] = value;
    mappings.push({ bundled: holder, file: target.file, pointer: target.pointer });
    walkRefs(value, holder, target.file);
    return '';
  };

  const placeholderFor = (refPointer: string, pointer: string): string => {
    const known = placeholders.get(pointer);
    if (known) return known;
    const match = COMPONENT_POINTER.exec(pointer);
    const kind = match?.[1] ?? componentKindFor(parsePointer(refPointer));
    const name = freeName(document, kind, match?.[2] ? decodeSegment(match[2]) : 'Unresolved');
    setComponent(document, kind, name, kind === 'responses' ? { description: '' } : {});
    const bundled = formatPointer(['components', kind, name]);
    mappings.push({ bundled, ...sourceMap.origin(refPointer) });
    placeholders.set(pointer, bundled);
    return bundled;
  };

  const resolveRef = (ref: string, refPointer: string, contextFile: string): string | undefined => {
    const hash = ref.indexOf('#');
    const uri = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? '' : ref.slice(hash + 1);
    const targetFile = resolveUri(uri, contextFile);
    const refuse = (why: string) => {
      warnAt(refPointer, 'MF_REF_REFUSED', `$ref '${ref}' ${why}; treated as any`, 'error');
      return placeholderFor(
        refPointer,
        `/components/schemas/${nameFromTarget({ file: targetFile, pointer: fragment })}`,
      );
    };
    if (isUri(targetFile)) {
      if (!options.allowRemoteRefs)
        return refuse('refused: contracts never make mockforge fetch URLs (--allow-remote-refs)');
      if (!/^https?:/i.test(targetFile)) return refuse('refused: only http(s) URLs can be allowed');
      remoteRefs.add(targetFile);
    } else if (targetFile !== contextFile && !isInside(options.root, targetFile)) {
      // A ref within the same file reads nothing new, even when the user pointed at a file outside the root.
      return refuse(`leaves the project root ${options.root}: refused`);
    }
    let pointer: string;
    try {
      parsePointer(fragment);
      pointer = fragment;
    } catch {
      warnAt(
        refPointer,
        'MF_REF_INVALID',
        `$ref '${ref}' is not a JSON pointer (expected '#/components/...')`,
        'error',
      );
      return placeholderFor(refPointer, '/components/schemas/Invalid');
    }
    let found: Target | undefined;
    try {
      found = findComponent({ file: targetFile, pointer });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      warnAt(refPointer, 'MF_REF_UNRESOLVED', `$ref '${ref}' cannot be read: ${detail}`, 'error');
      return placeholderFor(refPointer, pointer);
    }
    if (!found) {
      const searched = [contextFile, ...(uri === '' ? [file, ...options.sharedSchemaFiles()] : [])]
        .filter((f, i, all) => all.indexOf(f) === i)
        .map((f) => basename(f));
      const what = COMPONENT_POINTER.exec(pointer)?.[2];
      warnAt(
        refPointer,
        'MF_REF_UNRESOLVED',
        `${what ? `'${decodeSegment(what)}'` : `'${ref}'`} is defined nowhere (looked in ${searched.join(', ')}); treated as any`,
      );
      return placeholderFor(refPointer, pointer);
    }
    if (found.file === file) return found.pointer;
    return importTarget(found, refPointer);
  };

  function walkRefs(node: unknown, pointer: string, contextFile: string): void {
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) walkRefs(item, appendPointer(pointer, index), contextFile);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const object = node as JsonObject;
    if (typeof object.$ref === 'string') {
      const refPointer = appendPointer(pointer, '$ref');
      const bundled = resolveRef(object.$ref, refPointer, contextFile);
      if (bundled === '') {
        // Inlined: the object now holds the target's content.
        delete object.$ref;
      } else if (bundled !== undefined) {
        object.$ref = `#${bundled}`;
      }
    }
    for (const [key, value] of Object.entries(object)) {
      if (key !== '$ref' && value !== null && typeof value === 'object') {
        walkRefs(value, appendPointer(pointer, key), contextFile);
      }
    }
  }

  walkRefs(document, '', file);
  return { document, sourceMap, diagnostics, remoteRefs: [...remoteRefs] };
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
  return resolve(dirname(contextFile), decodeURIComponent(uri));
}

function decodeSegment(segment: string): string {
  return parsePointer(`/${segment}`)[0] ?? segment;
}

function nameFromTarget(target: Target): string {
  const last = parsePointer(target.pointer).at(-1);
  const raw = last ?? basename(target.file, extname(target.file));
  return raw.replace(/[^A-Za-z0-9._-]/g, '_') || 'Imported';
}

/** The component section a ref at this position belongs to. */
function componentKindFor(segments: readonly string[]): string {
  const parent = segments.at(-3);
  if (parent === 'responses') return 'responses';
  if (parent === 'parameters') return 'parameters';
  if (parent === 'headers') return 'headers';
  if (parent === 'examples') return 'examples';
  if (segments.at(-2) === 'requestBody') return 'requestBodies';
  return 'schemas';
}

function freeName(document: JsonObject, kind: string, wanted: string): string {
  const section = (document.components as JsonObject | undefined)?.[kind] as JsonObject | undefined;
  if (!section || !Object.hasOwn(section, wanted)) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted}_${n}`;
    if (!Object.hasOwn(section, name)) return name;
  }
}

function setComponent(document: JsonObject, kind: string, name: string, value: unknown): void {
  if (document.components === null || typeof document.components !== 'object') document.components = {};
  const components = document.components as JsonObject;
  if (components[kind] === null || typeof components[kind] !== 'object') components[kind] = {};
  (components[kind] as JsonObject)[name] = value;
}
