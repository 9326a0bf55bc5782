import { Agent, request } from 'undici';
import type { PlannedRequest, Transport, TransportResponse } from './transport.js';

/** Responses larger than this are cut off: a validator must not buffer an endless stream. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** The real transport: undici with keep-alive connections, bounded per origin. */
export function createHttpTransport(options: { connections?: number } = {}): Transport & { close(): Promise<void> } {
  const agent = new Agent({ connections: options.connections ?? 8, keepAliveTimeout: 4000 });
  const send = async (planned: PlannedRequest, timeoutMs: number): Promise<TransportResponse> => {
    const response = await request(planned.url, {
      method: planned.method as 'GET',
      headers: planned.headers,
      ...(planned.body !== undefined ? { body: planned.body } : {}),
      dispatcher: agent,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      // undici checks its own timeouts about once a second: the signal holds the exact deadline
      signal: AbortSignal.timeout(timeoutMs),
      // redirects are not followed: a 3xx is a response to check like any other
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let truncated = false;
    for await (const chunk of response.body) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) {
        response.body.destroy();
        truncated = true;
        break;
      }
      chunks.push(chunk as Buffer);
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    const body = Buffer.concat(chunks).toString('utf8');
    return { status: response.statusCode, headers, body, ...(truncated ? { truncated } : {}) };
  };
  return Object.assign(send, { close: () => agent.close() });
}
