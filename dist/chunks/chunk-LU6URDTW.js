import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);

// src/core/scenario/resolve-targets.ts
function envNameFor(service) {
  return `${service.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}_URL`;
}
function resolveTargets(inputs) {
  const resolved = [];
  const missing = [];
  for (const service of inputs.services) {
    const explicit = inputs.explicit.get(service);
    if (explicit) {
      resolved.push({ service, url: trimSlash(explicit), source: "target" });
      continue;
    }
    const names = [envNameFor(service), ...inputs.envNames?.get(service) ?? []];
    const fromEnv = names.map((name) => inputs.env[name]).find((value) => value);
    if (fromEnv) {
      resolved.push({ service, url: trimSlash(fromEnv), source: "env" });
      continue;
    }
    const up = inputs.up?.workspaces.find((w) => w.name === service);
    if (up) {
      resolved.push({ service, url: trimSlash(up.url), source: "up" });
      continue;
    }
    missing.push(service);
  }
  return { resolved, missing };
}
function trimSlash(url) {
  return url.replace(/\/+$/, "");
}

export {
  envNameFor,
  resolveTargets
};
