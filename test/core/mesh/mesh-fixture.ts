import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ECOMMERCE, tempProject } from '../../helpers/temp-project.js';

/** The tutorial's project as committed (config, contracts, scenarios; no generated mocks/ or .mockforge/). */
export function ecommerceFiles(): Record<string, string> {
  const files: Record<string, string> = { 'mockforge.yaml': readFileSync(join(ECOMMERCE, 'mockforge.yaml'), 'utf8') };
  for (const dir of ['contracts', 'scenarios']) {
    for (const name of readdirSync(join(ECOMMERCE, dir)).sort()) {
      files[`${dir}/${name}`] = readFileSync(join(ECOMMERCE, dir, name), 'utf8');
    }
  }
  return files;
}

/** A temp copy of the tutorial's project, mockforge.yaml edited by `edit`. */
export function ecommerceProject(edit: (config: string) => string = (c) => c, extra: Record<string, string> = {}) {
  const files = ecommerceFiles();
  const config = edit(files['mockforge.yaml'] as string);
  return { dir: tempProject({ ...files, 'mockforge.yaml': config, ...extra }), config };
}
