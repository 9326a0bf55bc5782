import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import { createHttpTransport } from '../../../src/core/http/http-transport.js';
import type { Transport } from '../../../src/core/http/transport.js';
import { classifyTargetError } from '../../../src/core/validate/target-problem.js';
import { validateExitCode } from '../../../src/core/validate/validate-findings.js';
import { validateTarget } from '../../../src/core/validate/validate-target.js';
import { CATALOG_CONTRACT, DRIFT } from './service-process.js';

const contract = loadContract(CATALOG_CONTRACT);
const transport = createHttpTransport();
const servers: Array<{ close(cb?: () => void): unknown }> = [];
afterAll(() => transport.close());
afterEach(async () => {
  for (const s of servers.splice(0)) {
    (s as { closeAllConnections?: () => void }).closeAllConnections?.();
    await new Promise((r) => s.close(() => r(undefined)));
  }
});

function listen(
  server: Server | ReturnType<typeof createHttpServer> | ReturnType<typeof createHttpsServer>,
): Promise<string> {
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`)),
  );
}

async function closedPort(): Promise<string> {
  const server = createServer();
  const url = await new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`)),
  );
  await new Promise((r) => server.close(r));
  return url;
}

describe('target problems are reported as such, not as drift', () => {
  it('connection refused: one problem after the retries, the other operations skipped, exit 3', async () => {
    const target = await closedPort();
    const result = await validateTarget({
      name: 'c',
      contract,
      target,
      transport,
      retries: 2,
      backoffMs: 5,
      concurrency: 1,
    });
    expect(result.findings).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ kind: 'refused', attempts: 3 });
    expect(result.problems[0]?.curl).toContain(target);
    expect(result.operations.filter((o) => o.skipped === 'target unreachable').length).toBeGreaterThan(0);
    expect(validateExitCode({ targets: [result], responses: 0, timeMs: 0 })).toBe(3);
  });

  it('a server that never answers: timeout', async () => {
    const target = await listen(createHttpServer(() => {}));
    const result = await validateTarget({
      name: 'c',
      contract,
      target,
      transport,
      retries: 1,
      backoffMs: 5,
      requestTimeoutMs: 150,
      concurrency: 6,
    });
    expect(result.findings).toEqual([]);
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) expect(problem).toMatchObject({ kind: 'timeout', attempts: 2 });
  });

  it('a server that drops the connection: reset', async () => {
    const target = await listen(createServer((socket) => socket.on('data', () => socket.resetAndDestroy())));
    const result = await validateTarget({ name: 'c', contract, target, transport, retries: 0, concurrency: 1 });
    expect(result.findings).toEqual([]);
    expect(result.problems.map((p) => p.kind)).toContain('reset');
  });

  it('retries with doubling backoff and succeeds when the target recovers', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const flaky: Transport = async () => {
      calls++;
      if (calls <= 2) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      return { status: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' };
    };
    const health = { ...contract, operations: contract.operations.filter((o) => o.path === '/api/health') };
    const result = await validateTarget({
      name: 'c',
      contract: health,
      target: 'http://127.0.0.1:9',
      transport: flaky,
      retries: 3,
      backoffMs: 100,
      clock: { now: () => 0, sleep: async (ms) => void sleeps.push(ms) },
    });
    expect(sleeps).toEqual([100, 200]);
    expect(result.problems).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.responses).toBe(1);
  });

  it('a budget about to run out gives the transport whole milliseconds (AbortSignal.timeout refuses fractions)', async () => {
    let now = 0;
    const timeouts: number[] = [];
    const recording: Transport = async (_request, timeoutMs) => {
      timeouts.push(timeoutMs);
      now += 333.3;
      return { status: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' };
    };
    await validateTarget({
      name: 'c',
      contract,
      target: 'http://127.0.0.1:9',
      transport: recording,
      budgetMs: 1000.5,
      concurrency: 1,
      clock: { now: () => now, sleep: async () => {} },
    });
    expect(timeouts.length).toBeGreaterThan(1);
    expect(timeouts.every(Number.isInteger)).toBe(true);
  });

  it('stops starting operations when the time budget is spent', async () => {
    let now = 0;
    const slow: Transport = async () => {
      now += 600;
      return { status: 500, headers: {}, body: '' };
    };
    const result = await validateTarget({
      name: 'c',
      contract,
      target: 'http://127.0.0.1:9',
      transport: slow,
      budgetMs: 1000,
      concurrency: 1,
      clock: { now: () => now, sleep: async () => {} },
    });
    expect(result.budgetExhausted).toBe(true);
    expect(result.responses).toBe(2);
    expect(result.operations.filter((o) => o.skipped === 'time budget exhausted')).toHaveLength(4);
  });
});

describe('a request the budget cuts short', () => {
  it('is the time budget running out, not a target problem (exit 3 would read as "unreachable")', async () => {
    let now = 0;
    const slowThenCut: Transport = async (_request, timeoutMs) => {
      // A full timeout answers (slowly); a timeout the budget shortened expires, as AbortSignal.timeout would.
      if (timeoutMs < 10_000) {
        now += timeoutMs;
        throw new Error('fetch failed', {
          cause: { code: 'UND_ERR_HEADERS_TIMEOUT', message: 'aborted due to timeout' },
        });
      }
      now += 700;
      return { status: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' };
    };
    const result = await validateTarget({
      name: 'c',
      contract,
      target: 'http://127.0.0.1:9',
      transport: slowThenCut,
      budgetMs: 10_500,
      retries: 0,
      concurrency: 1,
      clock: { now: () => now, sleep: async () => {} },
    });
    expect(result.problems).toEqual([]);
    expect(result.budgetExhausted).toBe(true);
    expect(result.operations.some((o) => o.responses === 0 && o.skipped === 'time budget exhausted')).toBe(true);
    // A timeout at the full request timeout is still the target's problem.
    const stuck: Transport = async (_request, timeoutMs) => {
      now += timeoutMs;
      throw new Error('fetch failed', {
        cause: { code: 'UND_ERR_HEADERS_TIMEOUT', message: 'aborted due to timeout' },
      });
    };
    now = 0;
    const timedOut = await validateTarget({
      name: 'c',
      contract,
      target: 'http://127.0.0.1:9',
      transport: stuck,
      budgetMs: 60_000,
      retries: 0,
      concurrency: 1,
      clock: { now: () => now, sleep: async () => {} },
    });
    expect(timedOut.problems[0]).toMatchObject({ kind: 'timeout' });
  });
});

describe('TLS and error classification', () => {
  it('an https target with an untrusted certificate is a TLS problem, not drift', async () => {
    const tls = join(DRIFT, 'tls');
    const server = createHttpsServer(
      { key: readFileSync(join(tls, 'key.pem')), cert: readFileSync(join(tls, 'cert.pem')) },
      (_q, s) => s.end('{}'),
    );
    const target = (await listen(server)).replace('http:', 'https:');
    const result = await validateTarget({ name: 'c', contract, target, transport, retries: 0, concurrency: 1 });
    expect(result.findings).toEqual([]);
    expect(result.problems[0]).toMatchObject({ kind: 'tls' });
    expect(result.problems[0]?.message).toMatch(/self.signed/i);
  });

  it.each([
    [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }, 'refused'],
    [
      new Error('fetch failed', { cause: { code: 'UND_ERR_HEADERS_TIMEOUT', message: 'Headers Timeout Error' } }),
      'timeout',
    ],
    [{ code: 'UND_ERR_SOCKET', message: 'other side closed' }, 'reset'],
    [{ errors: [{ code: 'ECONNREFUSED', message: '::1' }], message: 'AggregateError' }, 'refused'],
    [{ code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND nowhere' }, 'dns'],
    [{ code: 'ERR_TLS_CERT_ALTNAME_INVALID', message: 'altname' }, 'tls'],
    [new Error('something else'), 'other'],
  ])('%o is %s', (error, kind) => {
    expect(classifyTargetError(error).kind).toBe(kind);
  });
});
