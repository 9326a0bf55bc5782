import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);

// src/core/mock/routing/path-template.ts
function compilePathTemplate(text) {
  const parts = splitPath(text);
  let wildcardTail = false;
  const last = parts.at(-1);
  if (last === "*" || last === "**") {
    wildcardTail = true;
    parts.pop();
  }
  return { text, wildcardTail, segments: parts.map(compileSegment) };
}
function compileSegment(part) {
  if (part === "*") return { kind: "any" };
  const whole = /^\{([^{}]+)\}$/.exec(part);
  if (whole?.[1]) return { kind: "param", name: whole[1] };
  if (!part.includes("{")) return { kind: "literal", value: part };
  const names = [];
  let afterParam = false;
  const source = part.split(/(\{[^{}]+\})/).map((piece) => {
    const param = /^\{([^{}]+)\}$/.exec(piece);
    if (param?.[1]) {
      names.push(param[1]);
      const source2 = afterParam ? "((?:\\.[^/.]*)?)" : "([^/]+?)";
      afterParam = true;
      return source2;
    }
    if (piece !== "") afterParam = false;
    return piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }).join("");
  return { kind: "mixed", pattern: new RegExp(`^${source}$`), names };
}
function splitPath(path) {
  return path.split("/").filter((part) => part !== "");
}
function matchPathTemplate(template, segments) {
  const own = template.segments;
  if (template.wildcardTail ? segments.length < own.length : segments.length !== own.length) return void 0;
  let params;
  for (let i = 0; i < own.length; i++) {
    const segment = own[i];
    const actual = segments[i];
    if (segment.kind === "literal") {
      if (segment.value !== actual) return void 0;
    } else if (segment.kind === "param") {
      params ??= /* @__PURE__ */ Object.create(null);
      params[segment.name] = actual;
    } else if (segment.kind === "mixed") {
      const match = segment.pattern.exec(actual);
      if (!match) return void 0;
      params ??= /* @__PURE__ */ Object.create(null);
      segment.names.forEach((name, index) => {
        params[name] = match[index + 1] ?? "";
      });
    }
  }
  return params ?? /* @__PURE__ */ Object.create(null);
}
function templateSpecificity(template) {
  return template.segments.reduce((score, s) => score * 3 + (s.kind === "literal" ? 2 : s.kind === "mixed" ? 1 : 0), 1);
}

export {
  compilePathTemplate,
  splitPath,
  matchPathTemplate,
  templateSpecificity
};
