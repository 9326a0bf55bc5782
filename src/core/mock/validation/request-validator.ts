import type { JsonObject, LoadedContract, Operation } from '../../contract/types.js';
import type { SchemaValidator, ValidateValue } from '../../schema/schema-validator.js';
import { appendPointer } from '../../source/json-pointer.js';
import { resolveChild, resolveNode } from '../contract-node.js';

export type ParameterLocation = 'path' | 'query' | 'header';

/** One reason a request does not fit its operation, as listed in a 422 problem. */
export interface RequestIssue {
  in: ParameterLocation | 'body';
  /** Parameter name, or the JSON pointer inside the body. */
  name: string;
  message: string;
  /** `file:line` of the contract node that was violated. */
  location?: string;
  /** The schema keyword that failed (`required`, `maximum`...), when a schema did. */
  keyword?: string;
}

export interface RequestBodySpec {
  required: boolean;
  /** Media type as written -> compiled validator (undefined when the media type has no schema). */
  media: Map<string, ValidateValue | undefined>;
}

/** Validators of one operation, compiled once at boot. */
export interface RequestValidator {
  parameters: Array<{ in: ParameterLocation; validate: ValidateValue; names: Map<string, string> }>;
  body: RequestBodySpec | undefined;
}

export interface RequestParts {
  path: Record<string, string>;
  query: Record<string, string | string[]>;
  headers: Record<string, string | string[] | undefined>;
}

/** Compiles the parameter and body schemas of `operation` (params with type coercion, bodies without). */
export function compileRequestValidator(
  contract: LoadedContract,
  operation: Operation,
  coercing: SchemaValidator,
  strict: SchemaValidator,
  compile = true,
): RequestValidator {
  const parameters: RequestValidator['parameters'] = [];
  for (const location of ['path', 'query', 'header'] as const) {
    const own = operation.parameters.filter((p) => p.in === location);
    if (own.length === 0 || !compile) continue;
    const names = new Map<string, string>();
    const properties: JsonObject = {};
    const required: string[] = [];
    for (const parameter of own) {
      const name = String(parameter.name);
      const key = location === 'header' ? name.toLowerCase() : name;
      names.set(key, name);
      properties[key] = parameter.schema ?? {};
      if (parameter.required === true || location === 'path') required.push(key);
    }
    const schema = { type: 'object', properties, required };
    parameters.push({
      in: location,
      names,
      validate: coercing.forSchema(schema, appendPointer(operation.pointer, 'parameters'), 'request'),
    });
  }
  return { parameters, body: compileBody(contract, operation, coercing, strict, compile) };
}

/** Form fields arrive as strings, like parameters: they are converted to the schema's types, JSON is not. */
const FORM_MEDIA_TYPE = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

function compileBody(
  contract: LoadedContract,
  operation: Operation,
  coercing: SchemaValidator,
  strict: SchemaValidator,
  compile: boolean,
): RequestBodySpec | undefined {
  const body = resolveChild(contract.document, operation.pointer, 'requestBody');
  if (!body) return undefined;
  const content = resolveChild(contract.document, body.pointer, 'content');
  const media = new Map<string, ValidateValue | undefined>();
  for (const mediaType of Object.keys(content?.node ?? {})) {
    const schemaPointer = appendPointer(body.pointer, 'content', mediaType, 'schema');
    const schema = resolveNode(contract.document, appendPointer(body.pointer, 'content', mediaType));
    const hasSchema = compile && schema !== undefined && 'schema' in schema.node;
    const validator = FORM_MEDIA_TYPE.test(mediaType) ? coercing : strict;
    media.set(mediaType, hasSchema ? validator.forPointer(schemaPointer, 'request') : undefined);
  }
  return { required: body.node.required === true, media };
}

/** Checks path, query and header parameters; coerced values are written back into `parts`. */
export function validateParameters(validator: RequestValidator, parts: RequestParts): RequestIssue[] {
  const issues: RequestIssue[] = [];
  for (const group of validator.parameters) {
    const values: Record<string, unknown> = {};
    for (const [key] of group.names) {
      const value =
        group.in === 'path' ? parts.path[key] : group.in === 'query' ? parts.query[key] : parts.headers[key];
      if (value !== undefined) values[key] = value;
    }
    for (const issue of group.validate(values)) {
      const [, key = '', ...rest] = issue.instancePath.split('/');
      const name = group.names.get(key) ?? key;
      issues.push({
        in: group.in,
        name,
        message: `${rest.length > 0 ? `/${rest.join('/')} ` : ''}${issue.message}`,
        location: `${issue.location.file}:${issue.location.line}`,
        keyword: issue.keyword,
      });
    }
  }
  return issues;
}

/** Checks an already parsed body against the media type's schema. */
export function validateBody(validate: ValidateValue | undefined, body: unknown): RequestIssue[] {
  if (!validate) return [];
  return validate(body).map((issue) => ({
    in: 'body' as const,
    name: issue.instancePath || '/',
    message: issue.message,
    location: `${issue.location.file}:${issue.location.line}`,
    keyword: issue.keyword,
  }));
}
