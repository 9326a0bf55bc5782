import { maxHeaderSize } from 'node:http';
import type { Duplex } from 'node:stream';
import { createProblem, PROBLEM_CONTENT_TYPE } from './problem.js';

/**
 * The answer to a request Node's parser refused before any handler saw it: headers over the limit get 431
 * (RFC 6585), a request not complete in time 408, anything else malformed 400; each with a problem
 * document, and the connection closes.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const problem =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? createProblem(
          431,
          'Request Header Fields Too Large',
          `the request headers are larger than ${Math.round(maxHeaderSize / 1024)} KiB`,
        )
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? createProblem(408, 'Request Timeout', 'the request did not arrive in time')
        : createProblem(400, 'Bad Request', `malformed HTTP request (${error.code ?? error.message})`);
  const body = JSON.stringify(problem);
  socket.end(
    `HTTP/1.1 ${problem.status} ${problem.title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
