import { dirname, extname, relative } from 'node:path';
import { setOwn } from '../source/json-object.js';
import { formatPointer, parsePointer } from '../source/json-pointer.js';
import type { BundledRef } from './bundle.js';
import type { Target } from './ref-resolver.js';
import type { Origin } from './source-map.js';
import type { JsonObject } from './types.js';

/** A component the bundle adds: a copy of another file's node, or a stand-in for a ref that cannot be followed. */
export interface AddedComponent {
  section: string;
  /** Where it is while bundling; replaced by its final pointer once every component is known. */
  provisional: string;
  value: unknown;
  /** Copied nodes whose `$ref` (or discriminator mapping entry) names it. */
  referrers: Array<{ object: JsonObject; key: string }>;
  /** Its name unless another target or the contract claims it. */
  wanted: string;
  /** Its name otherwise: unique by construction. */
  qualified: string;
}

/**
 * Names the added components so that a name depends on its target only, never on which other refs the
 * contract has or the order they were met: oasdiff compares `allOf` members by their refs, and finding
 * keys quote them, so a rename would be a false breaking change. A component of a component library keeps
 * its name (`shared-schemas.yaml#/components/schemas/User` -> `User`) unless two targets or the contract
 * itself claim it; any other node is named after its path from the contract's folder
 * (`resources/droplets/parameters.yml#/region` -> `resources_droplets_parameters_region`).
 */
export function createAddedComponents(contractFile: string, ownNames: (section: string) => ReadonlySet<string>) {
  const added: AddedComponent[] = [];
  return {
    add(section: string, target: Target): AddedComponent {
      const qualified = qualifiedName(target, dirname(contractFile));
      const component: AddedComponent = {
        section,
        provisional: formatPointer(['components', section, `${added.length}${PROVISIONAL}`]),
        value: {},
        referrers: [],
        wanted: COMPONENT_POINTER.exec(target.pointer)?.[1]?.replace(/[^A-Za-z0-9._-]/g, '_') ?? qualified,
        qualified,
      };
      added.push(component);
      return component;
    },
    /** Gives every component its final name and pointer: in the document, its referrers, the source maps, the refs. */
    finish(document: JsonObject, maps: ReadonlyArray<Map<string, Origin>>, refs: BundledRef[]): void {
      const final = new Map<string, string>();
      for (const [component, name] of assignNames(added, ownNames)) {
        const pointer = formatPointer(['components', component.section, name]);
        final.set(component.provisional, pointer);
        for (const { object, key } of component.referrers) object[key] = `#${pointer}`;
        addComponent(document, component.section, name, component.value);
      }
      if (added.length === 0) return;
      const rename = (pointer: string) => {
        const end = pointer.indexOf(PROVISIONAL);
        return end < 0 ? pointer : (final.get(pointer.slice(0, end + 1)) as string) + pointer.slice(end + 1);
      };
      for (const map of maps) {
        for (const [key, origin] of [...map]) {
          if (!key.includes(PROVISIONAL)) continue;
          map.delete(key);
          map.set(rename(key), origin);
        }
      }
      for (const ref of refs) {
        ref.holder = rename(ref.holder);
        ref.target = rename(ref.target);
      }
    },
  };
}

const COMPONENT_POINTER = /^\/components\/[^/]+\/([^/]+)$/;

/** Ends a provisional name: no real key holds it. */
const PROVISIONAL = '\u0000';

function assignNames(added: readonly AddedComponent[], ownNames: (section: string) => ReadonlySet<string>) {
  const wanting = new Map<string, number>();
  for (const c of added) wanting.set(`${c.section}/${c.wanted}`, (wanting.get(`${c.section}/${c.wanted}`) ?? 0) + 1);
  const used = new Map<string, Set<string>>();
  const names = new Map<AddedComponent, string>();
  // Plain names first, so a qualified name can never take one.
  const ordered = [...added].sort((a, b) => Number(isPlain(b)) - Number(isPlain(a)));
  function isPlain(c: AddedComponent) {
    return wanting.get(`${c.section}/${c.wanted}`) === 1 && !ownNames(c.section).has(c.wanted);
  }
  for (const component of ordered) {
    let taken = used.get(component.section);
    if (!taken) {
      taken = new Set(ownNames(component.section));
      used.set(component.section, taken);
    }
    const wanted = isPlain(component) ? component.wanted : component.qualified;
    let name = wanted;
    for (let n = 2; taken.has(name); n++) name = `${wanted}_${n}`;
    taken.add(name);
    names.set(component, name);
  }
  return names;
}

/** `resources/droplets/parameters.yml#/region` seen from `specification/` -> `resources_droplets_parameters_region`. */
function qualifiedName(target: Target, baseDir: string): string {
  const path = /^[a-z][a-z0-9+.-]*:/i.test(target.file)
    ? new URL(target.file).pathname
    : relative(baseDir, target.file);
  const withoutExtension = path.slice(0, path.length - extname(path).length);
  const parts = [...withoutExtension.split(/[\\/]/), ...parsePointer(target.pointer)].filter(
    (p) => p !== '' && p !== '..' && p !== '.',
  );
  return parts.join('_').replace(/[^A-Za-z0-9._-]/g, '_') || 'Imported';
}

function addComponent(document: JsonObject, section: string, name: string, value: unknown): void {
  if (document.components === null || typeof document.components !== 'object') document.components = {};
  const components = document.components as JsonObject;
  if (components[section] === null || typeof components[section] !== 'object') components[section] = {};
  setOwn(components[section] as JsonObject, name, value);
}
