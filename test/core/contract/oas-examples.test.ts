import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStructure } from '../../../src/core/contract/check-structure.js';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import { lineOf } from '../../helpers/temp-project.js';

/** ReadMe's example contracts (npm @readme/oas-examples): valid OpenAPI nobody here wrote. */
const EXAMPLES = dirname(createRequire(import.meta.url).resolve('@readme/oas-examples/package.json'));

describe('@readme/oas-examples (3.0 and 3.1, YAML)', () => {
  it('load with every ref resolved, no loop, and pass the structure check', async () => {
    const found: string[] = [];
    let loaded = 0;
    for (const version of ['3.0', '3.1']) {
      const dir = join(EXAMPLES, version, 'yaml');
      for (const name of readdirSync(dir)) {
        const contract = loadContract(join(dir, name));
        const problems = [...contract.diagnostics, ...(await checkStructure(contract))];
        for (const p of problems.filter((d) => d.severity === 'error' || d.code.startsWith('MF_REF'))) {
          found.push(`${version}/${name}:${p.location.line} ${p.code}`);
        }
        loaded++;
      }
    }
    expect(loaded).toBeGreaterThan(50);
    // One real finding: TreeNode requires `parent`, a TreeNode, with no way to end (3.0 has no null there).
    const circular = readFileSync(join(EXAMPLES, '3.0/yaml/circular-request-bodies.yaml'), 'utf8');
    const parentRef = lineOf(circular, '$ref', lineOf(circular, '        parent:'));
    expect(found).toEqual([`3.0/circular-request-bodies.yaml:${parentRef} MF_SCHEMA_UNSATISFIABLE`]);
  });
});
