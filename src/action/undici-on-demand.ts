import type * as Undici from 'undici';

// What @actions/* get when they import 'undici' (scripts/build.mjs maps it here): fetch, which
// @actions/github sends every request with, and ProxyAgent, behind a proxy. Loaded on first use, ~0.7 MB
// of undici stays out of the Action's start; `loadUndici()` runs before any Octokit is made.
let loaded: typeof Undici | undefined;

export async function loadUndici(): Promise<typeof Undici> {
  if (!loaded) {
    // Bundled, the CommonJS module comes as the default export.
    const module = (await import('undici')) as typeof Undici & { default?: typeof Undici };
    loaded = module.default ?? module;
  }
  return loaded;
}

export const fetch: typeof Undici.fetch = async (...args) => (await loadUndici()).fetch(...args);

export const ProxyAgent = function ProxyAgent(...args: ConstructorParameters<typeof Undici.ProxyAgent>) {
  if (!loaded) throw new Error('undici is used before loadUndici() (a bug in mockforge)');
  return new loaded.ProxyAgent(...args);
} as unknown as typeof Undici.ProxyAgent;
