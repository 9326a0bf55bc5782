import { getAtPointer } from '../../source/json-pointer.js';

/** What OpenAPI runtime expressions (`$request.query.url`, `$response.body#/id`) read from. */
export interface ExpressionContext {
  url: string;
  method: string;
  statusCode: number;
  request: {
    headers: Readonly<Record<string, string | string[] | undefined>>;
    query: Readonly<Record<string, string | string[]>>;
    path: Readonly<Record<string, string>>;
    body: unknown;
  };
  response: { headers: Readonly<Record<string, string | string[]>>; body: unknown };
}

/** The value of one runtime expression, or undefined when the request or response does not have it. */
export function evaluateExpression(expression: string, context: ExpressionContext): unknown {
  if (expression === '$url') return context.url;
  if (expression === '$method') return context.method;
  if (expression === '$statusCode') return context.statusCode;
  const match = /^\$(request|response)\.(header|query|path|body)(?:\.(.+)|#(.*))?$/.exec(expression);
  if (!match) return undefined;
  const [, side, source, name, pointer] = match;
  const part = side === 'request' ? context.request : { ...context.response, query: {}, path: {} };
  if (source === 'body') return pointer !== undefined ? getAtPointer(part.body, pointer) : part.body;
  if (name === undefined) return undefined;
  const value =
    source === 'header'
      ? part.headers[name.toLowerCase()]
      : (part[source as 'query' | 'path'] as Record<string, unknown>)[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A template with embedded expressions (`{$request.query.callbackUrl}/data`), or undefined when one of
 * them has no value.
 */
export function expandTemplate(template: string, context: ExpressionContext): string | undefined {
  let missing = false;
  const text = template.replace(/\{(\$[^{}]+)\}/g, (_all, expression: string) => {
    const value = evaluateExpression(expression, context);
    if (value === undefined || value === null) missing = true;
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  });
  return missing ? undefined : text;
}
