// Bundled in place of `undici` for @actions/* (see scripts/build.mjs). They use it only for a proxy
// (ProxyAgent) and @actions/github's fetch; with this, undici's module body runs on first use instead of
// at every start of the Action (about 0.3 s of its cold start).
const undici = () => require('undici');

export class ProxyAgent {
  constructor(...args) {
    // biome-ignore lint/correctness/noConstructorReturn: stands in for undici's own class
    return new (undici().ProxyAgent)(...args);
  }
}

export const fetch = (...args) => undici().fetch(...args);
