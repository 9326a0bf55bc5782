// The reference mockforge's multi-file diff is held to (tests and `npm run bench -- diff`): a standard
// JSON-Schema `$ref` bundler, @apidevtools/json-schema-ref-parser, then oasdiff on its output. Three
// constructs of its output oasdiff cannot load are patched, nothing else: a `properties` map given as a
// `$ref` and a tag description given as a `$ref` are replaced by what they name (oasdiff wants a map and a
// string there), and discriminator `mapping` values naming other files (left as written by the bundler, so
// oasdiff would look for them beside the bundle) are dropped. The patched counts are returned.
import $RefParser from '@apidevtools/json-schema-ref-parser';

/** The contract at `file` bundled the reference way: `{ document, patched: { refs, mappings } }`. */
export async function bundleAsReference(file) {
  const document = await $RefParser.bundle(file);
  const at = (ref) =>
    ref
      .slice(2)
      .split('/')
      .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((node, key) => node?.[key], document);
  const follow = (node) => {
    for (let hops = 0; node && typeof node.$ref === 'string' && hops < 50; hops++) node = at(node.$ref);
    return node;
  };
  const patched = { refs: 0, mappings: 0 };
  const walk = (node, key) => {
    if (node === null || typeof node !== 'object') return;
    for (const [k, value] of Object.entries(node)) {
      const isRef = value !== null && typeof value === 'object' && typeof value.$ref === 'string';
      if (isRef && (k === 'properties' || (k === 'description' && key === 'tag'))) {
        node[k] = structuredClone(follow(value));
        patched.refs++;
      }
      const mapping = k === 'discriminator' ? value?.mapping : undefined;
      if (mapping && typeof mapping === 'object') {
        for (const [name, target] of Object.entries(mapping)) {
          if (typeof target === 'string' && !target.startsWith('#') && /[#/]|\.(ya?ml|json)$/i.test(target)) {
            delete mapping[name];
            patched.mappings++;
          }
        }
      }
      walk(node[k], Array.isArray(node) && key === 'tags' ? 'tag' : k);
    }
  };
  walk(document, '');
  return { document, patched };
}
