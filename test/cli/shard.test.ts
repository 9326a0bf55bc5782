import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createMocksFromConfig } from '../../src/core/mock/start-mocks.js';
import { CORPUS, ECOMMERCE, tempProject } from '../helpers/temp-project.js';
import { runCli } from './serve-fixture.js';

const TWILIO = ['api_v2010', 'messaging_v1', 'verify_v2'];

/** A report without what differs between any two runs (wall-clock times) and the merge's own shard summary. */
function comparable(file: string): unknown {
  const report = JSON.parse(readFileSync(file, 'utf8').replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT'));
  delete report.timeMs;
  delete report.shards;
  for (const target of report.targets) for (const operation of target.operations) delete operation.timeMs;
  return report;
}

it('validate: 4 shards as 4 processes, merged, equal the unsharded run on Twilio against our mocks', async () => {
  const files: Record<string, string> = {
    'mockforge.yaml': `workspaces:\n${TWILIO.map((n) => `  - name: ${n}\n    port: 0\n    contract: mock/${n}.yaml\n`).join('')}core:\n  consistency:\n    enabled: true\n    unified_state: {workspace_id: twilio, persona_graph: {enabled: true}}\n`,
  };
  const dir = tempProject(files);
  mkdirSync(join(dir, 'mock'));
  mkdirSync(join(dir, 'contracts'));
  for (const name of TWILIO) copyFileSync(join(CORPUS, 'twilio', `${name}.yaml`), join(dir, 'mock', `${name}.yaml`));
  // The contract validated is the previous api_v2010 (drift against the mock of the current one: findings).
  copyFileSync(join(CORPUS, 'twilio', 'api_v2010.previous.yaml'), join(dir, 'contracts', 'api_v2010.yaml'));
  for (const name of TWILIO.slice(1))
    copyFileSync(join(CORPUS, 'twilio', `${name}.yaml`), join(dir, 'contracts', `${name}.yaml`));
  // Each run gets fresh mocks, as each job of a matrix starts its own (reads materialise persona records).
  const mocks = Array.from({ length: 5 }, () =>
    createMocksFromConfig(join(dir, 'mockforge.yaml'), { ports: new Map(TWILIO.map((n) => [n, 0])) }),
  );
  const served = await Promise.all(mocks.map((m) => m.listen()));
  const validate = (run: number, ...args: string[]) =>
    runCli(
      [
        'validate',
        '--contract',
        'contracts',
        ...(served[run] ?? []).flatMap((w) => ['--target', `${w.name}=${w.url}`]),
        // Twilio's contracts require basic auth, and the mock enforces it.
        '--header',
        'Authorization: Basic QUN4eHg6dG9rZW4=',
        '--quiet',
        ...args,
      ],
      dir,
    );
  try {
    const whole = await validate(0, '--json', 'whole.json', '--sarif', 'whole.sarif', '--junit', 'whole.xml');
    expect(whole.status, whole.stderr).toBe(1);
    const shards = await Promise.all(
      [1, 2, 3, 4].map((i) => validate(i, '--shard', `${i}/4`, '--json', `shard-${i}.json`)),
    );
    // The split is printed first, the same in every shard; each job marks its own line.
    const splits = shards.map((s) => s.stderr.split('\n').filter((l) => l.startsWith('shard ')));
    expect(splits[0]).toHaveLength(4);
    for (const [i, split] of splits.entries()) {
      expect(split.map((l) => l.replace(/ \(this job\).*/, ''))).toEqual(
        splits[0]?.map((l) => l.replace(/ \(this job\).*/, '')),
      );
      expect(split[i]).toContain('(this job)');
    }
    const merged = await runCli(
      [
        'report',
        'shard-3.json',
        'shard-1.json',
        'shard-4.json',
        'shard-2.json',
        '--json',
        'merged.json',
        '--sarif',
        'merged.sarif',
        '--junit',
        'merged.xml',
      ],
      dir,
    );
    expect(merged.status, merged.stderr).toBe(1);
    expect(merged.stderr).toContain('validate: 4 of 4 shard report(s)');
    const wholeReport = comparable(join(dir, 'whole.json')) as { targets: Array<{ findings: unknown[] }> };
    expect(wholeReport.targets.flatMap((t) => t.findings).length).toBeGreaterThan(10);
    expect(comparable(join(dir, 'merged.json'))).toEqual(wholeReport);
    const same = (text: string) => text.replace(/127\.0\.0\.1:\d+/g, 'PORT').replace(/time="[^"]*"| in [\d.]+ s/g, '');
    const read = (file: string) => same(readFileSync(join(dir, file), 'utf8'));
    expect(read('merged.sarif')).toBe(read('whole.sarif'));
    expect(read('merged.xml')).toBe(read('whole.xml'));
    expect(same(merged.stdout)).toBe(same(whole.stdout));

    // A shard that did not report is named, with what it had, and fails the merged result.
    const partial = await runCli(
      ['report', 'shard-1.json', 'shard-2.json', 'shard-4.json', '--json', 'partial.json'],
      dir,
    );
    expect(partial.status).toBe(1);
    expect(partial.stderr).toMatch(/shard 3\/4 missing: its job did not report .*\(\d+ item\(s\) not run\)/);
    expect(partial.stdout).toMatch(/shard 3\/4 missing: .*; \d+ operation\(s\) not validated/);
    const report = JSON.parse(readFileSync(join(dir, 'partial.json'), 'utf8'));
    expect(report.shards).toMatchObject({ count: 4, reported: [1, 2, 4], missing: [{ index: 3 }] });
  } finally {
    for (const m of mocks) await m.close();
  }
}, 240_000);

it('scenarios: 3 shards merged equal the unsharded run, files split whole; a missing shard fails its files', async () => {
  const scenario = readFileSync(join(ECOMMERCE, 'scenarios/cross-service-purchase.yaml'), 'utf8');
  const files: Record<string, string> = {};
  for (const path of [
    'mockforge.yaml',
    'contracts/users-service.yaml',
    'contracts/products-service.yaml',
    'contracts/orders-service.yaml',
    'contracts/shared-schemas.yaml',
  ])
    files[path] = readFileSync(join(ECOMMERCE, path), 'utf8');
  for (let i = 1; i <= 5; i++)
    files[`scenarios/purchase-${i}.yaml`] = scenario.replace(
      'name: Cross-Service Purchase Flow',
      `name: Purchase ${i}`,
    );
  files['scenarios/broken-price.yaml'] = scenario
    .replace('name: Cross-Service Purchase Flow', 'name: Wrong price')
    .replace('price: 999.99', 'price: 5');
  const dir = tempProject(files);
  // Ports moved out of the way of other tests: every scenarios run boots the mocks itself.
  writeFileSync(join(dir, 'mockforge.yaml'), files['mockforge.yaml']?.replace(/port: 300(\d)/g, 'port: 0') ?? '');
  const whole = await runCli(['scenarios', '--quiet', '--json', 'whole.json'], dir);
  expect(whole.status, whole.stderr).toBe(1);
  const ran: number[] = [];
  for (const i of [1, 2, 3]) {
    const shard = await runCli(['scenarios', '--quiet', '--shard', `${i}/3`, '--json', `s${i}.json`], dir);
    expect(shard.stderr).toContain(`shard ${i}/3: `);
    ran.push(JSON.parse(readFileSync(join(dir, `s${i}.json`), 'utf8')).scenarios.length);
  }
  expect(ran.reduce((a, b) => a + b, 0)).toBe(6);
  const merged = await runCli(['report', 's2.json', 's3.json', 's1.json', '--json', 'merged.json'], dir);
  expect(merged.status).toBe(1);
  // Each run boots its own mocks (other ports) at another time (other Date headers).
  const strip = (file: string) => {
    const text = readFileSync(join(dir, file), 'utf8')
      .replace(/127\.0\.0\.1:\d+/g, 'PORT')
      .replace(/"date": "[^"]*"/g, '"date": ""');
    const report = JSON.parse(text);
    delete report.shards;
    for (const s of report.scenarios) {
      delete s.durationMs;
      for (const step of s.steps) delete step.durationMs;
    }
    return report;
  };
  expect(strip('merged.json')).toEqual(strip('whole.json'));
  const partial = await runCli(['report', 's1.json', 's3.json', '--json', 'partial.json'], dir);
  expect(partial.status).toBe(1);
  const report = JSON.parse(readFileSync(join(dir, 'partial.json'), 'utf8'));
  const notRun = report.scenarios.filter(
    (s: { failures?: Array<{ kind: string }> }) => s.failures?.[0]?.kind === 'not-run',
  );
  expect(notRun.length).toBe(ran[1]);
  expect(notRun[0].failures[0].message).toMatch(/not run: shard 2\/3 did not report/);
}, 240_000);
