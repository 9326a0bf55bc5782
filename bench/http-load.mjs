// What the benches share: a closed-loop HTTP/1.1 GET load generator over raw keep-alive sockets, and framed request headers.
import { connect, createServer } from 'node:net';

/**
 * Closed-loop load over raw keep-alive sockets: `connections` connections, each sending its next request when
 * the previous response (headers + content-length bytes) has arrived. Far cheaper than http.request, so
 * the generator is not what limits the faster servers.
 */
export async function load(port, path, durationMs, connections) {
  const request = Buffer.from(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAccept: application/json\r\n\r\n`);
  return loadRequests([port], request, durationMs, connections, '200');
}

/**
 * The same closed loop with any raw request (a POST) over several ports: connection i goes to
 * ports[i % n], as behind a round-robin balancer. A response whose status is not `okStatus` is an error.
 */
export async function loadRequests(ports, request, durationMs, connections, okStatus) {
  const latencies = [];
  let errors = 0;
  const end = performance.now() + durationMs;
  const worker = (_, index) =>
    new Promise((resolve) => {
      const socket = connect(ports[index % ports.length], '127.0.0.1');
      socket.setNoDelay(true);
      let sent = 0;
      const send = () => {
        if (performance.now() >= end) {
          socket.destroy();
          resolve();
          return;
        }
        sent = performance.now();
        socket.write(request);
      };
      socket.on('connect', send);
      socket.on('error', () => {
        errors++;
        resolve();
      });
      onResponses(socket, (status) => {
        if (status !== okStatus) errors++;
        latencies.push(performance.now() - sent);
        send();
      });
    });
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  return { ...summarize(latencies, elapsed), errors };
}

/** Requests/s and latency percentiles (ms) of answered requests. */
function summarize(latencies, elapsedSeconds) {
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return {
    rps: latencies.length / elapsedSeconds,
    p50: at(0.5),
    p99: at(0.99),
    p999: at(0.999),
    max: latencies.at(-1) ?? Number.NaN,
    count: latencies.length,
  };
}

/** Calls onDue(now) for request k once it is due at start + k / rate (k < total); returns the start. */
function pace(rate, total, onDue) {
  const started = performance.now();
  let due = 0;
  const pump = () => {
    const now = performance.now();
    while (due < total && started + (due * 1000) / rate <= now) {
      due++;
      onDue(now);
    }
    if (due < total) setTimeout(pump, Math.max(0, started + (due * 1000) / rate - performance.now()));
  };
  pump();
  return started;
}

/**
 * Open-loop load at a fixed rate below saturation: request k is due at start + k / rate, whatever the
 * answers do, on the first free one of `connections` keep-alive connections (connection i to
 * ports[i % n]). A request's latency runs from the moment the generator found it due: time it waited for
 * a free connection (the server answering too slowly) counts, the generator's own timer lateness does
 * not. `late` counts requests that found no free connection. Saturating closed-loop load (loadRequests)
 * measures queueing on a machine whose cores are all busy; this measures what one request costs when the
 * server keeps up.
 */
export async function loadAtRate(ports, request, rate, durationMs, connections, okStatus) {
  const latencies = [];
  let errors = 0;
  let late = 0;
  const free = [];
  const waiting = [];
  const total = Math.floor((rate * durationMs) / 1000);
  let answered = 0;
  let finish;
  const done = new Promise((resolve) => {
    finish = resolve;
  });
  const dispatch = (connection, at) => {
    connection.sent = at;
    connection.socket.write(request);
  };
  const onDue = (now) => {
    const connection = free.pop();
    if (connection) dispatch(connection, now);
    else {
      late++;
      waiting.push(now);
    }
  };
  const sockets = await Promise.all(
    Array.from(
      { length: connections },
      (_, index) =>
        new Promise((resolve) => {
          const socket = connect(ports[index % ports.length], '127.0.0.1');
          socket.setNoDelay(true);
          const connection = { socket, sent: 0 };
          socket.on('connect', () => resolve(connection));
          socket.on('error', () => {
            errors++;
            resolve(connection);
          });
          onResponses(socket, (status) => {
            if (status !== okStatus) errors++;
            latencies.push(performance.now() - connection.sent);
            answered++;
            const next = waiting.shift();
            if (next !== undefined) dispatch(connection, next);
            else free.push(connection);
            if (answered === total) finish();
          });
        }),
    ),
  );
  free.push(...sockets.filter((c) => !c.socket.destroyed));
  const started = pace(rate, total, onDue);
  const limit = setTimeout(finish, durationMs + 10_000);
  await done;
  clearTimeout(limit);
  const elapsed = (performance.now() - started) / 1000;
  for (const { socket } of sockets) socket.destroy();
  errors += total - answered;
  return { ...summarize(latencies, elapsed), errors, late };
}

/**
 * The same fixed rate for any call returning a promise (a Redis command), with no limit on calls in
 * flight: latency from when each call was due to when it settled.
 */
export async function callsAtRate(call, rate, durationMs) {
  const latencies = [];
  let errors = 0;
  const total = Math.floor((rate * durationMs) / 1000);
  let settled = 0;
  let started = 0;
  await new Promise((resolve) => {
    started = pace(rate, total, (at) => {
      call()
        .then(
          () => latencies.push(performance.now() - at),
          () => errors++,
        )
        .finally(() => {
          if (++settled === total) resolve();
        });
    });
  });
  return { ...summarize(latencies, (performance.now() - started) / 1000), errors, late: 0 };
}

/** Calls `onResponse(status)` for each whole HTTP/1.1 response (headers + content-length bytes) on the socket. */
function onResponses(socket, onResponse) {
  let buffer = Buffer.alloc(0);
  socket.on('data', (chunk) => {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const head = buffer.subarray(0, headerEnd).toString('latin1');
      const length = Number(/content-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
      if (buffer.length < headerEnd + 4 + length) return;
      buffer = buffer.subarray(headerEnd + 4 + length);
      onResponse(head.slice('HTTP/1.1 '.length, 'HTTP/1.1 '.length + 3));
    }
  });
}

/**
 * node's client sends a DELETE (or GET) body with neither Content-Length nor chunked encoding: the server
 * then reads those bytes as a next request and answers it too, which looked like broken framing.
 */
export function framed(headers, body) {
  if (body === undefined) return headers;
  const named = Object.keys(headers).some((name) => /^(content-length|transfer-encoding)$/i.test(name));
  return named ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
}

const handedOut = new Set();

/**
 * A port free on loopback right now (for servers the bench starts with a fixed port), never one this process
 * was already given (the OS may offer a closed one again).
 */
export async function freePort() {
  for (;;) {
    const server = createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    await new Promise((resolve) => server.close(resolve));
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    return port;
  }
}
