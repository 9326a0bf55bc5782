import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/action/inputs.js';

const context = { workspace: '/ws', event: { pull_request: { base: { sha: 'abc123' } } } };
const read = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

describe('action inputs, parsed once', () => {
  it('defaults: check, mockforge.yaml, the PR base SHA, ERR, comment and annotations on', () => {
    const settings = parseSettings(read({}), context);
    expect(settings).toMatchObject({
      command: 'check',
      workingDirectory: '/ws',
      config: '/ws/mockforge.yaml',
      contracts: [],
      scenarios: [],
      baseRef: 'abc123',
      failOn: 'ERR',
      comment: true,
      annotations: true,
      reportDir: '/ws/.mockforge/reports',
      validateMode: 'safe',
      negative: undefined,
      negativeBudget: 10,
      seed: undefined,
      arazzoInputs: [],
    });
    expect(parseSettings(read({}), { workspace: '/ws', event: undefined }).baseRef).toBeUndefined();
  });

  it('paths are relative to working-directory; lists take lines (and commas), comments skipped', () => {
    const settings = parseSettings(
      read({
        'working-directory': 'services/shop',
        config: 'mf.yaml',
        contracts: 'contracts/a.yaml\n  contracts/b.yaml  \n# not this one\n',
        scenarios: 'scenarios/a.yaml, scenarios/b.yaml',
        targets:
          'users-service=http://localhost:8081\n orders-service = https://orders.staging.example.com # staging\n',
        'base-ref': 'origin/main',
        'fail-on': 'warn',
        comment: 'off',
        annotations: 'false',
        'report-dir': '/abs/reports',
        headers: 'Authorization: Bearer s3cr3t\nX-Env:  staging',
        'validate-mode': 'Stateful',
        negative: 'off',
        'negative-budget': '3',
        seed: 'nightly',
        'arazzo-inputs': 'inputs/staging.json\n# a comment\n  qty=3  \n',
      }),
      context,
    );
    expect(settings.workingDirectory).toBe('/ws/services/shop');
    expect(settings.config).toBe('/ws/services/shop/mf.yaml');
    expect(settings.contracts).toEqual(['/ws/services/shop/contracts/a.yaml', '/ws/services/shop/contracts/b.yaml']);
    expect(settings.scenarios).toEqual(['scenarios/a.yaml', 'scenarios/b.yaml']);
    expect([...settings.targets]).toEqual([
      ['users-service', 'http://localhost:8081'],
      ['orders-service', 'https://orders.staging.example.com'],
    ]);
    expect(settings).toMatchObject({ baseRef: 'origin/main', failOn: 'WARN', comment: false, annotations: false });
    expect(settings.reportDir).toBe('/abs/reports');
    expect(settings.headers).toEqual({ authorization: 'Bearer s3cr3t', 'x-env': 'staging' });
    expect(settings.validateMode).toBe('stateful');
    expect(settings).toMatchObject({ negative: false, negativeBudget: 3, seed: 'nightly' });
    expect(settings.arazzoInputs).toEqual(['inputs/staging.json', 'qty=3']);
    expect(parseSettings(read({ negative: 'on' }), context).negative).toBe(true);
  });

  it.each([
    [
      { command: 'deploy' },
      "input 'command' is 'deploy': use one of mocks, proxy, scenarios, validate, diff, check, report",
    ],
    [{ command: 'diff', shard: '1/2' }, "input 'shard' is for command validate or scenarios, not diff"],
    [{ command: 'validate', shard: '3/2' }, "input 'shard' '3/2' is not a shard i/n"],
    [{ 'fail-on': 'sometimes' }, "input 'fail-on' is 'sometimes': use one of ERR, WARN, never"],
    [{ comment: 'maybe' }, "input 'comment' is 'maybe': use one of on, off (or true, false)"],
    [{ targets: 'users-service' }, "input 'targets': 'users-service' is not a name=url line"],
    [{ targets: 'users-service=ftp://x' }, "input 'targets': 'users-service=ftp://x' is not a name=url line"],
    [{ targets: 'a=http://x\na=http://y' }, "input 'targets': 'a' is given twice"],
    [{ headers: 'Bearer s3cr3t' }, "input 'headers': a line is not of the form 'Name: value'"],
    [{ negative: 'sometimes' }, "input 'negative' is 'sometimes': use one of auto, on, off"],
    [{ 'negative-budget': '-1' }, "input 'negative-budget' is '-1': give a whole number from 0 to 1000"],
    [{ 'validate-mode': 'yolo' }, "input 'validate-mode' is 'yolo': use one of safe, unsafe, stateful"],
  ])('%o is a clear error', (inputs, message) => {
    expect(() => parseSettings(read(inputs), context)).toThrow(
      expect.objectContaining({ code: 'MF_USAGE_INVALID', message }),
    );
  });
});
