import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { JsonObject, LoadedContract } from '../contract/types.js';
import { ErrorCode, MockforgeError, type SourceLocation } from '../errors.js';
import { getAtPointer, parsePointer } from '../source/json-pointer.js';
import { type Direction, toJsonSchema } from './to-json-schema.js';

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
}

export type ValidateValue = (value: unknown) => SchemaIssue[];

export interface SchemaValidatorOptions {
  /** Coerce strings to the schema's types (for path, query and header parameters). */
  coerceTypes?: boolean;
}

/**
 * Compiles the schemas of one contract with the right dialect (OpenAPI 3.0 semantics, or JSON Schema
 * 2020-12 for 3.1). Compiled functions are cached by pointer and direction, so call it freely.
 */
export class SchemaValidator {
  readonly #contract: LoadedContract;
  readonly #ajv: Ajv;
  readonly #cache = new Map<string, ValidateValue>();
  readonly #compiled = new Map<string, ValidateFunction>();
  readonly #registered = new Set<Direction>();

  constructor(contract: LoadedContract, options: SchemaValidatorOptions = {}) {
    this.#contract = contract;
    const ajvOptions = {
      allErrors: true,
      strict: false,
      logger: false as const,
      coerceTypes: options.coerceTypes ? ('array' as const) : false,
      validateFormats: true,
      // Contract schemas are converted by toJsonSchema, not user JSON Schema: checking them against the
      // meta-schema costs 20-40 ms per instance at boot and finds nothing the compiler does not.
      validateSchema: false,
    };
    this.#ajv = contract.openapi === '3.1' ? new Ajv2020(ajvOptions) : new Ajv(ajvOptions);
    addFormats(this.#ajv);
    addOpenApiFormats(this.#ajv);
  }

  /** A validator for the schema at `pointer` in the bundled contract (e.g. a response's media type schema). */
  forPointer(pointer: string, direction: Direction): ValidateValue {
    const key = `${direction}:${pointer}`;
    let validate = this.#cache.get(key);
    if (!validate) {
      validate = this.#compile(getAtPointer(this.#contract.document, pointer), pointer, direction, key);
      this.#cache.set(key, validate);
    }
    return validate;
  }

  /** Whether a value fits the schema at `pointer`: the same compiled schema, without locating issues. */
  fitsPointer(pointer: string, direction: Direction): (value: unknown) => boolean {
    this.forPointer(pointer, direction);
    const compiled = this.#compiled.get(`${direction}:${pointer}`) as ValidateFunction;
    return (value) => compiled(value);
  }

  /** A validator for a schema that is not in the contract (refs still resolve against its components). */
  forSchema(schema: unknown, pointer: string, direction: Direction): ValidateValue {
    return this.#compile(schema, pointer, direction);
  }

  #compile(schema: unknown, pointer: string, direction: Direction, key?: string): ValidateValue {
    const base = this.#register(direction);
    const converted = toJsonSchema(schema ?? {}, direction, base, this.#contract.openapi);
    let compiled: ValidateFunction;
    try {
      compiled = this.#ajv.compile(typeof converted === 'object' && converted !== null ? converted : {});
    } catch (cause) {
      // The loader breaks ref loops; what is left (a ref into a node that is not a schema...) is still bad
      // input at a line of the contract, never a crash.
      const { exact: _exact, ...location } = this.#contract.sourceMap.locate(pointer);
      const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
      throw new MockforgeError(ErrorCode.ContractInvalid, `the schema here cannot be used for validation: ${reason}`, {
        location,
        cause,
        hint: 'run mockforge lint on the contract',
      });
    }
    if (key) this.#compiled.set(key, compiled);
    return (value) => {
      if (compiled(value)) return [];
      // "must match then/else schema" only repeats the errors of the discriminator's chosen branch or of a
      // nullable wrapper's inner schema (see toJsonSchema).
      const errors = (compiled.errors ?? []).filter((error) => error.keyword !== 'if');
      return errors.map((error) => this.#toIssue(error, value, pointer, base));
    };
  }

  #register(direction: Direction): string {
    const base = `mockforge://contract/${direction}`;
    if (!this.#registered.has(direction)) {
      const components = (this.#contract.document.components ?? {}) as JsonObject;
      const schemas = (components.schemas ?? {}) as JsonObject;
      const convertedSchemas = Object.fromEntries(
        Object.entries(schemas).map(([name, s]) => [name, toJsonSchema(s, direction, base, this.#contract.openapi)]),
      );
      this.#ajv.addSchema({ $id: base, components: { schemas: convertedSchemas } });
      this.#registered.add(direction);
    }
    return base;
  }

  #toIssue(error: ErrorObject, value: unknown, pointer: string, base: string): SchemaIssue {
    const schemaPath = error.schemaPath.startsWith(base) ? error.schemaPath.slice(base.length) : error.schemaPath;
    const inContract = schemaPath.startsWith('#/components/');
    const absolute = inContract ? schemaPath.slice(1) : pointer + schemaPath.slice(1);
    const schemaPointer = nearestExisting(this.#contract.document, absolute);
    const { exact: _exact, ...location } = this.#contract.sourceMap.locate(schemaPointer);
    let instancePath = error.instancePath;
    if (error.keyword === 'required')
      instancePath += `/${String(error.params.missingProperty).replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (error.keyword === 'additionalProperties') {
      instancePath += `/${String(error.params.additionalProperty).replace(/~/g, '~0').replace(/\//g, '~1')}`;
    }
    return {
      instancePath,
      actual: getAtPointer(value, instancePath),
      keyword: error.keyword,
      message: describe(error),
      schemaPointer,
      location,
    };
  }
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
  return kept.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
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
