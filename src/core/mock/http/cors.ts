import type { IncomingMessage } from 'node:http';

/**
 * CORS as Prism does by default, so a front-end dev server on another port can call the mocks: any
 * origin is echoed back, and a preflight (OPTIONS with Access-Control-Request-Method) is answered 204.
 */
export function corsHeaders(request: IncomingMessage): Record<string, string> | undefined {
  const origin = request.headers.origin;
  if (origin === undefined) return undefined;
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': '*',
    vary: 'Origin',
  };
}

export function isPreflight(request: IncomingMessage): boolean {
  return request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined;
}

export function preflightHeaders(request: IncomingMessage): Record<string, string> {
  return {
    ...(corsHeaders(request) ?? { 'access-control-allow-origin': '*' }),
    'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': String(request.headers['access-control-request-headers'] ?? '*'),
    'access-control-max-age': '600',
  };
}
