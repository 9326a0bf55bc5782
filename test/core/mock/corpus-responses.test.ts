// Every response the mock sends fits the contract: every operation of Twilio's api_v2010 (197 of them,
// with id patterns, formats, enums and examples that contradict their own schemas) is called once, with
// request validation off so made-up path values reach the responder.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CORPUS } from '../../helpers/temp-project.js';
import { startProject } from './mock-helpers.js';

const TWILIO = join(CORPUS, 'twilio', 'api_v2010.yaml');

describe.skipIf(!existsSync(TWILIO))('responses on a large real contract', () => {
  const state =
    'core:\n  consistency:\n    enabled: true\n    unified_state: {workspace_id: tw, persona_graph: {enabled: true}}\n';
  it.each([
    ['without state', ''],
    ['with unified state (resources, lists in envelopes, creates)', state],
  ])('sends only responses that validate against api_v2010, %s', async (_name, extra) => {
    const text = readFileSync(TWILIO, 'utf8');
    const { url, server } = await startProject({
      'mockforge.yaml': `workspaces:\n  - name: twilio\n    port: 3001\n    contract: api_v2010.yaml\n    validation: {requests: false, responses: true}\n${extra}`,
      'api_v2010.yaml': text,
    });
    const document = parse(text) as { servers: Array<{ url: string }>; paths: Record<string, Record<string, unknown>> };
    const base = new URL(document.servers[0]?.url ?? 'http://x').pathname.replace(/\/$/, '');
    let calls = 0;
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of ['get', 'post', 'delete']) {
        if (!item[method]) continue;
        const response = await fetch(`${url.twilio}${base}${path.replace(/\{[^}]+\}/g, 'X1')}`, {
          method: method.toUpperCase(),
        });
        await response.arrayBuffer();
        expect(response.status).toBeLessThan(500);
        calls++;
      }
    }
    expect(calls).toBeGreaterThan(150);
    const problems = server.context.journal
      .list()
      .flatMap((e) => e.responseErrors.map((p) => `${e.method} ${e.path}: ${p}`));
    expect(problems).toEqual([]);
  });
});
