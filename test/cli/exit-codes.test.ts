import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { ECOMMERCE } from '../helpers/temp-project.js';

function context(stdout: (text: string) => void) {
  const errors: string[] = [];
  return {
    errors,
    context: {
      cwd: ECOMMERCE,
      env: {},
      stdout,
      stderr: (text: string) => errors.push(text),
      signal: new AbortController().signal,
    },
  };
}

describe('exit codes', () => {
  it('a crash of ours exits 4 with one line naming it an internal error, not 1 (findings)', async () => {
    const { errors, context: ctx } = context(() => {
      throw new TypeError('boom');
    });
    const code = await runCli(['lint', '--config', join(ECOMMERCE, 'mockforge.yaml')], ctx);
    expect(code).toBe(4);
    const text = errors.join('');
    expect(text).toContain('mockforge lint: internal error');
    expect(text).toContain('TypeError: boom [MF_INTERNAL]');
    expect(text).not.toContain('    at ');
  });

  it('MOCKFORGE_DEBUG=1 adds the stack trace', async () => {
    const { errors, context: ctx } = context(() => {
      throw new TypeError('boom');
    });
    const code = await runCli(['lint', '--config', join(ECOMMERCE, 'mockforge.yaml')], {
      ...ctx,
      env: { MOCKFORGE_DEBUG: '1' },
    });
    expect(code).toBe(4);
    expect(errors.join('')).toContain('    at ');
  });

  it('bad input stays exit 2 with its code', async () => {
    const { errors, context: ctx } = context(() => {});
    expect(await runCli(['lint', '--config', 'missing.yaml'], ctx)).toBe(2);
    expect(errors.join('')).toContain('[MF_CONFIG_NOT_FOUND]');
  });
});
