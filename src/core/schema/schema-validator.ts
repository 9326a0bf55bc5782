import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { RegExpEngine, RegExpLike } from 'ajv/dist/types/index.js';
import addFormatsModule from 'ajv-formats';
import type { JsonObject, LoadedContract } from '../contract/types.js';
import type { SourceLocation } from '../errors.js';
import { onFirstUse } from '../on-first-use.js';
import {
  appendPointer,
  escapePointerSegment,
  formatPointer,
  getAtPointer,
  parsePointer,
} from '../source/json-pointer.js';
import { type FitContext, judgeFit } from './judge-fit.js';
import { patternRegex } from './read-pattern.js';
import { type Direction, type SchemaOrigin, toJsonSchema } from './to-json-schema.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;

/** One reason a value does not fit its schema, located both in the value and in the contract. */
export interface SchemaIssue {
  /** JSON pointer into the validated value, '' for the value itself. */
  instancePath: string;
  /** The offending value (undefined for a missing property). */
  actual: unknown;
  keyword: string;
  message: string;
  /** Pointer into the bundled contract of the schema node that was violated. */
  schemaPointer: string;
  /** Where that schema node is written: file, line, column. */
  location: SourceLocation;
  /** For a `oneOf` the value fits more than one branch of: those branches (0-based). */
  passing?: number[];
}

export type ValidateValue = (value: unknown) => SchemaIssue[];

export interface SchemaValidatorOptions {
  /** Coerce strings to the schema's types (for path, query and header parameters). */
  coerceTypes?: boolean;
  /**
   * Compile every schema with ajv instead of reading values with judgeFit first: lint reports the schemas
   * ajv cannot compile (see compileErrors), and tests compare both ways.
   */
  compileAlways?: boolean;
}

/**
 * Checks values against the schemas of one contract with the right dialect (OpenAPI 3.0 semantics, or JSON
 * Schema 2020-12 for 3.1). A value is first read against the converted schema (judgeFit); a schema is
 * compiled with ajv only when that cannot tell, or to locate the issues of a value that does not fit.
 * Compiled functions are cached by pointer and direction, so call it freely.
 */
export class SchemaValidator {
  readonly #contract: LoadedContract;
  readonly #options: SchemaValidatorOptions;
  #instance: Ajv | undefined;
  readonly #cache = new Map<string, ValidateValue>();
  readonly #compiled = new Map<string, ValidateFunction>();
  /** Small schemas without refs by their JSON: the same `{type: string}` of 800 response headers compiles once. */
  readonly #byShape = new Map<string, { compiled: ValidateFunction; pointer: string }>();
  readonly #registered = new Set<Direction>();
  /** Converted components by the ref that names them in the registry, per direction (see #register). */
  readonly #convertedComponents = new Map<Direction, Map<string, unknown>>();
  /** Converted schemas read by judgeFit, by `direction:pointer` and by contract node. */
  readonly #convertedAt = new Map<string, unknown>();
  readonly #convertedNodes = { request: new WeakMap<object, unknown>(), response: new WeakMap<object, unknown>() };
  /** Compiled schema nodes of the contract by identity (see fitsNode). */
  readonly #byNode = {
    request: new WeakMap<object, ValidateFunction>(),
    response: new WeakMap<object, ValidateFunction>(),
  };
  /** Converted schema node -> the contract pointer it came from (see SchemaOrigin). */
  readonly #origins = new WeakMap<object, string>();
  readonly #record = (converted: object, pointer: string) => this.#origins.set(converted, pointer);

  /** Schemas that could not be compiled (and so are not checked): pointer and ajv's reason. */
  readonly compileErrors: Array<{ pointer: string; message: string }> = [];

  constructor(contract: LoadedContract, options: SchemaValidatorOptions = {}) {
    this.#contract = contract;
    this.#options = options;
  }

  /** Created on first use: a project of many contracts boots without paying for validators not yet needed. */
  get #ajv(): Ajv {
    if (!this.#instance) {
      const ajvOptions = {
        allErrors: true,
        strict: false,
        logger: false as const,
        coerceTypes: this.#options.coerceTypes ? ('array' as const) : false,
        validateFormats: true,
        // Contract schemas are converted by toJsonSchema, not user JSON Schema: checking them against the
        // meta-schema costs 20-40 ms per instance at boot and finds nothing the compiler does not.
        validateSchema: false,
        // errors carry the schema node that failed (`parentSchema`), which #origins maps back to the contract
        verbose: true,
        // Components are compiled once each and called, not copied into every schema that refers to them:
        // a contract's hundreds of validators otherwise hold hundreds of copies of the same code.
        inlineRefs: false,
        code: { regExp: contractRegExp },
      };
      this.#instance = this.#contract.openapi === '3.1' ? new Ajv2020(ajvOptions) : new Ajv(ajvOptions);
      addFormats(this.#instance);
      addOpenApiFormats(this.#instance);
    }
    return this.#instance;
  }

  /** A validator for the schema at `pointer` in the bundled contract (e.g. a response's media type schema). */
  forPointer(pointer: string, direction: Direction): ValidateValue {
    return this.#judgedIssues(
      onFirstUse(() => this.#convertedPointer(pointer, direction)),
      direction,
      () => this.#compiledForPointer(pointer, direction),
    );
  }

  #compiledForPointer(pointer: string, direction: Direction): ValidateValue {
    const target = this.#sharedTarget(pointer);
    const key = `${direction}:${target}`;
    let validate = this.#cache.get(key);
    if (!validate) {
      const schema = getAtPointer(this.#contract.document, target);
      const shape = smallShape(schema);
      const twin = shape === undefined ? undefined : this.#byShape.get(`${direction}:${shape}`);
      if (twin) {
        validate = this.#validator(twin.compiled, target, this.#register(direction), twin.pointer);
        this.#compiled.set(key, twin.compiled);
      } else {
        validate = this.#compile(schema, target, direction, key);
        const compiled = this.#compiled.get(key);
        if (shape !== undefined && compiled) this.#byShape.set(`${direction}:${shape}`, { compiled, pointer: target });
      }
      this.#cache.set(key, validate);
    }
    if (target !== pointer) this.#compiled.set(`${direction}:${pointer}`, this.#compiled.get(key) as ValidateFunction);
    return validate;
  }

  /**
   * A schema that is only a `$ref` to a component is compiled once, as that component: Twilio's 197 responses
   * name a few dozen schemas, and a contract of 30 MB would otherwise compile one copy per operation.
   * Its errors are located the same way (inside the component); 3.0 ignores a `$ref`'s siblings anyway.
   */
  #sharedTarget(pointer: string): string {
    return this.#soleComponent(getAtPointer(this.#contract.document, pointer)) ?? pointer;
  }

  /** The pointer of the component schema a node only refers to (no sibling that counts, not nullable). */
  #soleComponent(node: unknown): string | undefined {
    if (node === null || typeof node !== 'object') return undefined;
    const ref = (node as JsonObject).$ref;
    const alone = this.#contract.openapi === '3.0' || Object.keys(node).length === 1;
    const nullable = (node as JsonObject).nullable === true;
    if (typeof ref !== 'string' || !ref.startsWith('#/components/schemas/') || !alone || nullable) return undefined;
    return getAtPointer(this.#contract.document, ref.slice(1)) === undefined ? undefined : ref.slice(1);
  }

  /** Whether a value fits the schema at `pointer`: the same check, without locating issues. */
  fitsPointer(pointer: string, direction: Direction): (value: unknown) => boolean {
    return this.#judgedFit(
      onFirstUse(() => this.#convertedPointer(pointer, direction)),
      direction,
      () => {
        this.#compiledForPointer(pointer, direction);
        return this.#compiled.get(`${direction}:${pointer}`) as ValidateFunction;
      },
    );
  }

  /** Whether a value fits a schema that is not in the contract: a plain check, no issues located. */
  fitsSchema(schema: unknown, direction: Direction): (value: unknown) => boolean {
    return this.#judgedFit(
      onFirstUse(() => this.#convert(schema, direction)),
      direction,
      () => this.#compileRaw(schema, direction),
    );
  }

  /**
   * Whether a value fits a schema node of the contract object (a `oneOf` and each of its branches, when the
   * generator checks a value): compiled once per node and direction. One that cannot be compiled accepts all.
   */
  fitsNode(node: object, direction: Direction): (value: unknown) => boolean {
    return this.#judgedFit(
      onFirstUse(() => this.#convertedNode(node, direction)),
      direction,
      () => this.#compiledNode(node, direction),
    );
  }

  #compiledNode(node: object, direction: Direction): ValidateFunction {
    let compiled = this.#byNode[direction].get(node);
    if (!compiled) {
      // A branch that only refers to a component is that component's registered function.
      const component = this.#soleComponent(node);
      if (component !== undefined) {
        this.#register(direction);
        compiled = this.#registeredComponent(component, direction);
      }
      compiled ??= this.#compileRaw(node, direction, undefined, false);
      this.#byNode[direction].set(node, compiled);
    }
    return compiled;
  }

  /** A validator for a schema that is not in the contract (refs still resolve against its components). */
  forSchema(schema: unknown, pointer: string, direction: Direction): ValidateValue {
    return this.#judgedIssues(
      onFirstUse(() => this.#convert(schema, direction)),
      direction,
      () => this.#compile(schema, pointer, direction),
    );
  }

  /**
   * Issues of a value: none when judgeFit can tell it fits, else ajv's, located (compiled on first need).
   * A validator that coerces types (parameters read as text) always uses ajv, which converts the values.
   */
  #judgedIssues(converted: () => unknown, direction: Direction, compile: () => ValidateValue): ValidateValue {
    const context = this.#fitContext(direction);
    if (!context) return compile();
    const compiled = onFirstUse(compile);
    return (value) => (judgeFit(value, converted(), context) === true ? [] : compiled()(value));
  }

  /** Whether a value fits: judgeFit's answer where it has one, else the compiled schema's. */
  #judgedFit(
    converted: () => unknown,
    direction: Direction,
    compile: () => ValidateFunction,
  ): (value: unknown) => boolean {
    const context = this.#fitContext(direction);
    const compiled = onFirstUse(compile);
    if (!context) compiled();
    return (value) => (context && judgeFit(value, converted(), context)) ?? compiled()(value);
  }

  #fitContext(direction: Direction): FitContext | undefined {
    if (this.#options.coerceTypes || this.#options.compileAlways) return undefined;
    const components = this.#componentsConverted(direction);
    return {
      resolve: (ref) => components.get(ref),
      formats: this.#ajv.formats as Record<string, unknown>,
      keywords: this.#ajv.RULES.all as Record<string, unknown>,
    };
  }

  #convertedPointer(pointer: string, direction: Direction): unknown {
    const target = this.#sharedTarget(pointer);
    const key = `${direction}:${target}`;
    if (!this.#convertedAt.has(key))
      this.#convertedAt.set(key, this.#convertedAs(target, getAtPointer(this.#contract.document, target), direction));
    return this.#convertedAt.get(key);
  }

  #convertedNode(node: object, direction: Direction): unknown {
    const nodes = this.#convertedNodes[direction];
    if (!nodes.has(node)) nodes.set(node, this.#convertedAs(this.#soleComponent(node), node, direction));
    return nodes.get(node);
  }

  /** The component at `pointer` as converted once for the registry, else `schema` converted on its own. */
  #convertedAs(pointer: string | undefined, schema: unknown, direction: Direction): unknown {
    const component =
      pointer === undefined
        ? undefined
        : this.#componentsConverted(direction).get(`${this.#base(direction)}#${pointer}`);
    return component ?? this.#convert(schema, direction);
  }

  #convert(schema: unknown, direction: Direction): unknown {
    const converted = toJsonSchema(
      schema ?? {},
      direction,
      this.#base(direction),
      this.#contract.openapi,
      undefined,
      this.#contract.document,
    );
    return typeof converted === 'object' && converted !== null ? converted : {};
  }

  #compileRaw(schema: unknown, direction: Direction, origin?: SchemaOrigin, recordErrors = true): ValidateFunction {
    const base = this.#register(direction);
    const converted = toJsonSchema(
      schema ?? {},
      direction,
      base,
      this.#contract.openapi,
      origin,
      this.#contract.document,
    );
    try {
      return this.#ajv.compile(typeof converted === 'object' && converted !== null ? converted : {});
    } catch (error) {
      // A schema ajv cannot compile (a keyword combination it refuses) is not checked, never a crash.
      const message = error instanceof Error ? error.message : String(error);
      if (recordErrors) this.compileErrors.push({ pointer: origin?.pointer ?? '', message });
      return this.#ajv.compile({});
    }
  }

  #compile(schema: unknown, pointer: string, direction: Direction, key?: string): ValidateValue {
    const base = this.#register(direction);
    const compiled =
      this.#registeredComponent(pointer, direction) ??
      this.#compileRaw(schema, direction, { pointer, record: this.#record });
    if (key) this.#compiled.set(key, compiled);
    return this.#validator(compiled, pointer, base, pointer);
  }

  /** Issues located at `pointer`; `compiledAt` is where the compiled schema was recorded (a twin's place). */
  #validator(compiled: ValidateFunction, pointer: string, base: string, compiledAt: string): ValidateValue {
    return (value) => {
      if (compiled(value)) return [];
      // "must match then/else schema" only repeats the errors of the discriminator's chosen branch or of a
      // nullable wrapper's inner schema (see toJsonSchema).
      const errors = (compiled.errors ?? []).filter((error) => error.keyword !== 'if');
      return errors.map((error) => this.#toIssue(error, value, pointer, base, compiledAt));
    };
  }

  /** A component's registered function (see #register), the one every ref to it calls: not compiled twice. */
  #registeredComponent(pointer: string, direction: Direction): ValidateFunction | undefined {
    if (!this.#registered.has(direction)) return undefined;
    const key = `${this.#base(direction)}#${pointer}`;
    const converted = this.#componentsConverted(direction).get(key);
    if (converted === null || typeof converted !== 'object') return undefined;
    try {
      return this.#ajv.getSchema(key);
    } catch {
      return undefined; // compiled on its own instead, where a failure is recorded
    }
  }

  #base(direction: Direction): string {
    return `mockforge://contract/${direction}`;
  }

  /** The contract's component schemas converted for one direction, by `base#pointer` (converted once). */
  #componentsConverted(direction: Direction): Map<string, unknown> {
    let converted = this.#convertedComponents.get(direction);
    if (!converted) {
      const base = this.#base(direction);
      const components = (this.#contract.document.components ?? {}) as JsonObject;
      const schemas = (components.schemas ?? {}) as JsonObject;
      converted = new Map();
      for (const [name, s] of Object.entries(schemas)) {
        const pointer = appendPointer('/components/schemas', name);
        converted.set(
          `${base}#${pointer}`,
          toJsonSchema(
            s,
            direction,
            base,
            this.#contract.openapi,
            { pointer, record: this.#record },
            this.#contract.document,
          ),
        );
      }
      this.#convertedComponents.set(direction, converted);
    }
    return converted;
  }

  #register(direction: Direction): string {
    const base = this.#base(direction);
    if (!this.#registered.has(direction)) {
      const schemas = ((this.#contract.document.components as JsonObject | undefined)?.schemas ?? {}) as JsonObject;
      const components = this.#componentsConverted(direction);
      const convertedSchemas: JsonObject = {};
      for (const name of Object.keys(schemas)) {
        const ref = `${base}#${appendPointer('/components/schemas', name)}`;
        const converted = components.get(ref);
        convertedSchemas[name] = converted;
        // Each component also under the exact ref that points at it: ajv then compiles it once and every
        // schema that refers to it calls that function. Reached only through the registry, a component was
        // compiled again inside every schema compiled later (validate on a 2 MB contract: 15 of 35 s).
        if (converted !== null && typeof converted === 'object') this.#ajv.addSchema(converted, ref);
      }
      this.#ajv.addSchema({ $id: base, components: { schemas: convertedSchemas } });
      this.#registered.add(direction);
    }
    return base;
  }

  #violatedKeyword(error: ErrorObject, pointer: string, base: string): string {
    const document = this.#contract.document;
    const origin = error.parentSchema ? this.#origins.get(error.parentSchema) : undefined;
    if (origin !== undefined) return keywordPointer(document, origin, error.keyword);
    const schemaPath = error.schemaPath.startsWith(base) ? error.schemaPath.slice(base.length) : error.schemaPath;
    const absolute = schemaPath.startsWith('#/components/') ? schemaPath.slice(1) : pointer + schemaPath.slice(1);
    return nearestExisting(document, absolute);
  }

  #toIssue(error: ErrorObject, value: unknown, pointer: string, base: string, compiledAt: string): SchemaIssue {
    const found = this.#violatedKeyword(error, compiledAt, base);
    const schemaPointer =
      compiledAt !== pointer && (found === compiledAt || found.startsWith(`${compiledAt}/`))
        ? pointer + found.slice(compiledAt.length)
        : found;
    const { exact: _exact, ...location } = this.#contract.sourceMap.locate(schemaPointer);
    let instancePath = error.instancePath;
    if (error.keyword === 'required') instancePath += `/${escapePointerSegment(String(error.params.missingProperty))}`;
    if (error.keyword === 'additionalProperties') {
      instancePath += `/${escapePointerSegment(String(error.params.additionalProperty))}`;
    }
    const passing = error.keyword === 'oneOf' ? error.params.passingSchemas : undefined;
    return {
      instancePath,
      actual: getAtPointer(value, instancePath),
      keyword: error.keyword,
      message: describe(error),
      schemaPointer,
      location,
      ...(Array.isArray(passing) ? { passing: passing.map(Number) } : {}),
    };
  }
}

/**
 * The JSON of a small schema without refs (those compile alike wherever they are), else undefined. A large
 * schema is told apart after a few nodes, without serializing it.
 */
function smallShape(schema: unknown): string | undefined {
  if (schema === null || typeof schema !== 'object') return undefined;
  let budget = 32;
  const small = (node: unknown): boolean => {
    if (node === null || typeof node !== 'object') return true;
    if (--budget < 0 || (!Array.isArray(node) && '$ref' in node)) return false;
    return Object.values(node).every(small);
  };
  if (!small(schema)) return undefined;
  const text = JSON.stringify(schema);
  return text.length <= 512 ? text : undefined;
}

/**
 * The contract pointer of the violated keyword (`.../properties/price/type`), or of its schema node when
 * the keyword was added by the conversion (a discriminator's `required`). The failing node comes from ajv's
 * `parentSchema`, which is right also inside list envelopes and separately compiled `$ref` targets, where
 * the error's schemaPath is relative to a schema that names no place in the contract.
 */
function keywordPointer(document: JsonObject, node: string, keyword: string): string {
  const withKeyword = appendPointer(node, keyword);
  return getAtPointer(document, withKeyword) !== undefined ? withKeyword : node;
}

/** The deepest node of the contract on the way to `pointer`, skipping the final keyword and inserted wrappers. */
function nearestExisting(document: JsonObject, pointer: string): string {
  const segments = parsePointer(pointer);
  segments.pop(); // the failing keyword itself (type, required, ...)
  let kept: string[] = [];
  let node: unknown = document;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') continue;
    // ajv inlines small $ref targets, so its path goes on inside the target: follow the contract's ref too.
    for (let hops = 0; hops < 10 && !Object.hasOwn(node as object, segment); hops++) {
      const ref = (node as JsonObject).$ref;
      if (typeof ref !== 'string' || !ref.startsWith('#/')) break;
      const target = getAtPointer(document, ref.slice(1));
      if (target === null || typeof target !== 'object') break;
      node = target;
      kept = parsePointer(ref.slice(1));
    }
    if (!Object.hasOwn(node as object, segment)) continue;
    node = (node as JsonObject)[segment];
    kept.push(segment);
  }
  return formatPointer(kept);
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return `missing required property '${String(error.params.missingProperty)}'`;
    case 'additionalProperties':
      return `property '${String(error.params.additionalProperty)}' is not allowed`;
    case 'type':
      return `must be ${String(error.params.type)}`;
    case 'enum':
      return `must be one of ${JSON.stringify(error.params.allowedValues)}`;
    default:
      return error.message ?? `fails '${error.keyword}'`;
  }
}

const UNCHECKED: RegExpLike = { test: () => true };

/**
 * Patterns as readPattern reads them: one written for another regex dialect is translated or compiled
 * without `u` instead of throwing while the validator compiles (which killed the server); one JavaScript
 * cannot read at all is not checked (lint says so at its line).
 */
const contractRegExp: RegExpEngine = Object.assign((pattern: string) => patternRegex(pattern) ?? UNCHECKED, {
  code: 'contractRegExp',
});

/** OpenAPI's own format names: range checks for integers, anything goes for the purely descriptive ones. */
function addOpenApiFormats(ajv: Ajv): void {
  ajv.addFormat('int32', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31,
  });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('float', { type: 'number', validate: () => true });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  ajv.addFormat('byte', /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);
  ajv.addFormat('binary', true);
  ajv.addFormat('password', true);
}
