// Callbacks (Prism docs "Mocking Callbacks with Prism"): after answering an operation with `callbacks`,
// the mock calls the URL the request named, here another mock workspace whose journal then shows the
// call (what a later scenario step can assert). Contract: @readme/oas-examples callbacks.yaml.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { getJson, oasExample, startProject, startSpec } from './mock-helpers.js';

const RECEIVER = {
  openapi: '3.0.3',
  info: { title: 'Receiver', version: '1' },
  paths: {
    '/hooks/data': {
      post: {
        requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
        responses: { '202': { description: 'accepted' } },
      },
    },
  },
};

async function waitFor<T>(probe: () => Promise<T | undefined>, ms = 3000): Promise<T | undefined> {
  const until = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== undefined || Date.now() > until) return found;
    await sleep(25);
  }
}

describe('callbacks.yaml', () => {
  it('POST /streams?callbackUrl=... calls {callbackUrl}/data after the 201, with a body fitting the callback schema', async () => {
    const { url } = await startProject(
      {
        'contracts/streams.yaml': stringify(oasExample('3.0/yaml/callbacks.yaml')),
        'contracts/receiver.yaml': stringify(RECEIVER),
        'mockforge.yaml':
          'workspaces:\n  - name: streams\n    contract: contracts/streams.yaml\n  - name: receiver\n    contract: contracts/receiver.yaml\n',
      },
      ['streams', 'receiver'],
    );
    const callbackUrl = encodeURIComponent(`${url.receiver}/hooks`);
    const created = await getJson(`${url.streams}/streams?callbackUrl=${callbackUrl}`, { method: 'POST' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ subscriptionId: expect.any(String) });
    type Entry = { method: string; path: string; status: number; requestErrors: unknown[]; callback?: string };
    const arrived = await waitFor(async () => {
      const journal = (await getJson(`${url.receiver}/__mockforge/journal?workspace=receiver`)).body as {
        entries: Entry[];
      };
      return journal.entries.find((e) => e.path === '/hooks/data');
    });
    expect(arrived).toMatchObject({ method: 'POST', status: 202, requestErrors: [] });
    const sent = ((await getJson(`${url.streams}/__mockforge/journal?workspace=streams`)).body as { entries: Entry[] })
      .entries;
    expect(sent.find((e) => e.callback === 'onData')).toMatchObject({
      method: 'POST',
      path: `${url.receiver}/hooks/data`,
      status: 202,
    });
  });

  it('no callback without the URL in the request, nor to a URL the contract itself names', async () => {
    const document = oasExample('3.0/yaml/callbacks.yaml') as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    const post = document.paths['/streams']?.post as Record<string, unknown>;
    const onData = (post.callbacks as Record<string, Record<string, unknown>>).onData as Record<string, unknown>;
    onData['http://127.0.0.1:9/fixed'] = onData['{$request.query.callbackUrl}/data'];
    const { url, server } = await startSpec(document);
    expect((await getJson(`${url}/streams`, { method: 'POST' })).status).toBe(422);
    expect((await getJson(`${url}/streams?callbackUrl=ftp%3A%2F%2F127.0.0.1%2Fx`, { method: 'POST' })).status).toBe(
      201,
    );
    await sleep(200);
    expect(server.context.journal.list().filter((e) => e.callback !== undefined)).toEqual([]);
  });
});
