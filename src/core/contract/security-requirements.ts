import { isObject } from '../source/json-object.js';
import { appendPointer } from '../source/json-pointer.js';
import { resolveLocalRef } from './resolve-ref.js';
import type { JsonObject, Operation } from './types.js';

/** One security scheme as a request must satisfy it. */
export type SecurityScheme =
  | { kind: 'apiKey'; name: string; in: 'header' | 'query' | 'cookie'; parameter: string; pointer: string }
  /** `scheme` lower-cased (`basic`, `bearer`, `digest`, ...), as RFC 7235 compares it. */
  | { kind: 'http'; name: string; scheme: string; pointer: string }
  /** oauth2 and openIdConnect: a bearer token in `Authorization`. */
  | { kind: 'oauth2' | 'openIdConnect'; name: string; pointer: string }
  /** mutualTLS, or a scheme the document names but does not define: nothing a request header can show. */
  | { kind: 'unsupported'; name: string; pointer: string; reason: string };

/**
 * The requirement that applies to an operation: the operation's `security` if it has one (`[]` turns
 * security off), else the document's. `alternatives` is an OR of AND-groups; an empty group (`{}`) means
 * anonymous access is one of the alternatives.
 */
export interface SecurityRequirement {
  alternatives: SecurityScheme[][];
  anonymousAllowed: boolean;
  /** JSON pointer of the `security` array that applies (operation or document level). */
  pointer: string;
}

/** undefined when no security applies to the operation (none declared, or `security: []`). */
export function securityRequirementOf(document: JsonObject, operation: Operation): SecurityRequirement | undefined {
  const own = operation.operation.security;
  const [declared, pointer] = Array.isArray(own)
    ? [own, appendPointer(operation.pointer, 'security')]
    : [document.security, '/security'];
  if (!Array.isArray(declared) || declared.length === 0) return undefined;
  const schemes = isObject(document.components) ? document.components.securitySchemes : undefined;
  const alternatives: SecurityScheme[][] = [];
  let anonymousAllowed = false;
  for (const entry of declared) {
    if (!isObject(entry)) continue;
    const names = Object.keys(entry);
    if (names.length === 0) anonymousAllowed = true;
    else alternatives.push(names.map((name) => describeScheme(document, schemes, name)));
  }
  return { alternatives, anonymousAllowed, pointer };
}

function describeScheme(document: JsonObject, schemes: unknown, name: string): SecurityScheme {
  const pointer = appendPointer('/components/securitySchemes', name);
  const scheme = isObject(schemes) ? resolveLocalRef(document, schemes[name]) : undefined;
  if (!isObject(scheme)) {
    return { kind: 'unsupported', name, pointer: '/components/securitySchemes', reason: 'not defined' };
  }
  const type = scheme.type;
  if (type === 'apiKey' && typeof scheme.name === 'string') {
    const where = scheme.in === 'query' || scheme.in === 'cookie' ? scheme.in : 'header';
    return { kind: 'apiKey', name, in: where, parameter: scheme.name, pointer };
  }
  if (type === 'http' && typeof scheme.scheme === 'string') {
    return { kind: 'http', name, scheme: scheme.scheme.toLowerCase(), pointer };
  }
  if (type === 'oauth2' || type === 'openIdConnect') return { kind: type, name, pointer };
  return { kind: 'unsupported', name, pointer, reason: `type '${String(type)}' cannot be shown in a request` };
}
