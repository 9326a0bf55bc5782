import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The build imports data files (the Arazzo JSON Schema) as text; do the same under vitest.
  plugins: [
    {
      name: 'yaml-as-text',
      transform(code, id) {
        return id.endsWith('.yaml') ? `export default ${JSON.stringify(code)};` : undefined;
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', './test/helpers/store-skip-reporter.ts'],
  },
});
