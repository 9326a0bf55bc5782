import type { Reporter, TestModule } from 'vitest/node';
import { NEEDS_REDIS } from './redis-server.js';

/** Says loudly, after the run, how many store tests were skipped because redis-server is not on PATH. */
export default class StoreSkipReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        if (test.fullName.includes(NEEDS_REDIS) && test.result().state === 'skipped') skipped++;
      }
    }
    if (skipped === 0) return;
    const bar = '!'.repeat(100);
    process.stderr.write(
      `\n${bar}\n${skipped} state store test(s) SKIPPED: redis-server is not on PATH, so the Redis store ` +
        `(replicas, atomic ids, seed lock, outage) is untested.\nInstall it (Debian/Ubuntu: apt-get install -y ` +
        `redis-server) and run the tests again; .ci/run does this itself.\n${bar}\n`,
    );
  }
}
