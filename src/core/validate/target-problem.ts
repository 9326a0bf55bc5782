import type { TargetProblemKind } from './types.js';

const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT|EPROTO$)/;

/** What kind of target problem an error from the transport is: answers "is the service down?", not "is it wrong?". */
export function classifyTargetError(error: unknown): { kind: TargetProblemKind; message: string } {
  const codes: string[] = [];
  let message = '';
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const e = current as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof e.code === 'string') codes.push(e.code);
    if (e.name === 'TimeoutError') codes.push('ABORT_TIMEOUT');
    if (!message && typeof e.message === 'string' && e.message) message = e.message;
    if (Array.isArray(e.errors) && e.errors[0]) current = e.errors[0];
    else current = e.cause;
  }
  const has = (test: (code: string) => boolean) => codes.some(test);
  if (has((c) => c === 'ECONNREFUSED')) return { kind: 'refused', message: `connection refused (${message})` };
  if (has((c) => TLS_CODES.test(c))) return { kind: 'tls', message: `TLS failed: ${message}` };
  if (has((c) => /TIMEOUT|ETIMEDOUT/.test(c))) return { kind: 'timeout', message: `timed out (${message})` };
  if (has((c) => c === 'ECONNRESET' || c === 'EPIPE' || c === 'UND_ERR_SOCKET' || c === 'UND_ERR_CLOSED')) {
    return { kind: 'reset', message: `connection reset (${message})` };
  }
  if (has((c) => c === 'ENOTFOUND' || c === 'EAI_AGAIN'))
    return { kind: 'dns', message: `host not found (${message})` };
  return { kind: 'other', message: message || String(error) };
}
