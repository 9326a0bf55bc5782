// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${name} is the scenario placeholder syntax, not a template
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpTransport } from '../../../src/core/http/http-transport.js';
import { loadProject } from '../../../src/core/project.js';
import { parseScenario } from '../../../src/core/scenario/load-scenario.js';
import { scenarioSequenceDiagram } from '../../../src/core/scenario/mermaid.js';
import { runScenarios } from '../../../src/core/scenario/run-scenarios.js';
import { scenarioFindings, scenarioJUnitSuites } from '../../../src/core/scenario/scenario-report.js';
import { lineOf, tempProject } from '../../helpers/temp-project.js';

const servers: Server[] = [];
const transport = createHttpTransport();
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((r) => server.close(r));
});

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

const CONTRACT = `openapi: 3.0.3
info: { title: Orders, version: '1' }
paths:
  /orders:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [quantity]
              properties:
                quantity: { type: integer, minimum: 1 }
      responses:
        '201':
          description: created
          headers:
            Location: { required: true, schema: { type: string } }
          content:
            application/json:
              schema:
                type: object
                properties: { id: { type: string } }
`;

describe('contract checks and reports', () => {
  it('reports a request body that breaks the contract at the scenario line, and checks expected headers', async () => {
    const dir = tempProject({
      'mockforge.yaml': 'workspaces:\n  - name: orders\n    port: 3001\n    contract: contracts/orders.yaml\n',
      'contracts/orders.yaml': CONTRACT,
    });
    const { contracts } = loadProject(join(dir, 'mockforge.yaml'));
    const url = await listen((_req, res) => {
      res.writeHead(201, { 'content-type': 'application/json', location: '/orders/o1' });
      res.end('{"id":"o1"}');
    });
    const text = [
      'name: order',
      'steps:',
      '  - name: bad quantity',
      '    service: orders',
      '    request:',
      '      method: POST',
      '      path: /orders',
      '      body:',
      '        quantity: "two"',
      '    response:',
      '      status: 201',
      '      headers:',
      '        Location: /orders/o2',
    ].join('\n');
    const result = await runScenarios({
      scenarios: [parseScenario(text, '/x/order.yaml')],
      targets: [{ service: 'orders', url, source: 'target' }],
      contracts,
      transport,
    });
    const failures = result.scenarios[0]?.steps[0]?.failures ?? [];
    expect(failures.map((f) => [f.kind, f.location.line])).toEqual([
      ['contract-request', lineOf(text, 'quantity: "two"')],
      ['header', lineOf(text, 'Location: /orders/o2')],
    ]);
    expect(failures[0]?.message).toBe('request body /quantity must be integer');
    expect(failures[0]?.contractLocation?.line).toBe(lineOf(CONTRACT, 'quantity: { type: integer'));
    expect(failures[1]?.message).toBe("header 'Location' is '/orders/o1', expected '/orders/o2'");
    const findings = scenarioFindings(result);
    expect(findings.map((f) => [f.severity, f.location?.line])).toEqual([
      ['error', lineOf(text, 'quantity: "two"')],
      ['error', lineOf(text, 'Location: /orders/o2')],
    ]);
    expect(findings[0]?.message).toContain(`(contract ${join(dir, 'contracts/orders.yaml')}:`);
  });

  it('runs scenarios concurrently up to the limit, keeps their order, and reports skipped steps in JUnit and Mermaid', async () => {
    let inFlight = 0;
    let peak = 0;
    const url = await listen((req, res) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(req.url === '/down' ? 503 : 200, { 'content-type': 'application/json' });
        res.end('{}');
      }, 50);
    });
    const scenarios = Array.from({ length: 6 }, (_, i) =>
      parseScenario(
        `name: s${i}\nsteps:\n  - name: a\n    service: svc\n    request: { path: /ok }\n`,
        `/x/s${i}.yaml`,
      ),
    );
    const result = await runScenarios({
      scenarios,
      targets: [{ service: 'svc', url, source: 'target' }],
      transport,
      concurrency: 2,
    });
    expect(peak).toBe(2);
    expect(result.scenarios.map((s) => [s.name, s.passed])).toEqual(scenarios.map((s) => [s.name, true]));

    const text =
      'name: "a; b: <c>"\nsteps:\n  - name: gone\n    service: nowhere\n    request: { path: /a }\n  - name: next\n    service: svc\n    request: { path: /ok }\n';
    const skipped = await runScenarios({
      scenarios: [parseScenario(text, '/x/skip.yaml')],
      targets: [{ service: 'svc', url, source: 'target' }],
      transport,
    });
    const [suite] = scenarioJUnitSuites(skipped, (f) => f);
    expect(suite?.cases.map((c) => [c.failure?.type, c.skipped, c.line])).toEqual([
      ['unknown-service', undefined, 4],
      [undefined, 'step 1 (gone) failed: unknown-service', 6],
    ]);
    const diagram = scenarioSequenceDiagram(skipped.scenarios[0]!);
    expect(diagram).toContain('participant C as a#59; b#58; #60;c#62;');
    expect(diagram).toMatch(/S1--xC: ✗ unknown service 'nowhere'/);
    expect(diagram).toContain('Note over C,S2: skipped#58; step 1 (gone) failed#58; unknown-service');
  });
});

describe('scenarioJsonReport', () => {
  it('redacts credential headers and shows files relative to the caller', async () => {
    const { scenarioJsonReport } = await import('../../../src/core/scenario/scenario-report.js');
    const url = await listen((_req, res) => res.end('{}'));
    const text =
      'name: t\nsteps:\n  - name: a\n    service: s\n    request: { path: /a, headers: { Authorization: "Bearer ${env.TOKEN}", X-Trace: "1" } }\n';
    const result = await runScenarios({
      scenarios: [parseScenario(text, '/x/t.yaml')],
      targets: [{ service: 's', url, source: 'target' }],
      transport,
      env: { TOKEN: 'sekret' },
    });
    const json = JSON.stringify(scenarioJsonReport(result, (f) => f.replace('/x/', '')));
    expect(json).not.toContain('sekret');
    expect(json).toContain('"Authorization":"[redacted]"');
    expect(json).toContain('"X-Trace":"1"');
    expect(json).toContain('"file":"t.yaml"');
  });
});
