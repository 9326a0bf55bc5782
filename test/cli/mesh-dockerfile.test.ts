import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateMesh } from '../../src/core/mesh/generate-mesh.js';
import { ecommerceProject } from '../core/mesh/mesh-fixture.js';

// No Docker engine here: the image cannot be built in tests, so its contract with the manifests is checked instead.
const ROOT = join(import.meta.dirname, '..', '..');
const instructions = readFileSync(join(ROOT, 'Dockerfile'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => {
    const [keyword = '', ...rest] = line.trim().split(/\s+/);
    return { keyword, args: rest.join(' ') };
  });
const all = (keyword: string) => instructions.filter((i) => i.keyword === keyword).map((i) => i.args);

describe('Dockerfile', () => {
  it('is Node 24 with dist/ and package.json only, running dist/cli.js as an unprivileged user', () => {
    expect(all('FROM')).toEqual(['node:24-slim']);
    expect(all('COPY')).toEqual(['package.json ./', 'dist/ ./dist/']);
    expect(all('RUN')).toEqual([]);
    expect(JSON.parse(all('ENTRYPOINT')[0] ?? '')).toEqual(['node', '/app/dist/cli.js']);
    expect(readFileSync(join(ROOT, '.dockerignore'), 'utf8')).toMatch(/^\*\n!dist\/\n!package.json\n?$/m);
  });

  it("fits the Deployment: its args are the image's default command and its user is the pod's runAsUser", () => {
    const { files } = generateMesh(join(ecommerceProject().dir, 'mockforge.yaml'), { image: 'mockforge:0.1.0' });
    const deployment = files.flatMap((f) => f.objects).find((o) => o.kind === 'Deployment') as any;
    const pod = deployment.spec.template.spec;
    expect(JSON.parse(all('CMD')[0] ?? '')).toEqual(pod.containers[0].args);
    const [user, group] = (all('USER')[0] ?? '').split(':').map(Number);
    expect([user, group]).toEqual([pod.securityContext.runAsUser, pod.securityContext.runAsGroup]);
  });
});
