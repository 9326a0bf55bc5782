import type { CliCommand } from './command.js';

/** Every command, loaded only when used so `mockforge --help` and small commands start fast. */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  init: {
    summary: 'write mockforge.yaml for the contracts of a project',
    load: async () => (await import('./commands/init.js')).command,
  },
  generate: {
    summary: 'write editable mock data for a contract',
    load: async () => (await import('./commands/generate.js')).command,
  },
  serve: {
    summary: 'serve the workspace mocks in the foreground',
    load: async () => (await import('./commands/serve.js')).command,
  },
  up: {
    summary: 'start the workspace mocks (or, with --proxy, the proxy) in the background',
    load: async () => (await import('./commands/up.js')).command,
  },
  down: {
    summary: 'stop the mocks and the proxy started with `up`; report what the proxy saw',
    load: async () => (await import('./commands/down.js')).command,
  },
  proxy: {
    summary: 'forward to the real services and check the traffic against the contracts',
    load: async () => (await import('./commands/proxy.js')).command,
  },
  scenarios: {
    summary: 'run cross-service scenarios',
    load: async () => (await import('./commands/scenarios.js')).command,
  },
  validate: {
    summary: 'check a running service against its contract',
    load: async () => (await import('./commands/validate.js')).command,
  },
  report: {
    summary: 'merge the JSON reports of a sharded run',
    load: async () => (await import('./commands/report.js')).command,
  },
  diff: {
    summary: 'find breaking changes between contract versions',
    load: async () => (await import('./commands/diff.js')).command,
  },
  mesh: {
    summary: 'write Kubernetes and service-mesh manifests for the mocks',
    load: async () => (await import('./commands/mesh.js')).command,
  },
  lint: {
    summary: 'load the project and report contract and config problems',
    load: async () => (await import('./commands/lint.js')).command,
  },
};
