import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  appendPointer
} from "./chunk-BYCFEB6W.js";
import {
  MockforgeError
} from "./chunk-ZVQDHYCI.js";

// src/core/config/did-you-mean.ts
function didYouMean(word, candidates) {
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// src/core/source/schema-problems.ts
function describeSchemaErrors(errors, locate, options) {
  const isWrapper = (e) => e.keyword === "oneOf" || e.keyword === "anyOf";
  const precise = errors.filter((e) => !isWrapper(e));
  const chosen = errors.filter((e) => !isWrapper(e) || !precise.some((p) => p.instancePath.startsWith(e.instancePath)));
  const where = (pointer) => pointer === "" ? options.rootName : describePointer(pointer);
  const seen = /* @__PURE__ */ new Set();
  const problems = [];
  for (const error of chosen) {
    let pointer = error.instancePath;
    let message = options.describe?.(error, where(pointer));
    if (message !== void 0) {
    } else if (error.keyword === "additionalProperties") {
      const key2 = String(error.params.additionalProperty);
      pointer = appendPointer(pointer, key2);
      const allowed = Object.keys(error.parentSchema?.properties ?? {});
      const guess = didYouMean(key2, allowed);
      message = `unknown key '${key2}' in ${where(error.instancePath)}${guess ? `; did you mean '${guess}'?` : `; expected one of: ${allowed.join(", ")}`}`;
    } else if (error.keyword === "required") {
      message = `${where(pointer)} is missing the required key '${String(error.params.missingProperty)}'`;
    } else if (isWrapper(error)) {
      message = `${where(pointer)} has the wrong shape`;
    } else {
      message = `${where(pointer)} ${error.message ?? "is invalid"}`;
    }
    const key = `${pointer}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ location: locate(pointer), message });
  }
  return problems.sort((a, b) => a.location.line - b.location.line);
}
function problemsError(code, problems, hint) {
  const [first, ...rest] = problems;
  const more = rest.map((p) => `
  ${p.location.file}:${p.location.line}:${p.location.column}: ${p.message}`).join("");
  return new MockforgeError(code, `${first?.message ?? "invalid file"}${more}`, {
    ...first ? { location: first.location } : {},
    hint
  });
}
function describePointer(pointer) {
  return pointer.slice(1).split("/").map((s, i) => /^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}

export {
  didYouMean,
  describeSchemaErrors,
  problemsError
};
