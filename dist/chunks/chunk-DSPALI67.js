import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  splitPath
} from "./chunk-DBPOXZL2.js";
import {
  MAX_SCENARIO_BYTES,
  firstStatus,
  isArazzoDocument,
  scenarioFromSource
} from "./chunk-T5K4HRE5.js";
import {
  configScenarioFiles
} from "./chunk-HE2PU5F4.js";
import {
  readSourceFile
} from "./chunk-SOK6ZPY4.js";
import {
  isMockforgeError
} from "./chunk-RIB3W43H.js";

// src/core/mock/state/seed-from-scenarios.ts
function loadScenarioSeeds(root, globs) {
  const files = configScenarioFiles({ root, scenarios: globs });
  const seeds = [];
  const warnings = [];
  for (const file of files) {
    try {
      const source = readSourceFile(file, { maxBytes: MAX_SCENARIO_BYTES });
      if (isArazzoDocument(file, source.value)) continue;
      const scenario = scenarioFromSource(source);
      for (const step of scenario.steps) {
        const seed = toSeed(step, file, scenario.name);
        if (seed) seeds.push(seed);
      }
    } catch (error) {
      const message = isMockforgeError(error) ? error.format() : error.message;
      warnings.push(`not used to seed the mocks: ${message}`);
    }
  }
  return { seeds, warnings };
}
function toSeed(step, file, scenario) {
  const path = step.request.path.split("?")[0] ?? "";
  if (!path.startsWith("/") || path.includes("${") || path.includes("{{")) return void 0;
  return {
    file,
    scenario,
    step: step.name,
    service: step.service,
    method: step.request.method,
    path,
    segments: splitPath(path),
    requestBody: step.request.hasBody ? step.request.body : void 0,
    status: firstStatus(step.response.status),
    responseBody: step.response.hasBody ? step.response.body : void 0
  };
}

// src/core/contract/path-key.ts
function splitPathKey(key) {
  const cut = key.search(/[?#]/);
  if (cut < 0) return { path: key, conditions: [] };
  const conditions = [];
  let from = key[cut] === "?" ? "query" : "fragment";
  for (const part of key.slice(cut + 1).split(/([?#&])/)) {
    if (part === "?") from = "query";
    else if (part === "#") from = "fragment";
    else if (part !== "&" && part !== "") {
      const equals = part.indexOf("=");
      const name = equals < 0 ? part : part.slice(0, equals);
      if (name !== "") conditions.push({ name, value: equals < 0 ? "" : part.slice(equals + 1), from });
    }
  }
  return { path: key.slice(0, cut) || "/", conditions };
}

export {
  splitPathKey,
  loadScenarioSeeds
};
