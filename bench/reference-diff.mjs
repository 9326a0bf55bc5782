// The reference pipeline for multi-file diffs, timed by diff-multi-file.bench.mjs:
//   node bench/reference-diff.mjs <base root> <head root> <out dir>   (bundles both, writes base.json, head.json)
// then `oasdiff breaking base.json head.json --format json`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleAsReference } from './reference-bundle.mjs';

const [base, head, out] = process.argv.slice(2);
const [baseBundle, headBundle] = await Promise.all([bundleAsReference(base), bundleAsReference(head)]);
writeFileSync(join(out, 'base.json'), JSON.stringify(baseBundle.document));
writeFileSync(join(out, 'head.json'), JSON.stringify(headBundle.document));
