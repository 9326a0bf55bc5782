import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  isObject,
  require__,
  require_dist
} from "./chunk-SWRZDQDU.js";
import {
  resolveLocalRef
} from "./chunk-DCWLXHLC.js";
import {
  appendPointer,
  escapePointerSegment,
  formatPointer,
  getAtPointer,
  parsePointer,
  require_ajv
} from "./chunk-SOK6ZPY4.js";
import {
  __toESM
} from "./chunk-RIB3W43H.js";

// src/core/schema/read-pattern.ts
var readings = /* @__PURE__ */ new Map();
function readPattern(pattern) {
  let reading = readings.get(pattern);
  if (!reading) {
    reading = interpret(pattern);
    if (readings.size > 1e4) readings.clear();
    readings.set(pattern, reading);
  }
  return reading;
}
function patternRegex(pattern) {
  const reading = readPattern(pattern);
  return reading.kind === "unsupported" ? void 0 : reading.regex;
}
function interpret(pattern) {
  const original = compile(pattern, "u");
  if (original instanceof RegExp) return { kind: "ecma", regex: original };
  let translated;
  try {
    translated = translate(pattern);
  } catch {
    translated = void 0;
  }
  if (translated) {
    const regex = compile(translated.source, `u${translated.flags}`);
    if (regex instanceof RegExp)
      return { kind: "translated", regex, note: `not ECMA-262 (${original}); read as /${regex.source}/${regex.flags}` };
  }
  const loose = /\\[pP]\{/.test(pattern) ? void 0 : compile(translated?.source ?? pattern, translated?.flags ?? "");
  if (loose instanceof RegExp)
    return {
      kind: "translated",
      regex: loose,
      note: `not ECMA-262 (${original}); read as /${loose.source}/${loose.flags} without the u flag`
    };
  return { kind: "unsupported", note: `not a regular expression JavaScript can read (${original}); not checked` };
}
function compile(source, flags) {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    return error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, "");
  }
}
var NAMED_CLASSES = {
  alpha: "a-zA-Z",
  digit: "0-9",
  alnum: "a-zA-Z0-9",
  upper: "A-Z",
  lower: "a-z",
  space: "\\s",
  blank: " \\t",
  punct: "!-\\/:-@\\[-`{-~",
  xdigit: "0-9A-Fa-f",
  word: "\\w",
  cntrl: "\\x00-\\x1f\\x7f",
  graph: "!-~",
  print: " -~",
  ascii: "\\x00-\\x7f"
};
var JAVA_PROPERTIES = {
  isalphabetic: "\\p{Alphabetic}",
  isletter: "\\p{L}",
  isdigit: "\\p{Nd}",
  isuppercase: "\\p{Uppercase}",
  islowercase: "\\p{Lowercase}",
  iswhite_space: "\\p{White_Space}",
  javalowercase: "\\p{Lowercase}",
  javauppercase: "\\p{Uppercase}",
  javaletter: "\\p{L}",
  javadigit: "\\p{Nd}",
  javaletterordigit: "[\\p{L}\\p{Nd}]",
  javawhitespace: "\\s"
};
var SYNTAX = /* @__PURE__ */ new Set([..."^$\\.*+?()[]{}|/"]);
function translate(pattern) {
  let flags = "";
  let rest = pattern;
  const inline = /^\(\?([imsx]+)\)/.exec(rest);
  if (inline) {
    if (inline[1]?.includes("x")) throw new Error("extended mode");
    flags = [...new Set(inline[1])].join("");
    rest = rest.slice(inline[0].length);
  }
  let out = "";
  let inClass = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === "\\") {
      const next = rest[i + 1];
      if (next === void 0) throw new Error("trailing backslash");
      if (next === "Q") {
        const end = rest.indexOf("\\E", i + 2);
        const literal = rest.slice(i + 2, end < 0 ? void 0 : end);
        out += literal.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
        i = end < 0 ? rest.length : end + 1;
        continue;
      }
      if ((next === "p" || next === "P") && rest[i + 2] === "{") {
        const end = rest.indexOf("}", i + 3);
        if (end < 0) throw new Error("unclosed property");
        out += propertyClass(rest.slice(i + 3, end), next === "P", inClass);
        i = end;
        continue;
      }
      i++;
      out += escapeFor(next, inClass);
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      else if (c === "[" && rest[i + 1] === ":") {
        const end = rest.indexOf(":]", i + 2);
        const name = end < 0 ? void 0 : NAMED_CLASSES[rest.slice(i + 2, end)];
        if (name) {
          out += name;
          i = end + 1;
          continue;
        }
      }
      out += c === "[" ? "\\[" : c;
      continue;
    }
    if (c === "[") {
      inClass = true;
      out += c;
      if (rest[i + 1] === "^") out += rest[++i];
      if (rest[i + 1] === "]") {
        out += "\\]";
        i++;
      }
      continue;
    }
    if (c === "(" && rest.startsWith("(?>", i)) {
      out += "(?:";
      i += 2;
      continue;
    }
    if (c === "(" && rest.startsWith("(?P<", i)) {
      out += "(?<";
      i += 3;
      continue;
    }
    if (c === "(" && rest.startsWith("(?P=", i)) {
      const end = rest.indexOf(")", i);
      out += `\\k<${rest.slice(i + 4, end)}>`;
      i = end;
      continue;
    }
    if (c === "(" && /^\(\?[imsx-]+[):]/.test(rest.slice(i))) throw new Error("inline flags inside the pattern");
    if (c === "{") {
      const quantifier = /^\{(\d*)(?:([,-])(\d*))?\}/.exec(rest.slice(i));
      if (quantifier && (quantifier[1] !== "" || quantifier[2] !== void 0) && /[^|(^]$/.test(out)) {
        const [, min, separator, max] = quantifier;
        out += separator ? `{${min || "0"},${max}}` : `{${min}}`;
        i += quantifier[0].length - 1;
        if (rest[i + 1] === "+") i++;
        continue;
      }
      out += "\\{";
      continue;
    }
    if (c === "}" || c === "]") {
      out += `\\${c}`;
      continue;
    }
    if ((c === "*" || c === "+" || c === "?") && rest[i + 1] === "+") {
      out += c;
      i++;
      continue;
    }
    out += c;
  }
  if (inClass) throw new Error("unclosed class");
  return { source: out, flags };
}
function escapeFor(letter, inClass) {
  if (letter === "A") {
    if (inClass) throw new Error("\\A in a class");
    return "^";
  }
  if (letter === "Z" || letter === "z") {
    if (inClass) throw new Error("\\Z in a class");
    return "$";
  }
  if (letter === "h") return inClass ? " \\t" : "[ \\t]";
  if (letter === "a") return "\\x07";
  if (letter === "e") return "\\x1b";
  if (/[dDwWsSbBnrtfv0]/.test(letter) || /[1-9]/.test(letter)) return `\\${letter}`;
  if (letter === "x" || letter === "u" || letter === "c" || letter === "k") return `\\${letter}`;
  if (/[A-Za-z]/.test(letter)) throw new Error(`unknown escape \\${letter}`);
  if (SYNTAX.has(letter) || inClass && letter === "-") return `\\${letter}`;
  return letter;
}
function propertyClass(name, negated, inClass) {
  const key = name.replace(/^Is(?=[A-Z][a-z]+$)/, "").toLowerCase();
  const posix = NAMED_CLASSES[key];
  if (posix) {
    if (negated && inClass) throw new Error("negated class inside a class");
    if (inClass) return posix;
    return negated ? `[^${posix}]` : `[${posix}]`;
  }
  const java = JAVA_PROPERTIES[name.toLowerCase()];
  if (java && !negated) return inClass && java.startsWith("[") ? java.slice(1, -1) : java;
  if (/^In[A-Z]/.test(name)) throw new Error("Unicode blocks");
  const script = /^Is([A-Z][a-z]+)$/.exec(name)?.[1];
  return `\\${negated ? "P" : "p"}{${script ? `Script=${script}` : name}}`;
}

// src/core/schema/schema-validator.ts
var import_ajv = __toESM(require_ajv(), 1);
var import__ = __toESM(require__(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);

// src/core/schema/to-json-schema.ts
var ANNOTATIONS = /* @__PURE__ */ new Set(["example", "examples", "xml", "externalDocs", "deprecated", "discriminator"]);
function toJsonSchema(schema, direction, refBase, openapi, origin, document = {}) {
  const at = origin ? { ...origin } : void 0;
  const refs = { base: refBase, document, inlined: [] };
  return openapi === "3.1" ? convert31(schema, direction, refs, at) : convert30(schema, direction, refs, at);
}
var child = (at, ...segments) => at && { record: at.record, pointer: appendPointer(at.pointer, ...segments) };
function convert30(schema, direction, refs, at) {
  if (Array.isArray(schema)) return schema.map((s, i) => convert30(s, direction, refs, child(at, i)));
  if (schema === null || typeof schema !== "object") return schema;
  const node = schema;
  if (typeof node.$ref === "string") {
    const ref = convertRef(node.$ref, refs, (target) => convert30(target, direction, refs, void 0));
    at?.record(ref, at.pointer);
    return node.nullable === true ? orNull(ref) : ref;
  }
  const out = {};
  at?.record(out, at.pointer);
  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(key) || key === "nullable" || key.startsWith("x-")) continue;
    if (key === "properties" && value && typeof value === "object") {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [
          name,
          convert30(sub, direction, refs, child(at, "properties", name))
        ])
      );
    } else if (key === "exclusiveMinimum" || key === "exclusiveMaximum") {
      const bound = key === "exclusiveMinimum" ? node.minimum : node.maximum;
      if (value === true && typeof bound === "number") out[key] = bound;
      else if (typeof value === "number") out[key] = value;
    } else if (value !== null && typeof value === "object" && key !== "enum" && key !== "default" && key !== "const") {
      out[key] = convert30(value, direction, refs, child(at, key));
    } else {
      out[key] = value;
    }
  }
  if (out.exclusiveMinimum !== void 0 && node.exclusiveMinimum === true) delete out.minimum;
  if (out.exclusiveMaximum !== void 0 && node.exclusiveMaximum === true) delete out.maximum;
  dropOneSidedRequired(node, out, direction);
  applyDiscriminator(node, out, refs.base);
  if (node.nullable === true) addNull(out);
  return out;
}
function convert31(schema, direction, refs, at) {
  if (Array.isArray(schema)) return schema.map((s, i) => convert31(s, direction, refs, child(at, i)));
  if (schema === null || typeof schema !== "object") return schema;
  const node = schema;
  const out = {};
  at?.record(out, at.pointer);
  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
    if (key === "$ref" && typeof value === "string")
      Object.assign(
        out,
        convertRef(value, refs, (target) => convert31(target, direction, refs, void 0))
      );
    else if (key === "properties" && value && typeof value === "object") {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [
          name,
          convert31(sub, direction, refs, child(at, "properties", name))
        ])
      );
    } else if (value !== null && typeof value === "object" && key !== "enum" && key !== "default" && key !== "const") {
      out[key] = convert31(value, direction, refs, child(at, key));
    } else out[key] = value;
  }
  dropOneSidedRequired(node, out, direction);
  applyDiscriminator(node, out, refs.base);
  delete out.nullable;
  if (node.nullable === true) addNull(out);
  return out;
}
var COMPONENT_SCHEMA = /^#\/components\/schemas\/[^/]+$/;
function convertRef(ref, refs, convert) {
  if (!ref.startsWith("#")) return { $ref: ref };
  const target = getAtPointer(refs.document, ref);
  if (COMPONENT_SCHEMA.test(ref) && target !== void 0) return { $ref: `${refs.base}${ref}` };
  if (target === void 0 || refs.inlined.includes(ref) || refs.inlined.length > 16) return {};
  refs.inlined.push(ref);
  try {
    const inlined = convert(target);
    return inlined !== null && typeof inlined === "object" && !Array.isArray(inlined) ? inlined : {};
  } finally {
    refs.inlined.pop();
  }
}
function addNull(out) {
  if (typeof out.type === "string") out.type = [out.type, "null"];
  else if (Array.isArray(out.type) && !out.type.includes("null")) out.type = [...out.type, "null"];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (out.type === void 0 && (out.allOf || out.oneOf || out.anyOf)) {
    const inner = { ...out };
    for (const key of Object.keys(out)) delete out[key];
    Object.assign(out, orNull(inner));
  }
}
function orNull(schema) {
  return { if: { type: "null" }, else: schema };
}
function dropOneSidedRequired(node, out, direction) {
  if (!Array.isArray(node.required) || !node.properties || typeof node.properties !== "object") return;
  const hidden = direction === "request" ? "readOnly" : "writeOnly";
  const properties = node.properties;
  const required = node.required.filter((name) => properties[name]?.[hidden] !== true);
  if (required.length > 0) out.required = required;
  else delete out.required;
}
function applyDiscriminator(node, out, refBase) {
  const discriminator = node.discriminator;
  const branchKey = Array.isArray(out.oneOf) ? "oneOf" : Array.isArray(out.anyOf) ? "anyOf" : void 0;
  if (!discriminator || typeof discriminator.propertyName !== "string" || !branchKey) return;
  const property = discriminator.propertyName;
  const branches = out[branchKey];
  const byValue = /* @__PURE__ */ new Map();
  for (const [value, target] of Object.entries(discriminator.mapping ?? {})) {
    byValue.set(value, target.startsWith("#") ? `${refBase}${target}` : `${refBase}#/components/schemas/${target}`);
  }
  for (const branch of branches) {
    if (typeof branch.$ref !== "string") return;
    const name = branch.$ref.split("/").at(-1);
    if (![...byValue.values()].includes(branch.$ref)) byValue.set(name, branch.$ref);
  }
  delete out[branchKey];
  out.required = [.../* @__PURE__ */ new Set([...out.required ?? [], property])];
  out.allOf = [
    ...out.allOf ?? [],
    { properties: { [property]: { enum: [...byValue.keys()] } } },
    ...[...byValue].map(([value, ref]) => ({
      if: { properties: { [property]: { const: value } }, required: [property] },
      then: { $ref: ref }
    }))
  ];
}

// src/core/schema/schema-validator.ts
var addFormats = import_ajv_formats.default;
var SchemaValidator = class {
  #contract;
  #options;
  #instance;
  #cache = /* @__PURE__ */ new Map();
  #compiled = /* @__PURE__ */ new Map();
  #registered = /* @__PURE__ */ new Set();
  /** Converted schema node -> the contract pointer it came from (see SchemaOrigin). */
  #origins = /* @__PURE__ */ new WeakMap();
  #record = (converted, pointer) => this.#origins.set(converted, pointer);
  /** Schemas that could not be compiled (and so are not checked): pointer and ajv's reason. */
  compileErrors = [];
  constructor(contract, options = {}) {
    this.#contract = contract;
    this.#options = options;
  }
  /** Created on first use: a project of many contracts boots without paying for validators not yet needed. */
  get #ajv() {
    if (!this.#instance) {
      const ajvOptions = {
        allErrors: true,
        strict: false,
        logger: false,
        coerceTypes: this.#options.coerceTypes ? "array" : false,
        validateFormats: true,
        // Contract schemas are converted by toJsonSchema, not user JSON Schema: checking them against the
        // meta-schema costs 20-40 ms per instance at boot and finds nothing the compiler does not.
        validateSchema: false,
        // errors carry the schema node that failed (`parentSchema`), which #origins maps back to the contract
        verbose: true,
        // Components are compiled once each and called, not copied into every schema that refers to them:
        // a contract's hundreds of validators otherwise hold hundreds of copies of the same code.
        inlineRefs: false,
        code: { regExp: contractRegExp }
      };
      this.#instance = this.#contract.openapi === "3.1" ? new import__.Ajv2020(ajvOptions) : new import_ajv.Ajv(ajvOptions);
      addFormats(this.#instance);
      addOpenApiFormats(this.#instance);
    }
    return this.#instance;
  }
  /** A validator for the schema at `pointer` in the bundled contract (e.g. a response's media type schema). */
  forPointer(pointer, direction) {
    const target = this.#sharedTarget(pointer);
    const key = `${direction}:${target}`;
    let validate = this.#cache.get(key);
    if (!validate) {
      validate = this.#compile(getAtPointer(this.#contract.document, target), target, direction, key);
      this.#cache.set(key, validate);
    }
    if (target !== pointer) this.#compiled.set(`${direction}:${pointer}`, this.#compiled.get(key));
    return validate;
  }
  /**
   * A schema that is only a `$ref` to a component is compiled once, as that component: Twilio's 197 responses
   * name a few dozen schemas, and a contract of 30 MB would otherwise compile one copy per operation.
   * Its errors are located the same way (inside the component); 3.0 ignores a `$ref`'s siblings anyway.
   */
  #sharedTarget(pointer) {
    const node = getAtPointer(this.#contract.document, pointer);
    if (node === null || typeof node !== "object") return pointer;
    const ref = node.$ref;
    const alone = this.#contract.openapi === "3.0" || Object.keys(node).length === 1;
    const nullable = node.nullable === true;
    if (typeof ref !== "string" || !ref.startsWith("#/components/schemas/") || !alone || nullable) return pointer;
    return getAtPointer(this.#contract.document, ref.slice(1)) === void 0 ? pointer : ref.slice(1);
  }
  /** Whether a value fits the schema at `pointer`: the same compiled schema, without locating issues. */
  fitsPointer(pointer, direction) {
    this.forPointer(pointer, direction);
    const compiled = this.#compiled.get(`${direction}:${pointer}`);
    return (value) => compiled(value);
  }
  /** Whether a value fits a schema that is not in the contract: a plain check, no issues located. */
  fitsSchema(schema, direction) {
    const compiled = this.#compileRaw(schema, direction);
    return (value) => compiled(value);
  }
  /** A validator for a schema that is not in the contract (refs still resolve against its components). */
  forSchema(schema, pointer, direction) {
    return this.#compile(schema, pointer, direction);
  }
  #compileRaw(schema, direction, origin) {
    const base = this.#register(direction);
    const converted = toJsonSchema(
      schema ?? {},
      direction,
      base,
      this.#contract.openapi,
      origin,
      this.#contract.document
    );
    try {
      return this.#ajv.compile(typeof converted === "object" && converted !== null ? converted : {});
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.compileErrors.push({ pointer: origin?.pointer ?? "", message });
      return this.#ajv.compile({});
    }
  }
  #compile(schema, pointer, direction, key) {
    const base = this.#register(direction);
    const compiled = this.#compileRaw(schema, direction, { pointer, record: this.#record });
    if (key) this.#compiled.set(key, compiled);
    return (value) => {
      if (compiled(value)) return [];
      const errors = (compiled.errors ?? []).filter((error) => error.keyword !== "if");
      return errors.map((error) => this.#toIssue(error, value, pointer, base));
    };
  }
  #register(direction) {
    const base = `mockforge://contract/${direction}`;
    if (!this.#registered.has(direction)) {
      const components = this.#contract.document.components ?? {};
      const schemas = components.schemas ?? {};
      const convertedSchemas = Object.fromEntries(
        Object.entries(schemas).map(([name, s]) => [
          name,
          toJsonSchema(
            s,
            direction,
            base,
            this.#contract.openapi,
            { pointer: appendPointer("/components/schemas", name), record: this.#record },
            this.#contract.document
          )
        ])
      );
      this.#ajv.addSchema({ $id: base, components: { schemas: convertedSchemas } });
      this.#registered.add(direction);
    }
    return base;
  }
  #violatedKeyword(error, pointer, base) {
    const document = this.#contract.document;
    const origin = error.parentSchema ? this.#origins.get(error.parentSchema) : void 0;
    if (origin !== void 0) return keywordPointer(document, origin, error.keyword);
    const schemaPath = error.schemaPath.startsWith(base) ? error.schemaPath.slice(base.length) : error.schemaPath;
    const absolute = schemaPath.startsWith("#/components/") ? schemaPath.slice(1) : pointer + schemaPath.slice(1);
    return nearestExisting(document, absolute);
  }
  #toIssue(error, value, pointer, base) {
    const schemaPointer = this.#violatedKeyword(error, pointer, base);
    const { exact: _exact, ...location } = this.#contract.sourceMap.locate(schemaPointer);
    let instancePath = error.instancePath;
    if (error.keyword === "required") instancePath += `/${escapePointerSegment(String(error.params.missingProperty))}`;
    if (error.keyword === "additionalProperties") {
      instancePath += `/${escapePointerSegment(String(error.params.additionalProperty))}`;
    }
    return {
      instancePath,
      actual: getAtPointer(value, instancePath),
      keyword: error.keyword,
      message: describe(error),
      schemaPointer,
      location
    };
  }
};
function keywordPointer(document, node, keyword) {
  const withKeyword = appendPointer(node, keyword);
  return getAtPointer(document, withKeyword) !== void 0 ? withKeyword : node;
}
function nearestExisting(document, pointer) {
  const segments = parsePointer(pointer);
  segments.pop();
  let kept = [];
  let node = document;
  for (const segment of segments) {
    if (node === null || typeof node !== "object") continue;
    for (let hops = 0; hops < 10 && !Object.hasOwn(node, segment); hops++) {
      const ref = node.$ref;
      if (typeof ref !== "string" || !ref.startsWith("#/")) break;
      const target = getAtPointer(document, ref.slice(1));
      if (target === null || typeof target !== "object") break;
      node = target;
      kept = parsePointer(ref.slice(1));
    }
    if (!Object.hasOwn(node, segment)) continue;
    node = node[segment];
    kept.push(segment);
  }
  return formatPointer(kept);
}
function describe(error) {
  switch (error.keyword) {
    case "required":
      return `missing required property '${String(error.params.missingProperty)}'`;
    case "additionalProperties":
      return `property '${String(error.params.additionalProperty)}' is not allowed`;
    case "type":
      return `must be ${String(error.params.type)}`;
    case "enum":
      return `must be one of ${JSON.stringify(error.params.allowedValues)}`;
    default:
      return error.message ?? `fails '${error.keyword}'`;
  }
}
var UNCHECKED = { test: () => true };
var contractRegExp = Object.assign((pattern) => patternRegex(pattern) ?? UNCHECKED, {
  code: "contractRegExp"
});
function addOpenApiFormats(ajv) {
  ajv.addFormat("int32", {
    type: "number",
    validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31
  });
  ajv.addFormat("int64", { type: "number", validate: (n) => Number.isInteger(n) });
  ajv.addFormat("float", { type: "number", validate: () => true });
  ajv.addFormat("double", { type: "number", validate: () => true });
  ajv.addFormat("byte", /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);
  ajv.addFormat("binary", true);
  ajv.addFormat("password", true);
}

// src/core/mock/contract-node.ts
function resolveNode(document, pointer) {
  let current = pointer;
  const seen = /* @__PURE__ */ new Set();
  for (; ; ) {
    const node = getAtPointer(document, current);
    if (node === null || typeof node !== "object" || Array.isArray(node)) return void 0;
    const ref = node.$ref;
    if (typeof ref !== "string") return { node, pointer: current };
    if (!ref.startsWith("#") || seen.has(ref)) return void 0;
    seen.add(ref);
    current = ref.slice(1);
  }
}
function resolveChild(document, parent, ...segments) {
  return resolveNode(document, appendPointer(parent, ...segments));
}

// src/core/mock/random.ts
function hashSeed(...parts) {
  let hash = 2166136261;
  for (const part of parts) {
    const text = `${String(part)}\0`;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 16777619);
    }
  }
  return hash >>> 0;
}
function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/core/schema/string-for-pattern.ts
var POOL = [
  ..." !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~",
  "\xE9",
  "\xDF",
  "\u03A9",
  "\u0436",
  "\u4E2D",
  "	",
  "\n"
];
var TRIES = 12;
var classChoices = /* @__PURE__ */ new Map();
function stringForPattern(pattern, random, options = {}) {
  const regex = patternRegex(pattern);
  if (!regex) return void 0;
  let tree;
  try {
    tree = new Parser(regex.source, regex.flags).alternation();
  } catch {
    return void 0;
  }
  const min = options.minLength ?? 0;
  const max = options.maxLength ?? Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const spread = attempt % 3 === 0 ? { extra: 3, fixed: false } : attempt % 3 === 1 ? { extra: 0, fixed: true } : { extra: Math.max(3, min), fixed: true };
    const groups = /* @__PURE__ */ new Map();
    let value;
    try {
      value = emit(tree, random, spread, groups);
    } catch {
      return void 0;
    }
    const length = [...value].length;
    if (length >= min && length <= max && regex.test(value)) return value;
  }
  return void 0;
}
function emit(node, random, spread, groups) {
  switch (node.kind) {
    case "text":
      return node.text;
    case "chars":
      return node.choices[Math.floor(random() * node.choices.length)];
    case "seq":
      return node.items.map((item) => emit(item, random, spread, groups)).join("");
    case "alt":
      return emit(node.options[Math.floor(random() * node.options.length)], random, spread, groups);
    case "group": {
      const text = emit(node.body, random, spread, groups);
      if (node.name !== void 0) groups.set(node.name, text);
      return text;
    }
    case "repeat": {
      const top = Math.min(node.max, node.min + spread.extra);
      const count = spread.fixed ? top : node.min + Math.floor(random() * (top - node.min + 1));
      let out = "";
      for (let i = 0; i < count; i++) out += emit(node.body, random, spread, groups);
      return out;
    }
    case "backref":
      return groups.get(node.name) ?? "";
  }
}
var Parser = class {
  constructor(source, flags) {
    this.source = source;
    this.#flags = flags.replace(/[gy]/g, "");
  }
  source;
  #i = 0;
  #groups = 0;
  #flags;
  alternation() {
    const options = [this.sequence()];
    while (this.source[this.#i] === "|") {
      this.#i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0] : { kind: "alt", options };
  }
  sequence() {
    const items = [];
    while (this.#i < this.source.length && this.source[this.#i] !== "|" && this.source[this.#i] !== ")") {
      const atom = this.atom();
      if (atom) items.push(this.quantified(atom));
    }
    return { kind: "seq", items };
  }
  atom() {
    const start = this.#i;
    const c = this.source[this.#i++];
    if (c === "^" || c === "$") return void 0;
    if (c === "(") return this.group();
    if (c === "[") {
      this.skipClass();
      return this.charsMatching(this.source.slice(start, this.#i));
    }
    if (c === ".") return this.charsMatching(".");
    if (c === "\\") return this.escape(start);
    return { kind: "text", text: c };
  }
  group() {
    let name;
    if (this.source[this.#i] === "?") {
      const rest = this.source.slice(this.#i);
      const lookaround = /^\?<?[=!]/.exec(rest);
      if (lookaround) {
        this.#i += lookaround[0].length;
        this.alternation();
        this.expect(")");
        return void 0;
      }
      const named = /^\?<([A-Za-z_$][\w$]*)>/.exec(rest);
      if (named) {
        this.#groups++;
        name = named[1];
        this.#i += named[0].length;
      } else if (rest.startsWith("?:")) this.#i += 2;
      else throw new Error("unknown group");
    } else name = String(++this.#groups);
    const index = String(this.#groups);
    const body = this.alternation();
    this.expect(")");
    if (name !== void 0 && name !== index) {
      return { kind: "group", name, body: { kind: "group", name: index, body } };
    }
    return { kind: "group", name, body };
  }
  escape(start) {
    const c = this.source[this.#i++];
    if (c === "b" || c === "B") return void 0;
    if (/[1-9]/.test(c)) {
      let digits = c;
      while (/\d/.test(this.source[this.#i] ?? "")) digits += this.source[this.#i++];
      return { kind: "backref", name: digits };
    }
    if (c === "k" && this.source[this.#i] === "<") {
      const end = this.source.indexOf(">", this.#i);
      const name = this.source.slice(this.#i + 1, end);
      this.#i = end + 1;
      return { kind: "backref", name };
    }
    if ((c === "p" || c === "P") && this.source[this.#i] === "{") this.#i = this.source.indexOf("}", this.#i) + 1;
    else if (c === "x") this.#i += 2;
    else if (c === "u" && this.source[this.#i] === "{") this.#i = this.source.indexOf("}", this.#i) + 1;
    else if (c === "u") this.#i += 4;
    else if (c === "c") this.#i += 1;
    return this.charsMatching(this.source.slice(start, this.#i));
  }
  /** The characters of the pool that one class, escape or `.` accepts, tested with that atom itself. */
  charsMatching(atom) {
    const flags = this.#flags.replace(/m/g, "");
    const key = `${flags}/${atom}`;
    let choices = classChoices.get(key);
    if (!choices) {
      const test = new RegExp(`^${atom}$`, flags);
      const all = POOL.filter((c) => test.test(c));
      const plain = all.filter((c) => /[A-Za-z0-9]/.test(c));
      choices = plain.length >= 3 && plain.length * 2 >= all.length ? plain : all;
      if (classChoices.size > 5e3) classChoices.clear();
      classChoices.set(key, choices);
    }
    if (choices.length === 0) throw new Error(`nothing in the pool matches ${atom}`);
    return { kind: "chars", choices };
  }
  skipClass() {
    if (this.source[this.#i] === "^") this.#i++;
    if (this.source[this.#i] === "]") this.#i++;
    while (this.#i < this.source.length && this.source[this.#i] !== "]") {
      if (this.source[this.#i] === "\\") this.#i++;
      this.#i++;
    }
    this.expect("]");
  }
  quantified(atom) {
    const rest = this.source.slice(this.#i);
    const match = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(rest);
    if (!match) return atom;
    this.#i += match[0].length;
    const [, symbol, low, comma, high] = match;
    if (symbol === "*") return { kind: "repeat", body: atom, min: 0, max: Number.POSITIVE_INFINITY };
    if (symbol === "+") return { kind: "repeat", body: atom, min: 1, max: Number.POSITIVE_INFINITY };
    if (symbol === "?") return { kind: "repeat", body: atom, min: 0, max: 1 };
    const min = Number(low);
    const max = comma === void 0 ? min : high === "" ? Number.POSITIVE_INFINITY : Number(high);
    return { kind: "repeat", body: atom, min, max };
  }
  expect(char) {
    if (this.source[this.#i] !== char) throw new Error(`expected ${char}`);
    this.#i++;
  }
};

// src/core/mock/data/flatten-schema.ts
var MAX_REF_HOPS = 32;
function flattenSchema(raw, walk) {
  const refs = [...walk.refs];
  let entity = walk.entity;
  let node = raw;
  let siblings = {};
  for (let hops = 0; isObject(node) && typeof node.$ref === "string"; hops++) {
    const ref = node.$ref;
    if (walk.context.openapi === "3.1") {
      const { $ref: _ref, ...rest } = node;
      siblings = { ...rest, ...siblings };
    }
    if (!ref.startsWith("#") || hops >= MAX_REF_HOPS) return { schema: {}, entity, refs };
    refs.push(ref);
    const name = /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1];
    if (name) entity = decodeURIComponent(name).replace(/~1/g, "/").replace(/~0/g, "~");
    node = getAtPointer(walk.context.document, ref);
  }
  if (node === true || node === void 0 || node === null) return { schema: { ...siblings }, entity, refs };
  if (!isObject(node)) return { schema: { not: {} }, entity, refs };
  let schema = { ...node, ...siblings };
  const inner = { ...walk, refs, entity };
  if (Array.isArray(schema.allOf)) {
    const { allOf, ...rest } = schema;
    schema = rest;
    for (const branch of allOf) {
      const flat = flattenSchema(branch, inner);
      schema = mergeSchemas(schema, flat.schema);
      tagInheritedDiscriminator(schema, flat.schema, entity, inner);
    }
  }
  for (const key of ["oneOf", "anyOf"]) {
    const branches = schema[key];
    if (!Array.isArray(branches) || branches.length === 0) continue;
    const { [key]: _branches, ...rest } = schema;
    const chosen = branches[branchIndex(walk, branches.length)];
    const flat = flattenSchema(chosen, inner);
    schema = mergeSchemas(rest, flat.schema);
    const discriminator = rest.discriminator;
    if (discriminator && typeof discriminator.propertyName === "string" && isObject(chosen)) {
      const value = discriminatorValue(discriminator.mapping, chosen.$ref);
      if (value !== void 0) fixProperty(schema, discriminator.propertyName, value);
    }
  }
  if (isObject(schema.if) || schema.if === true) schema = applyCondition(schema, inner);
  return { schema, entity, refs };
}
function applyCondition(schema, walk) {
  const { if: condition, then: consequence, else: alternative, ...rest } = schema;
  if (consequence !== void 0)
    return mergeSchemas(
      mergeSchemas(rest, flattenSchema(condition, walk).schema),
      flattenSchema(consequence, walk).schema
    );
  if (alternative !== void 0) return mergeSchemas(rest, flattenSchema(alternative, walk).schema);
  return rest;
}
function branchIndex(walk, count) {
  const variant = walk.context.variant ?? 0;
  if (variant < count) return variant % count;
  return hashSeed(walk.path.join("/"), variant) % count;
}
function discriminatorValue(mapping, ref) {
  if (typeof ref !== "string") return void 0;
  for (const [value, target] of Object.entries(mapping ?? {})) {
    if (target === ref || `#/components/schemas/${target}` === ref) return value;
  }
  return ref.split("/").at(-1);
}
function tagInheritedDiscriminator(schema, branch, entity, walk) {
  const discriminator = branch.discriminator;
  if (!discriminator || typeof discriminator.propertyName !== "string" || !entity) return;
  const ownRef = walk.refs.findLast((ref) => ref.startsWith("#/components/schemas/"));
  const value = discriminatorValue(discriminator.mapping, ownRef) ?? entity;
  const property = (schema.properties ?? {})[discriminator.propertyName];
  if (isObject(property) && (property.enum || property.const !== void 0 || property.$ref)) return;
  fixProperty(schema, discriminator.propertyName, value);
}
function fixProperty(schema, property, value) {
  const properties = { ...schema.properties ?? {} };
  properties[property] = { type: "string", const: value };
  schema.properties = properties;
  const required = Array.isArray(schema.required) ? schema.required : [];
  if (!required.includes(property)) schema.required = [...required, property];
}
var LOWER_BOUNDS = ["minimum", "minLength", "minItems", "minProperties"];
var UPPER_BOUNDS = ["maximum", "maxLength", "maxItems", "maxProperties"];
function mergeSchemas(a, b) {
  const out = { ...b, ...a };
  for (const key of LOWER_BOUNDS)
    if (typeof a[key] === "number" && typeof b[key] === "number") out[key] = Math.max(a[key], b[key]);
  for (const key of UPPER_BOUNDS)
    if (typeof a[key] === "number" && typeof b[key] === "number") out[key] = Math.min(a[key], b[key]);
  if (a.properties || b.properties) {
    const properties = { ...b.properties ?? {} };
    for (const [name, sub] of Object.entries(a.properties ?? {})) {
      properties[name] = name in properties ? { allOf: [sub, properties[name]] } : sub;
    }
    out.properties = properties;
  }
  if (Array.isArray(a.required) || Array.isArray(b.required)) {
    out.required = [.../* @__PURE__ */ new Set([...a.required ?? [], ...b.required ?? []])];
  }
  if (a.type !== void 0 && b.type !== void 0) out.type = intersectTypes(a.type, b.type);
  if (Array.isArray(a.enum) && Array.isArray(b.enum)) {
    const other = b.enum.map((v) => JSON.stringify(v));
    out.enum = a.enum.filter((v) => other.includes(JSON.stringify(v)));
  }
  if (a.items !== void 0 && b.items !== void 0) out.items = { allOf: [a.items, b.items] };
  if (a.unevaluatedProperties === false || b.unevaluatedProperties === false) out.unevaluatedProperties = false;
  if (isObject(a.dependentRequired) && isObject(b.dependentRequired))
    out.dependentRequired = { ...b.dependentRequired, ...a.dependentRequired };
  if (isObject(a.patternProperties) && isObject(b.patternProperties))
    out.patternProperties = { ...b.patternProperties, ...a.patternProperties };
  if (a.additionalProperties === false || b.additionalProperties === false) out.additionalProperties = false;
  const patterns = [a.pattern, b.pattern, ...a["x-mf-patterns"] ?? [], ...b["x-mf-patterns"] ?? []];
  const distinct = [...new Set(patterns.filter((p) => typeof p === "string"))];
  if (distinct.length > 1) out["x-mf-patterns"] = distinct.slice(1);
  return out;
}
function intersectTypes(a, b) {
  const left = Array.isArray(a) ? a : [a];
  const right = Array.isArray(b) ? b : [b];
  const both = left.filter((t) => right.includes(t) || t === "integer" && right.includes("number"));
  for (const t of right) if (t === "integer" && left.includes("number") && !both.includes(t)) both.push(t);
  if (both.length === 0) return a;
  return both.length === 1 ? both[0] : both;
}

// src/core/mock/data/pick.ts
function randomAt(walk, salt = "") {
  return createRandom(hashSeed(walk.context.seed, walk.path.join("/"), salt));
}
function personaAt(walk) {
  return createRandom(hashSeed(walk.context.seed, walk.path.slice(0, -1).join("/"), "persona"));
}
function pick(random, items) {
  return items[Math.floor(random() * items.length)];
}
function between(random, low, high) {
  return low + Math.floor(random() * (high - low + 1));
}
function fieldName(walk) {
  for (let i = walk.path.length - 1; i >= 0; i--) {
    const segment = walk.path[i];
    if (!/^\d+$/.test(segment)) return segment;
  }
  return "";
}
function toSnake(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "").toLowerCase();
}

// src/core/mock/data/name-hints.ts
var FIRST = ["Alice", "Bob", "Carol", "David", "Erin", "Frank", "Grace", "Heidi", "Ivan", "Judy"];
var LAST = ["Johnson", "Smith", "Garcia", "Miller", "Chen", "Okafor", "Novak", "Silva", "Kim", "Dubois"];
var PRODUCTS = ["Laptop", "Wireless Mouse", "Desk Lamp", "Notebook", "Headphones", "Coffee Mug", "Backpack"];
var CITIES = ["Lisbon", "Toronto", "Nairobi", "Osaka", "Berlin", "Austin", "Melbourne"];
var COUNTRIES = ["US", "DE", "JP", "BR", "KE", "CA", "FR"];
var CURRENCIES = ["USD", "EUR", "GBP", "JPY"];
var STATUSES = ["active", "pending", "completed"];
var WORDS = ["alpha", "bravo", "delta", "echo", "lima", "nova", "orbit", "pixel", "quartz", "sigma"];
var PRODUCT_LIKE = /product|item|article|sku|good/;
function hintString(field, entity, random, persona = random) {
  const name = toSnake(field);
  const owner = toSnake(entity ?? "");
  const first = pick(persona, FIRST);
  const last = pick(persona, LAST);
  if (name === "id") return `${singular(owner.split("_").at(-1) || "item")}_${between(random, 100, 999)}`;
  if (/^(.+)_ids?$/.test(name))
    return `${singular(
      name.replace(/_ids?$/, "").split("_").at(-1)
    )}_${between(random, 100, 999)}`;
  if (name === "uuid" || name === "guid") return uuidFrom(random);
  if (name === "first_name" || name === "given_name") return first;
  if (name === "last_name" || name === "family_name" || name === "surname") return last;
  if (name === "name" || name === "full_name" || name === "display_name" || name.endsWith("_name")) {
    if (PRODUCT_LIKE.test(owner) || PRODUCT_LIKE.test(name)) return pick(random, PRODUCTS);
    return name === "username" || name === "user_name" ? `${first.toLowerCase()}${between(random, 1, 99)}` : `${first} ${last}`;
  }
  if (name === "username" || name === "login") return `${first.toLowerCase()}${between(random, 1, 99)}`;
  if (name === "email" || name.endsWith("_email")) return `${first.toLowerCase()}.${last.toLowerCase()}@example.com`;
  if (name === "url" || name.endsWith("_url") || name === "website" || name === "href" || name === "uri" || name.endsWith("_uri"))
    return `https://example.com/${pick(random, WORDS)}/${between(random, 1, 999)}`;
  if (name === "phone" || name.endsWith("_phone") || name.startsWith("phone_") || name === "mobile")
    return `+1555${String(between(random, 0, 9999999)).padStart(7, "0")}`;
  if (name.endsWith("_at") || name === "timestamp") return dateTimeFrom(random);
  if (name.endsWith("_date") || name === "date" || name === "birthday") return dateTimeFrom(random).slice(0, 10);
  if (name === "city") return pick(random, CITIES);
  if (name === "country" || name === "country_code") return pick(random, COUNTRIES);
  if (name === "currency") return pick(random, CURRENCIES);
  if (name === "status" || name === "state") return pick(random, STATUSES);
  if (name === "description" || name === "summary" || name === "comment" || name === "notes")
    return `${capitalize(pick(random, WORDS))} ${pick(random, WORDS)} ${pick(random, WORDS)}.`;
  if (name === "title") return `${capitalize(pick(random, WORDS))} ${pick(random, WORDS)}`;
  if (name === "password" || name === "secret") return `Pw-${pick(random, WORDS)}-${between(random, 1e3, 9999)}`;
  if (name === "token" || name.endsWith("_token")) return `tok_${hex(random, 24)}`;
  return void 0;
}
function hintNumber(field) {
  const name = toSnake(field);
  if (/(^|_)(price|amount|total|cost|balance|subtotal|fee|tax)$/.test(name)) return { low: 1, high: 1e3, decimals: 2 };
  if (/(^|_)(quantity|qty|count)$/.test(name) || name.startsWith("num_")) return { low: 1, high: 10, decimals: 0 };
  if (name === "age") return { low: 18, high: 80, decimals: 0 };
  if (name === "year") return { low: 2015, high: 2025, decimals: 0 };
  if (name === "rating" || name === "score") return { low: 1, high: 5, decimals: 0 };
  if (name === "page" || name === "limit" || name === "page_size" || name === "per_page")
    return { low: 1, high: 50, decimals: 0 };
  return void 0;
}
function randomWord(random) {
  return pick(random, WORDS);
}
function singular(word) {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}
function uuidFrom(random) {
  const h = hex(random, 32).split("");
  h[12] = "4";
  h[16] = "89ab"[Math.floor(random() * 4)];
  const s = h.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
function dateTimeFrom(random) {
  const start = Date.UTC(2020, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  return new Date(start + Math.floor(random() * span / 1e3) * 1e3).toISOString().replace(".000Z", "Z");
}
function hex(random, length) {
  let out = "";
  for (let i = 0; i < length; i++) out += "0123456789abcdef"[Math.floor(random() * 16)];
  return out;
}
function capitalize(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// src/core/mock/data/generate-string.ts
var PATTERN_TRIES = 3;
function generateString(schema, walk) {
  const random = randomAt(walk);
  const format = typeof schema.format === "string" ? schema.format : void 0;
  if (format) {
    const formatted = formatValue(format, walk, random);
    if (formatted !== void 0 && fits(formatted, schema)) return formatted;
  }
  if (typeof schema.pattern === "string") {
    const lengths = {
      minLength: numberOr(schema.minLength, 0),
      maxLength: numberOr(schema.maxLength, Number.POSITIVE_INFINITY)
    };
    for (let i = 0; i < PATTERN_TRIES; i++) {
      const value = stringForPattern(schema.pattern, randomAt(walk, `pattern${i}`), lengths);
      if (value !== void 0 && fits(value, schema)) return value;
    }
  }
  const hinted = hintString(fieldName(walk), walk.entity, random, personaAt(walk));
  if (hinted !== void 0 && fits(hinted, schema)) return hinted;
  return sizeTo(`${randomWord(random)}-${between(random, 100, 999)}`, schema, random);
}
function formatValue(format, walk, random) {
  const hinted = hintString(fieldName(walk), walk.entity, random, personaAt(walk));
  switch (format) {
    case "email":
    case "idn-email":
      return hinted?.includes("@") ? hinted : `user${between(random, 1, 999)}@example.com`;
    case "uuid":
      return uuidFrom(random);
    case "date-time":
      return dateTimeFrom(random);
    case "date":
      return dateTimeFrom(random).slice(0, 10);
    case "time":
      return `${dateTimeFrom(random).slice(11, 19)}Z`;
    case "duration":
      return `PT${between(random, 1, 59)}M`;
    case "uri":
    case "url":
    case "iri":
    case "uri-reference":
    case "iri-reference":
      return hinted?.startsWith("https://") ? hinted : `https://example.com/${randomWord(random)}/${between(random, 1, 999)}`;
    case "uri-template":
      return `https://example.com/${randomWord(random)}/{id}`;
    case "hostname":
    case "idn-hostname":
      return `${randomWord(random)}.example.com`;
    case "ipv4":
      return `192.0.2.${between(random, 1, 254)}`;
    case "ipv6":
      return `2001:db8::${hex(random, 4).replace(/^0+(?=.)/, "")}`;
    case "byte":
      return Buffer.from(`${randomWord(random)}-${between(random, 100, 999)}`).toString("base64");
    case "binary":
      return `${randomWord(random)}-${between(random, 100, 999)}`;
    case "password":
      return `Pw-${randomWord(random)}-${between(random, 1e3, 9999)}`;
    case "json-pointer":
      return `/${randomWord(random)}/${between(random, 0, 9)}`;
    case "regex":
      return "^[a-z]+$";
    case "phone-number":
      return `+1555${String(between(random, 0, 9999999)).padStart(7, "0")}`;
    case "date-time-rfc-2822":
      return new Date(dateTimeFrom(random)).toUTCString().replace("GMT", "+0000");
    case "http-method":
      return pick(random, ["GET", "POST"]);
    case "currency":
      return pick(random, ["USD", "EUR", "GBP"]);
    case "iso-country-code":
      return pick(random, ["US", "DE", "JP"]);
    default:
      return void 0;
  }
}
function sizeTo(text, schema, random) {
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : Number.POSITIVE_INFINITY;
  let out = text;
  while ([...out].length < min) out += randomWord(random);
  return [...out].slice(0, Math.max(max, 0)).join("");
}
function fits(value, schema) {
  const length = [...value].length;
  if (typeof schema.minLength === "number" && length < schema.minLength) return false;
  if (typeof schema.maxLength === "number" && length > schema.maxLength) return false;
  const patterns = [schema.pattern, ...schema["x-mf-patterns"] ?? []];
  for (const pattern of patterns) {
    if (typeof pattern === "string" && patternRegex(pattern)?.test(value) === false) return false;
  }
  return true;
}
function numberOr(value, fallback) {
  return typeof value === "number" ? value : fallback;
}

// src/core/mock/data/fits-schema.ts
function typeOf(schema) {
  const declared = Array.isArray(schema.type) ? schema.type.filter((t) => t !== "null") : [schema.type];
  const type = declared[0];
  if (typeof type === "string") return type;
  if (Array.isArray(schema.type)) return "null";
  if (schema.properties || schema.additionalProperties !== void 0 || schema.required || schema.patternProperties || schema.dependentRequired)
    return "object";
  if (schema.items !== void 0 || schema.prefixItems !== void 0 || schema.contains !== void 0) return "array";
  if (typeof schema.minimum === "number" || typeof schema.maximum === "number" || schema.multipleOf !== void 0)
    return "number";
  return "string";
}
function exampleOf(schema) {
  if ("example" in schema && schema.example !== null) return { value: schema.example };
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return { value: schema.examples[0] };
  return void 0;
}
function fitsSchema(value, schema, walk, depth = 0) {
  if (depth > 32) return true;
  if ("const" in schema && JSON.stringify(schema.const) !== JSON.stringify(value)) return false;
  if (Array.isArray(schema.enum) && !schema.enum.some((v) => JSON.stringify(v) === JSON.stringify(value))) return false;
  const type = typeOf(schema);
  if (value === null)
    return schema.nullable === true || schema.type === "null" || Array.isArray(schema.type) && schema.type.includes("null");
  const sub = (v, raw) => fitsSchema(v, flattenSchema(raw, walk).schema, walk, depth + 1);
  switch (type) {
    case "object": {
      if (!isObject(value)) return false;
      const properties = isObject(schema.properties) ? schema.properties : {};
      const required = Array.isArray(schema.required) ? schema.required : [];
      if (required.some((name) => !(name in value))) return false;
      return Object.entries(value).every(
        ([key, v]) => key in properties ? sub(v, properties[key]) : schema.additionalProperties === false ? false : isObject(schema.additionalProperties) ? sub(v, schema.additionalProperties) : true
      );
    }
    case "array": {
      if (!Array.isArray(value)) return false;
      if (typeof schema.minItems === "number" && value.length < schema.minItems) return false;
      if (typeof schema.maxItems === "number" && value.length > schema.maxItems) return false;
      return schema.items === void 0 || value.every((item) => sub(item, schema.items));
    }
    case "integer":
    case "number": {
      if (typeof value !== "number" || type === "integer" && !Number.isInteger(value)) return false;
      return generateNumberFits(value, schema);
    }
    case "boolean":
      return typeof value === "boolean";
    case "string":
      return typeof value === "string" && fits(value, schema) && formatFits(value, schema.format);
    default:
      return false;
  }
}
function generateNumberFits(value, schema) {
  if (typeof schema.minimum === "number" && value < schema.minimum) return false;
  if (typeof schema.maximum === "number" && value > schema.maximum) return false;
  if (typeof schema.exclusiveMinimum === "number" && value <= schema.exclusiveMinimum) return false;
  if (typeof schema.exclusiveMaximum === "number" && value >= schema.exclusiveMaximum) return false;
  if (schema.exclusiveMinimum === true && value === schema.minimum) return false;
  if (schema.exclusiveMaximum === true && value === schema.maximum) return false;
  if (typeof schema.multipleOf === "number" && value / schema.multipleOf !== Math.trunc(value / schema.multipleOf))
    return false;
  return true;
}
var FORMAT_CHECKS = {
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  "date-time": /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i,
  date: /^\d{4}-\d\d-\d\d$/,
  uri: /^[a-z][a-z0-9+.-]*:[^\s]*$/i,
  url: /^[a-z][a-z0-9+.-]*:[^\s]*$/i,
  ipv4: /^(\d{1,3}\.){3}\d{1,3}$/,
  hostname: /^[a-z0-9]([a-z0-9-.]*[a-z0-9])?$/i
};
function formatFits(value, format) {
  const check = typeof format === "string" ? FORMAT_CHECKS[format] : void 0;
  return !check || check.test(value);
}

// src/core/mock/data/generate-number.ts
var INT32 = 2 ** 31;
function generateNumber(schema, walk, integer) {
  const random = randomAt(walk);
  const bounds = boundsOf(schema, integer);
  const hint = hintNumber(fieldName(walk)) ?? { low: 1, high: integer ? 1e3 : 100, decimals: integer ? 0 : 2 };
  let low = Math.max(bounds.low, hint.low);
  let high = Math.min(bounds.high, hint.high);
  if (low > high) {
    low = Number.isFinite(bounds.low) ? bounds.low : bounds.high - (hint.high - hint.low);
    high = Number.isFinite(bounds.high) ? bounds.high : low + (hint.high - hint.low);
  }
  const step = typeof schema.multipleOf === "number" && schema.multipleOf > 0 ? schema.multipleOf : void 0;
  if (step) return onGrid(step, low, high, random(), integer) ?? low;
  const decimals = integer ? 0 : hint.decimals;
  const factor = 10 ** decimals;
  let value = Math.round((low + random() * (high - low)) * factor) / factor;
  if (integer) value = Math.round(value);
  if (value < low || value > high) value = integer ? Math.ceil(low) : low;
  if (!within(value, bounds)) value = integer ? Math.ceil((low + high) / 2) : (low + high) / 2;
  return value;
}
function boundsOf(schema, integer) {
  let low = typeof schema.minimum === "number" ? schema.minimum : Number.NEGATIVE_INFINITY;
  let high = typeof schema.maximum === "number" ? schema.maximum : Number.POSITIVE_INFINITY;
  const exclusiveLow = schema.exclusiveMinimum === true ? low : typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum : void 0;
  const exclusiveHigh = schema.exclusiveMaximum === true ? high : typeof schema.exclusiveMaximum === "number" ? schema.exclusiveMaximum : void 0;
  if (exclusiveLow !== void 0)
    low = Math.max(low === exclusiveLow ? Number.NEGATIVE_INFINITY : low, nudge(exclusiveLow, 1, integer, high));
  if (exclusiveHigh !== void 0)
    high = Math.min(high === exclusiveHigh ? Number.POSITIVE_INFINITY : high, nudge(exclusiveHigh, -1, integer, low));
  if (schema.format === "int32") [low, high] = [Math.max(low, -INT32), Math.min(high, INT32 - 1)];
  if (integer) [low, high] = [Math.ceil(low), Math.floor(high)];
  return { low, high, exclusiveLow, exclusiveHigh };
}
function nudge(bound, direction, integer, other) {
  if (integer) return direction > 0 ? Math.floor(bound) + 1 : Math.ceil(bound) - 1;
  const room = Number.isFinite(other) ? Math.abs(other - bound) / 2 : 1;
  return bound + direction * Math.min(0.01, room);
}
function within(value, bounds) {
  if (value < bounds.low || value > bounds.high) return false;
  return value !== bounds.exclusiveLow && value !== bounds.exclusiveHigh;
}
function onGrid(step, low, high, draw, integer) {
  const first = Math.ceil(low / step);
  const last = Math.floor(high / step);
  if (first > last) return void 0;
  const start = first + Math.floor(draw * Math.min(last - first + 1, 1e3));
  const decimals = Math.min(12, (String(step).split(".")[1] ?? "").length);
  for (let i = 0; i < 200; i++) {
    for (const k of [start + i, start - i]) {
      if (k < first || k > last) continue;
      const value = Number((k * step).toFixed(decimals));
      if (value / step === Math.trunc(value / step) && value >= low && value <= high && (!integer || Number.isInteger(value)))
        return value;
    }
  }
  return void 0;
}

// src/core/mock/data/generate-value.ts
var FULL_DEPTH = 6;
var HARD_DEPTH = 24;
function generateValue(schema, context) {
  return generateAt(schema, {
    context,
    path: [...context.propertyPath ?? []],
    refs: [],
    entity: void 0,
    depth: 0
  });
}
function generateFitting(schema, context, fits2, tries = 8) {
  let value;
  for (let i = 0; i < tries; i++) {
    const attempt = i === 0 ? context : { ...context, seed: `${context.seed}#${i}`, variant: (context.variant ?? 0) + i };
    value = generateValue(schema, attempt);
    if (fits2(value)) return value;
  }
  return value;
}
function generateAt(raw, walk) {
  const flat = flattenSchema(raw, walk);
  const schema = flat.schema;
  const here = { ...walk, refs: flat.refs, entity: flat.entity };
  if ("const" in schema) return schema.const;
  const example = exampleOf(schema);
  if (example !== void 0 && fitsSchema(example.value, schema, here)) return example.value;
  if (Array.isArray(schema.enum)) {
    const choices = schema.enum.filter((v) => v !== null);
    if (choices.length > 0) return pick(randomAt(here), choices);
    if (schema.enum.length > 0) return null;
  }
  if ("default" in schema && schema.default !== null && fitsSchema(schema.default, schema, here)) return schema.default;
  switch (typeOf(schema)) {
    case "object":
      return generateObject(schema, here);
    case "array":
      return generateArray(schema, here);
    case "integer":
      return generateNumber(schema, here, true);
    case "number":
      return generateNumber(schema, here, false);
    case "boolean":
      return randomAt(here)() < 0.5;
    case "null":
      return null;
    default:
      return generateString(schema, here);
  }
}
function generateObject(schema, walk) {
  const out = {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const recursing = new Set(walk.refs).size < walk.refs.length;
  const minimal = recursing || walk.depth >= FULL_DEPTH;
  if (walk.depth >= HARD_DEPTH) return out;
  const properties = isObject(schema.properties) ? schema.properties : {};
  const max = typeof schema.maxProperties === "number" ? schema.maxProperties : Number.POSITIVE_INFINITY;
  const hidden = walk.context.direction === "request" ? "readOnly" : "writeOnly";
  const names = [
    ...Object.keys(properties).filter((n) => required.has(n)),
    ...Object.keys(properties).filter((n) => !required.has(n))
  ];
  for (const name of names) {
    const sub = properties[name];
    const isRequired = required.has(name);
    if (!isRequired && (minimal || Object.keys(out).length >= max)) continue;
    if (isHidden(sub, hidden, walk) && (!isRequired || isObject(sub) && sub[hidden] === true)) continue;
    out[name] = generateAt(sub, child2(walk, name));
  }
  const patterns = isObject(schema.patternProperties) ? Object.entries(schema.patternProperties) : [];
  const extra = schema.additionalProperties === void 0 && schema.unevaluatedProperties === false ? false : schema.additionalProperties;
  const dependents = isObject(schema.dependentRequired) ? schema.dependentRequired : {};
  const missing = [...required];
  for (let i = 0; i < missing.length; i++) {
    const name = missing[i];
    if (!(name in out) && !(name in properties))
      out[name] = generateAt(extraSchema(name, patterns, extra), child2(walk, name));
    if (name in out) {
      for (const more of arrayOf(dependents[name])) if (!missing.includes(more)) missing.push(more);
    }
  }
  for (const name of Object.keys(out)) {
    for (const more of arrayOf(dependents[name])) {
      if (!(more in out))
        out[more] = generateAt(properties[more] ?? extraSchema(more, patterns, extra), child2(walk, more));
    }
  }
  const min = typeof schema.minProperties === "number" ? schema.minProperties : 0;
  const open = extra !== false || patterns.length > 0;
  const isMap = Object.keys(properties).length === 0 && (extra !== void 0 && extra !== false || patterns.length > 0);
  if (open && (isMap && !minimal ? Object.keys(out).length < Math.max(min, 1) : Object.keys(out).length < min)) {
    for (let i = 1; Object.keys(out).length < Math.max(min, isMap ? 1 : 0) && i < 100; i++) {
      const [key, valueSchema] = extraEntry(schema, walk, patterns, extra, i);
      if (key === void 0) break;
      if (!(key in out)) out[key] = generateAt(valueSchema, child2(walk, key));
    }
  }
  return out;
}
function extraSchema(name, patterns, extra) {
  const matching = patterns.find(([pattern]) => patternRegex(pattern)?.test(name));
  if (matching) return matching[1];
  return isObject(extra) ? extra : {};
}
function extraEntry(schema, walk, patterns, extra, i) {
  const names = isObject(schema.propertyNames) ? schema.propertyNames : {};
  const namePattern = typeof names.pattern === "string" ? names.pattern : void 0;
  const [pattern, valueSchema] = patterns[(i - 1) % Math.max(patterns.length, 1)] ?? [namePattern, extra];
  if (pattern === void 0) return [`${toSnake(walk.path.at(-1) ?? "") || "key"}_${i}`, isObject(extra) ? extra : {}];
  const key = stringForPattern(pattern, randomAt(walk, `key${i}`), {
    ...typeof names.minLength === "number" ? { minLength: names.minLength } : {},
    ...typeof names.maxLength === "number" ? { maxLength: names.maxLength } : {}
  });
  return [key, isObject(valueSchema) || valueSchema === true ? valueSchema : {}];
}
function arrayOf(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function isHidden(sub, hidden, walk) {
  if (isObject(sub) && sub[hidden] === true) return true;
  return flattenSchema(sub, walk).schema[hidden] === true;
}
function generateArray(schema, walk) {
  const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems : [];
  const contains = schema.contains !== void 0 && schema.contains !== false ? schema.contains : void 0;
  const minContains = contains === void 0 ? 0 : typeof schema.minContains === "number" ? schema.minContains : 1;
  const closed = schema.items === false || schema.unevaluatedItems === false && schema.items === void 0;
  const min = Math.max(typeof schema.minItems === "number" ? schema.minItems : 0, minContains);
  let max = typeof schema.maxItems === "number" ? schema.maxItems : Number.POSITIVE_INFINITY;
  if (closed) max = Math.min(max, prefix.length);
  const recursing = new Set(walk.refs).size < walk.refs.length;
  let count = recursing || walk.depth >= FULL_DEPTH ? min : Math.max(min, between(randomAt(walk, "count"), 1, 2));
  count = Math.min(count, max);
  if (walk.depth >= HARD_DEPTH) count = min;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0, tries = 0; out.length < count && tries < count + 20; tries++, i++) {
    const own = out.length < prefix.length ? prefix[out.length] : schema.items;
    const itemSchema = contains !== void 0 && out.length >= prefix.length && out.length - prefix.length < minContains ? own === void 0 || own === true ? contains : { allOf: [own, contains] } : own;
    const step = child2(walk, String(i));
    const value = generateAt(itemSchema === false ? {} : itemSchema, step);
    if (schema.uniqueItems === true) {
      const key = JSON.stringify(value);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(value);
  }
  return out;
}
function child2(walk, segment) {
  return { ...walk, path: [...walk.path, segment], depth: walk.depth + 1 };
}

// src/core/mock/data/generate-example.ts
function namedExamples(mediaType, document) {
  const out = /* @__PURE__ */ new Map();
  const examples = resolveLocalRef(document, mediaType.examples);
  if (!isObject(examples)) return out;
  for (const [name, entry] of Object.entries(examples)) {
    const example = resolveLocalRef(document, entry);
    if (isObject(example) && "value" in example) out.set(name, example.value);
  }
  return out;
}
function generateExample(mediaType, context) {
  if ("example" in mediaType) return mediaType.example;
  const named = namedExamples(mediaType, context.document);
  const first = named.values().next();
  if (!first.done) return first.value;
  return generateValue(mediaType.schema ?? {}, context);
}

export {
  readPattern,
  patternRegex,
  SchemaValidator,
  resolveNode,
  resolveChild,
  hashSeed,
  createRandom,
  stringForPattern,
  generateValue,
  generateFitting,
  namedExamples,
  generateExample
};
