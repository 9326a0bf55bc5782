import { setOwn } from '../source/json-object.js';
import { escapePointerSegment, formatPointer } from '../source/json-pointer.js';
import type { SourceReader } from '../source/source-reader.js';
import { type AddedComponent, createAddedComponents } from './added-components.js';
import { COMPONENT_SECTIONS, childRole, type Role } from './openapi-roles.js';
import { createRefResolver, type RefFailure, type Target } from './ref-resolver.js';
import { createSourceMap, type KeySites, type Mappings } from './source-map.js';
import type { Diagnostic, JsonObject, SourceMap } from './types.js';

export interface BundleOptions {
  /** Project root: file refs that leave it are refused. */
  root: string;
  /** Component libraries searched for `#/components/...` refs the contract does not define itself; asked only when needed. */
  sharedSchemaFiles: () => readonly string[];
  read: SourceReader;
  /** Off by default: untrusted contracts must never make the tool fetch URLs. */
  allowRemoteRefs?: boolean;
  /** Called every few thousand nodes copied (progress of a long bundle). */
  onProgress?: (nodes: number) => void;
}

/** A `$ref` of the bundle: the node holding it and the (local) pointer it names. */
export interface BundledRef {
  holder: string;
  target: string;
}

export interface Bundle {
  document: JsonObject;
  sourceMap: SourceMap;
  diagnostics: Diagnostic[];
  /** http(s) documents the bundle referred to (only with allowRemoteRefs); the reader must serve them. */
  remoteRefs: string[];
  refs: BundledRef[];
}

interface Import {
  component: AddedComponent;
  role: Role;
  target: Target;
}

/**
 * Copies the contract into one document whose every `$ref` is local. Where a ref goes depends on where it
 * is written (see openapi-roles.ts): a schema, parameter, response, request body, header, example, link,
 * callback or security scheme of another file is copied once into the matching `components` section and
 * referred to; anything else (an operation, a path item, a `properties` map, a tag's description, an
 * example's value) is inlined. Refs resolve relative to the file that contains them; refs into the
 * contract itself stay as written, so recursion costs nothing. The source map records the origin of
 * every copied subtree.
 */
export function bundleContract(file: string, options: BundleOptions): Bundle {
  const root = options.read(file);
  const mappings: Mappings = new Map([['', { file, pointer: '' }]]);
  const keySites: KeySites = new Map();
  const sourceMap = createSourceMap(mappings, options.read, keySites);
  const diagnostics: Diagnostic[] = [];
  const refs: BundledRef[] = [];
  const imports: Import[] = [];
  /** `section file#pointer` -> the component holding its copy (or stand-in). */
  const added = new Map<string, AddedComponent>();
  const ownComponents = ((root.value as JsonObject).components ?? {}) as JsonObject;
  const components = createAddedComponents(file, (section) => {
    const own = ownComponents[section];
    return new Set(own !== null && typeof own === 'object' ? Object.keys(own) : []);
  });
  const resolver = createRefResolver(file, {
    ...options,
    report(refAt, code, message, severity) {
      const { exact: _exact, ...location } = sourceMap.locate(refAt);
      diagnostics.push({ code, severity, message, location });
    },
  });
  let copied = 0;

  /** The component copying `target` into `section` (copied after the contract itself). */
  const importTarget = (target: Target, section: string, role: Role): AddedComponent => {
    const key = `${section} ${target.file}#${target.pointer}`;
    let component = added.get(key);
    if (!component) {
      component = components.add(section, target);
      added.set(key, component);
      mappings.set(component.provisional, target);
      imports.push({ component, role, target });
    }
    return component;
  };

  /** A stand-in component for a ref that cannot be followed (reported already): "any". */
  const placeholder = (section: string, failure: RefFailure, refAt: string): AddedComponent => {
    const key = `${section} ${failure.key}`;
    let component = added.get(key);
    if (!component) {
      component = components.add(section, {
        file: failure.file,
        pointer: formatPointer(['components', section, failure.name]),
      });
      component.value = section === 'responses' ? { description: '' } : {};
      added.set(key, component);
      mappings.set(component.provisional, sourceMap.origin(refAt));
    }
    return component;
  };

  /** `{...siblings, $ref}` naming a component: the ref is patched when the component gets its final name. */
  const refTo = (
    component: AddedComponent,
    object: JsonObject,
    role: Role,
    at: string,
    from: string,
    inlining: Set<string>,
  ) => {
    const out = copySiblings(object, role, at, from, inlining);
    out.$ref = `#${component.provisional}`;
    component.referrers.push({ object: out, key: '$ref' });
    refs.push({ holder: at, target: component.provisional });
    return out;
  };

  const copy = (node: unknown, role: Role, at: string, from: string, inlining: Set<string>): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (++copied % 8192 === 0) options.onProgress?.(copied);
    if (Array.isArray(node)) {
      const out: unknown[] = new Array(node.length);
      for (let i = 0; i < node.length; i++) {
        out[i] = copy(node[i], role === 'schema' ? 'schema' : childRole(role, String(i)), `${at}/${i}`, from, inlining);
      }
      return out;
    }
    const object = node as JsonObject;
    if (typeof object.$ref === 'string') return copyRef(object, role, at, from, inlining);
    const out: JsonObject = {};
    for (const key of Object.keys(object)) {
      const child = `${at}/${escapeSegment(key)}`;
      const value =
        role === 'schema' && key === 'discriminator'
          ? copyDiscriminator(object[key], child, from)
          : copy(object[key], childRole(role, key), child, from, inlining);
      setOwn(out, key, value);
    }
    return out;
  };

  const copySiblings = (object: JsonObject, role: Role, at: string, from: string, inlining: Set<string>) => {
    const out: JsonObject = {};
    for (const key of Object.keys(object)) {
      if (key !== '$ref')
        setOwn(out, key, copy(object[key], childRole(role, key), `${at}/${escapeSegment(key)}`, from, inlining));
    }
    return out;
  };

  const copyRef = (object: JsonObject, role: Role, at: string, from: string, inlining: Set<string>): unknown => {
    const refAt = `${at}/$ref`;
    const section = COMPONENT_SECTIONS[role];
    const resolved = resolver.resolve(object.$ref as string, refAt, from);
    if ('failure' in resolved) {
      if (!section) return copySiblings(object, role, at, from, inlining);
      return refTo(placeholder(section, resolved.failure, refAt), object, role, at, from, inlining);
    }
    const target = resolved.target;
    if (section && target.file !== file)
      return refTo(importTarget(target, section, role), object, role, at, from, inlining);
    // A ref into the contract itself stays as written (its encoding included). So does one under an
    // extension (`x-mapped-definition: {$ref: ...}`): inlining those expands a graph of definitions into a
    // tree (Bungie's 1 MB description grew past 4 GB).
    if (section || (role === 'value' && target.file === file)) {
      const out = copySiblings(object, role, at, from, inlining);
      out.$ref = from === file && (object.$ref as string).startsWith('#') ? object.$ref : `#${target.pointer}`;
      if (section) refs.push({ holder: at, target: target.pointer });
      return out;
    }
    // Inlined: the node becomes the target's content (the ref's own siblings win, mapped where written).
    const key = `${target.file}#${target.pointer}`;
    if (inlining.has(key)) {
      resolver.reportCycle(object.$ref as string, refAt);
      return copySiblings(object, role, at, from, inlining);
    }
    const siblings = Object.keys(object).filter((k) => k !== '$ref');
    for (const sibling of siblings) {
      const pointer = `${at}/${escapeSegment(sibling)}`;
      mappings.set(pointer, sourceMap.origin(pointer));
    }
    const own = copySiblings(object, role, at, from, inlining);
    keySites.set(at, sourceMap.origin(at));
    mappings.set(at, target);
    inlining.add(key);
    const value = copy(resolver.valueAt(target), role, at, target.file, inlining);
    inlining.delete(key);
    if (siblings.length === 0) return value;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.assign(value, own) : own;
  };

  /** `mapping` values are schema refs too (`dog: './dog.yaml'`): the ones naming another file are bundled. */
  const copyDiscriminator = (node: unknown, at: string, from: string): unknown => {
    const out = copy(node, 'value', at, from, new Set());
    const mapping = (out as JsonObject | null)?.mapping;
    if (mapping === null || typeof mapping !== 'object' || Array.isArray(mapping)) return out;
    for (const [value, ref] of Object.entries(mapping as JsonObject)) {
      // A bare name (`dog: Dog`) means a schema of the contract; refs within the contract stay as written.
      const named =
        typeof ref === 'string' && (ref.startsWith('#') ? from !== file : /[#/]|\.(ya?ml|json)$/i.test(ref));
      if (!named) continue;
      const refAt = `${at}/mapping/${escapeSegment(value)}`;
      const resolved = resolver.resolve(ref, refAt, from);
      if ('failure' in resolved) delete (mapping as JsonObject)[value];
      else if (resolved.target.file === file) (mapping as JsonObject)[value] = `#${resolved.target.pointer}`;
      else {
        const component = importTarget(resolved.target, 'schemas', 'schema');
        component.referrers.push({ object: mapping as JsonObject, key: value });
      }
    }
    return out;
  };

  const document = copy(root.value, 'document', '', file, new Set()) as JsonObject;
  for (let i = 0; i < imports.length; i++) {
    const { component, role, target } = imports[i] as Import;
    component.value = copy(resolver.valueAt(target), role, component.provisional, target.file, new Set());
  }
  components.finish(document, [mappings, keySites], refs);
  return { document, sourceMap, diagnostics, remoteRefs: resolver.remoteRefs(), refs };
}

function escapeSegment(key: string): string {
  return /[~/%]/.test(key) ? escapePointerSegment(key) : key;
}
