import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  namedExamples,
  resolveChild,
  resolveNode
} from "./chunk-6V3Z4ZOA.js";
import {
  appendPointer
} from "./chunk-SOK6ZPY4.js";

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
function responseBodyFits(validator, media) {
  return media.hasSchema ? validator.fitsPointer(appendPointer(media.pointer, "schema"), "response") : void 0;
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
  responseBodyFits,
  mediaSchema
};
