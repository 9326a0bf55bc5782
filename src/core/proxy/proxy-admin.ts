import type { IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { RequestTarget } from '../mock/http/parse-target.js';
import { jsonReply, problemReply, type Reply } from '../mock/server/respond.js';
import type { ProxyContext, ProxyWorkspace } from './handle-exchange.js';
import { buildProxyReport } from './proxy-report.js';

/**
 * The proxy's admin API under `/__mockforge/` (never forwarded): GET health (what `up` polls), GET journal
 * (`?workspace=&limit=`), GET report (the distinct violations so far, from the in-memory journal).
 */
export function answerAdmin(
  workspace: ProxyWorkspace,
  context: ProxyContext,
  request: IncomingMessage,
  method: string,
  target: RequestTarget,
): Reply {
  request.resume();
  const action = target.segments.slice(1).join('/');
  const first = (key: string) => [target.query[key]].flat()[0];
  if (method !== 'GET' && method !== 'HEAD') return problemReply(405, 'Method not allowed', `${method} ${target.path}`);
  if (action === 'health') {
    return jsonReply(200, {
      status: 'ok',
      mode: 'proxy',
      workspace: workspace.prepared.config.name,
      target: workspace.target,
      pid: process.pid,
      uptimeMs: Math.round(performance.now() - context.startedAt),
    });
  }
  if (action === 'journal') {
    const limit = first('limit');
    return jsonReply(200, {
      total: context.journal.total,
      entries: context.journal.list({ workspace: first('workspace'), limit: limit ? Number(limit) : undefined }),
    });
  }
  if (action === 'report') return jsonReply(200, buildProxyReport(context.journal.list()));
  return problemReply(404, 'Not found', `no admin endpoint ${target.path} (health, journal, report)`);
}
