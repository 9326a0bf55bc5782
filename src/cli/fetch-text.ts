const MAX_REMOTE_BYTES = 8 * 1024 * 1024;
const TIMEOUT_MS = 10_000;

/** Downloads one remote $ref document for `--allow-remote-refs`: bounded in time and size. */
export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_REMOTE_BYTES) throw new Error(`${declared} bytes, over the ${MAX_REMOTE_BYTES} limit`);
  const body = await response.arrayBuffer();
  if (body.byteLength > MAX_REMOTE_BYTES) throw new Error(`over the ${MAX_REMOTE_BYTES} byte limit`);
  return new TextDecoder().decode(body);
}
