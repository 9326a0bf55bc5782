// Bundles the three entry points the Action and the CLI run from. dist/ is committed; CI fails when stale.
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const entries = { main: 'src/action/main.ts', post: 'src/action/post.ts', cli: 'src/cli/main.ts' };

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });
await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS dependencies still call require(): give the ESM bundle one.
  banner: {
    js: "import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);",
  },
});
chmodSync('dist/cli.js', 0o755);
