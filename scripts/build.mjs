// Bundles the three entry points the Action and the CLI run from. dist/ is committed; CI fails when stale.
import { chmodSync, existsSync, renameSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const entries = { main: 'src/action/main.ts', post: 'src/action/post.ts', cli: 'src/cli/main.ts' };

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
  // Data files shipped verbatim (the Arazzo JSON Schema): imported as text, parsed at run time.
  loader: { '.yaml': 'text' },
  logLevel: 'warning',
  // Bundled CommonJS dependencies still call require(): give the ESM bundle one.
  banner: {
    js: "import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);",
  },
});
chmodSync(`${staging}/cli.js`, 0o755);
const old = `dist.old-${process.pid}`;
if (existsSync('dist')) renameSync('dist', old);
renameSync(staging, 'dist');
rmSync(old, { recursive: true, force: true });
