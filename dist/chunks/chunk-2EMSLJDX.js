import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  splitPath
} from "./chunk-J5CZJXPQ.js";
import {
  MAX_SCENARIO_BYTES,
  firstStatus,
  isArazzoDocument,
  scenarioFromSource
} from "./chunk-SCGLBV2N.js";
import {
  configScenarioFiles
} from "./chunk-HE2PU5F4.js";
import {
  namedExamples,
  resolveChild,
  resolveNode
} from "./chunk-B7KDH2WF.js";
import {
  appendPointer,
  readSourceFile
} from "./chunk-MKJKVXGC.js";
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

// src/core/mock/response/status-key.ts
function statusKey(key) {
  return key.toUpperCase() === "DEFAULT" ? "default" : key.toUpperCase();
}
function byStatus(entries, status) {
  return entries.get(String(status)) ?? entries.get(`${String(status)[0]}XX`) ?? entries.get("default");
}

// src/core/mock/response/response-spec.ts
function compileResponses(contract, operation) {
  const doc = contract.document;
  const byKey = /* @__PURE__ */ new Map();
  const responses = resolveChild(doc, operation.pointer, "responses");
  for (const key of Object.keys(responses?.node ?? {})) {
    const response = resolveChild(doc, responses?.pointer ?? "", key);
    if (!response) continue;
    const content = resolveChild(doc, response.pointer, "content");
    const media = [];
    for (const mediaType of Object.keys(content?.node ?? {})) {
      const node = resolveChild(doc, content?.pointer ?? "", mediaType);
      if (!node) continue;
      const examples = namedExamples(node.node, doc);
      media.push({ mediaType, node: node.node, pointer: node.pointer, hasSchema: "schema" in node.node, examples });
    }
    byKey.set(statusKey(key), {
      key,
      pointer: response.pointer,
      media
    });
  }
  return { byKey, primary: choosePrimary(byKey) };
}
function choosePrimary(byKey) {
  const numeric = [...byKey.keys()].filter((k) => /^\d{3}$/.test(k)).sort();
  const pick = numeric.find((k) => k.startsWith("2")) ?? numeric.find((k) => k.startsWith("3"));
  if (pick) return { status: Number(pick), spec: byKey.get(pick) };
  const range = [...byKey.keys()].find((k) => k === "2XX");
  if (range) return { status: 200, spec: byKey.get(range) };
  const fallback = byKey.get("default");
  if (fallback) return { status: 200, spec: fallback };
  const any = numeric[0];
  return any ? { status: Number(any), spec: byKey.get(any) } : void 0;
}
function findResponse(responses, status) {
  return byStatus(responses.byKey, status);
}
function findStatus(responses, candidates) {
  return candidates.find((status) => responses.byKey.has(String(status)));
}
var validators = /* @__PURE__ */ new WeakMap();
function responseBodyValidator(validator, media) {
  if (!media.hasSchema) return void 0;
  let validate = validators.get(media);
  if (!validate) {
    validate = validator.forPointer(appendPointer(media.pointer, "schema"), "response");
    validators.set(media, validate);
  }
  return validate;
}
function mediaSchema(contract, media) {
  return resolveNode(contract.document, appendPointer(media.pointer, "schema"))?.node;
}

export {
  statusKey,
  byStatus,
  compileResponses,
  findResponse,
  findStatus,
  responseBodyValidator,
  mediaSchema,
  loadScenarioSeeds
};
