import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake GitHub API got. */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface RecordingGitHub {
  url: string;
  requests: RecordedRequest[];
  comments: Array<{ id: number; body: string }>;
  /** Mistakes GitHub would reject (wrong auth, too many annotations): every test asserts it stays empty. */
  violations: string[];
  close(): Promise<void>;
}

/**
 * A loopback stand-in for the GitHub REST API the Action calls, answering like GitHub does: check runs
 * (create, update with at most 50 annotations), issue comments (list, create, update). With `readOnly`
 * every write is 403 "Resource not accessible by integration", as for a fork's token.
 */
export async function startRecordingGitHub(options: { token: string; readOnly?: boolean }): Promise<RecordingGitHub> {
  const requests: RecordedRequest[] = [];
  const comments: Array<{ id: number; body: string }> = [];
  const violations: string[] = [];
  let nextId = 1000;
  const server: Server = createServer(async (req, res) => {
    const body = await readJson(req);
    const path = (req.url ?? '').split('?')[0] as string;
    const method = req.method ?? '';
    requests.push({ method, path, authorization: req.headers.authorization, body });
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    if (
      req.headers.authorization !== `token ${options.token}` &&
      req.headers.authorization !== `Bearer ${options.token}`
    ) {
      violations.push(`${method} ${path}: authorization ${req.headers.authorization}`);
      return send(401, { message: 'Bad credentials' });
    }
    if (options.readOnly && method !== 'GET') return send(403, { message: 'Resource not accessible by integration' });
    const base = /^\/repos\/([^/]+)\/([^/]+)/.exec(path);
    if (!base) return send(404, { message: 'Not Found' });
    const rest = path.slice(base[0].length);
    if (method === 'POST' && rest === '/check-runs') {
      const input = body as { name?: string; head_sha?: string; output?: { annotations?: unknown[] } };
      if (!input.name || !input.head_sha) violations.push('check run without name or head_sha');
      checkAnnotations(input.output?.annotations, violations);
      const id = nextId++;
      return send(201, { id, html_url: `https://github.test/checks/${id}` });
    }
    if (method === 'PATCH' && /^\/check-runs\/\d+$/.test(rest)) {
      checkAnnotations((body as { output?: { annotations?: unknown[] } }).output?.annotations, violations);
      return send(200, { id: Number(rest.split('/')[2]) });
    }
    const list = /^\/issues\/(\d+)\/comments$/.exec(rest);
    if (list && method === 'GET')
      return send(
        200,
        comments.map((c) => ({ ...c, html_url: `https://github.test/c/${c.id}` })),
      );
    if (list && method === 'POST') {
      const comment = { id: nextId++, body: String((body as { body?: string }).body) };
      if (comment.body.length > 65_536) violations.push(`comment of ${comment.body.length} characters`);
      comments.push(comment);
      return send(201, { ...comment, html_url: `https://github.test/c/${comment.id}` });
    }
    const one = /^\/issues\/comments\/(\d+)$/.exec(rest);
    if (one && method === 'PATCH') {
      const comment = comments.find((c) => c.id === Number(one[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = String((body as { body?: string }).body);
      if (comment.body.length > 65_536) violations.push(`comment of ${comment.body.length} characters`);
      return send(200, { ...comment, html_url: `https://github.test/c/${comment.id}` });
    }
    violations.push(`unexpected ${method} ${path}`);
    return send(404, { message: 'Not Found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    comments,
    violations,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** GitHub answers 422 to more than 50 annotations per request, or to one without path/lines/level. */
function checkAnnotations(annotations: unknown[] | undefined, violations: string[]): void {
  if (!annotations) return;
  if (annotations.length > 50) violations.push(`${annotations.length} annotations in one request`);
  for (const a of annotations as Array<Record<string, unknown>>) {
    if (typeof a.path !== 'string' || a.path.startsWith('/') || typeof a.start_line !== 'number') {
      violations.push(`bad annotation ${JSON.stringify(a)}`);
    }
    if (!['notice', 'warning', 'failure'].includes(String(a.annotation_level))) {
      violations.push(`bad annotation level ${String(a.annotation_level)}`);
    }
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}
