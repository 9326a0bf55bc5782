// Bundles the three entry points the Action and the CLI run from. dist/ is committed; CI fails when stale.
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const { Ajv } = require('ajv');
const standaloneCode = require('ajv/dist/standalone').default;

/** @actions/* get undici through src/action/undici-on-demand.ts: it is then loaded on first use, not at start. */
const undiciOnDemand = {
  name: 'undici-on-demand',
  setup(build) {
    build.onResolve({ filter: /^undici$/ }, (args) =>
      args.importer.includes('/node_modules/@actions/')
        ? { path: new URL('../src/action/undici-on-demand.ts', import.meta.url).pathname }
        : undefined,
    );
  },
};

/**
 * The validators of mockforge.yaml and scenario files, compiled here (ajv standalone code, the options the
 * sources use) in place of src/core/schema/own-schema-validator.ts, which compiles them on first use: every
 * command start is spared ajv's code generation (about 150 ms) and loading ajv.
 */
async function precompiledValidators() {
  const bundled = await build({
    entryPoints: ['src/core/schema/own-schemas.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const { OWN_SCHEMAS, OWN_SCHEMA_OPTIONS } = await import(
    `data:text/javascript,${encodeURIComponent(bundled.outputFiles[0].text)}`
  );
  const ajv = new Ajv({ ...OWN_SCHEMA_OPTIONS, code: { source: true, esm: true } });
  const names = Object.keys(OWN_SCHEMAS);
  for (const name of names) ajv.addSchema(OWN_SCHEMAS[name], name);
  const code = standaloneCode(ajv, Object.fromEntries(names.map((name) => [name, name])));
  const contents = `${code.replace(/^"use strict";/, '')}
const precompiled = { ${names.join(', ')} };
export function ownSchemaValidator(name) { return precompiled[name]; }
`;
  return {
    name: 'precompiled-validators',
    setup(build) {
      build.onLoad({ filter: /src[\\/]core[\\/]schema[\\/]own-schema-validator\.ts$/ }, () => ({
        contents,
        loader: 'js',
        resolveDir: process.cwd(),
      }));
    },
  };
}

/** Bundled CommonJS dependencies still call require(): give an ESM bundle one. */
const REQUIRE_BANNER =
  "import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);";

/** The zip writer and reader @actions/artifact imports: shard reports go up unzipped and only they come down. */
const ZIP_LEFT_OUT = `const unavailable = () => { throw new Error('zip archives are not part of the mockforge bundle: shard reports are uploaded unzipped'); };
export default { create: unavailable, Extract: unavailable };`;

/** A dependency bundled whole into one file's text (in memory), for the files dist/ loads on first use. */
async function bundleDependency(contents, format, options = {}) {
  const bundled = await build({
    stdin: { contents, resolveDir: process.cwd() },
    bundle: true,
    write: false,
    format,
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    ...options,
  });
  return bundled.outputFiles[0].contents;
}

/** Generated loader code: `dist`, the folder of dist/ whether the module sits in dist/ or in dist/chunks/. */
const DIST_FOLDER = `const here = dirname(fileURLToPath(import.meta.url));
  const dist = basename(here) === 'chunks' ? dirname(here) : here;`;

/**
 * @actions/artifact, which only shards and `command: report` use, goes into dist/ as one brotli-compressed
 * bundle instead of code (its tree is 1.6 MiB bundled, 0.3 MiB packed): src/action/artifact-client.ts is
 * replaced by a loader that unpacks it into the runner's temp folder on first use, under a name that holds
 * the bundle's hash (so a stale copy is never loaded).
 */
async function packedArtifactClient() {
  const code = await bundleDependency("export { DefaultArtifactClient } from '@actions/artifact';", 'esm', {
    keepNames: true,
    banner: { js: REQUIRE_BANNER },
    plugins: [
      {
        name: 'zip-left-out',
        setup(build) {
          build.onResolve({ filter: /^(archiver|unzip-stream)$/ }, (args) => ({ path: args.path, namespace: 'zip' }));
          build.onLoad({ filter: /.*/, namespace: 'zip' }, () => ({ contents: ZIP_LEFT_OUT, loader: 'js' }));
        },
      },
    ],
  });
  const name = `actions-artifact-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  const packed = brotliCompressSync(code, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.length },
  });
  const loader = `import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
export async function loadArtifactClient() {
  const file = join(process.env.RUNNER_TEMP || tmpdir(), ${JSON.stringify(name)});
  if (!existsSync(file)) {
  ${DIST_FOLDER}
    const packed = join(dist, ${JSON.stringify(`${name}.br`)});
    if (!existsSync(packed)) throw new Error('dist/${name}.br is missing: the Action is incomplete');
    mkdirSync(dirname(file), { recursive: true });
    const partial = file + '.' + process.pid;
    writeFileSync(partial, brotliDecompressSync(readFileSync(packed)));
    renameSync(partial, file);
  }
  const { DefaultArtifactClient } = await import(pathToFileURL(file).href);
  return new DefaultArtifactClient();
}
`;
  return {
    file: `${name}.br`,
    packed,
    plugin: {
      name: 'packed-artifact-client',
      setup(build) {
        build.onLoad({ filter: /src[\\/]action[\\/]artifact-client\.ts$/ }, () => ({ contents: loader, loader: 'js' }));
      },
    },
  };
}

/**
 * The `yaml` package as dist/yaml.cjs, required by src/core/source/yaml-library.ts at its first use instead
 * of loaded with every command (about 20 ms of each start): its one copy in dist/.
 */
const YAML_FILE = 'yaml.cjs';
const lazyYaml = {
  name: 'lazy-yaml',
  setup(build) {
    build.onLoad({ filter: /src[\\/]core[\\/]source[\\/]yaml-library\.ts$/ }, () => ({
      contents: `import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
let library;
export function yamlLibrary() {
  if (!library) {
  ${DIST_FOLDER}
    library = createRequire(import.meta.url)(join(dist, '${YAML_FILE}'));
  }
  return library;
}
`,
      loader: 'js',
    }));
  },
};

const entries = { main: 'src/action/main.ts', post: 'src/action/post.ts', cli: 'src/cli/main.ts' };
const artifactClient = await packedArtifactClient();

// Build beside dist/ and swap it in, so a test running dist/ never sees a half-written tree.
const staging = `dist.build-${process.pid}`;
await build({
  entryPoints: entries,
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  // Identifiers too (dist/ has a 2.5 MiB budget, issue 14), but functions and classes keep their names:
  // stack traces, `error.name` and the MF_INTERNAL line name what failed.
  minify: true,
  keepNames: true,
  // Data files shipped verbatim (the Arazzo JSON Schema): imported as text, parsed at run time.
  loader: { '.yaml': 'text' },
  logLevel: 'warning',
  // The bundle is ESM, strict throughout: a "use strict" per wrapped module is redundant, and esbuild places
  // it nondeterministically between builds (evanw/esbuild#3284), which made the committed dist/ look stale.
  tsconfigRaw: { compilerOptions: { alwaysStrict: false, verbatimModuleSyntax: true, target: 'ES2022' } },
  // One copy of each: js-yaml's ESM build for us and its CommonJS build for json-schema-ref-parser were two
  // copies, and @actions/* bring their own undici 6 beside ours (7; they use only fetch and ProxyAgent).
  alias: { 'js-yaml': './node_modules/js-yaml/dist/js-yaml.mjs', undici: './node_modules/undici' },
  plugins: [undiciOnDemand, await precompiledValidators(), artifactClient.plugin, lazyYaml],
  banner: { js: REQUIRE_BANNER },
});
chmodSync(`${staging}/cli.js`, 0o755);
writeFileSync(`${staging}/${artifactClient.file}`, artifactClient.packed);
writeFileSync(`${staging}/${YAML_FILE}`, await bundleDependency("module.exports = require('yaml');", 'cjs'));
const old = `dist.old-${process.pid}`;
if (existsSync('dist')) renameSync('dist', old);
renameSync(staging, 'dist');
rmSync(old, { recursive: true, force: true });
