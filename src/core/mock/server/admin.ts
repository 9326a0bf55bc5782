import type { IncomingMessage } from 'node:http';
import type { RequestTarget } from '../http/parse-target.js';
import type { MockContext } from './mock-context.js';
import type { PreparedWorkspace } from './prepare-workspace.js';
import { jsonReply, problemReply, type Reply } from './respond.js';

/**
 * The admin API under `/__mockforge/` on every port:
 * GET health, GET ready (the state store answers too), POST reset, GET state, GET journal
 * (?workspace=&limit=), DELETE journal.
 */
export async function handleAdmin(
  workspace: PreparedWorkspace,
  context: MockContext,
  request: IncomingMessage,
  method: string,
  target: RequestTarget,
): Promise<Reply> {
  request.resume();
  const action = target.segments.slice(1).join('/');
  const first = (key: string) => {
    const value = target.query[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const read = method === 'GET' || method === 'HEAD';
  if (action === 'health' && read) {
    return jsonReply(200, {
      status: 'ok',
      workspace: workspace.config.name,
      pid: process.pid,
      uptimeMs: Math.round(performance.now() - context.startedAt),
      workspaces: context.workspaces.map((w) => ({ name: w.config.name, port: w.config.port })),
      store: context.store.name,
    });
  }
  if (action === 'ready' && read) {
    // One store call: throws StoreUnavailableError (503 problem+json) while the store is lost.
    await context.store.size();
    return jsonReply(200, { status: 'ready', store: context.store.name });
  }
  if (action === 'reset' && method === 'POST') {
    await context.reseed();
    if (first('journal') === 'true') context.journal.clear();
    return jsonReply(200, { status: 'reset', records: await context.store.size() });
  }
  if (action === 'state' && read) {
    return jsonReply(200, {
      workspaceId: context.workspaceId,
      enabled: context.stateEnabled,
      store: context.store.name,
      collections: await context.store.dump(),
    });
  }
  if (action === 'journal' && read) {
    const limit = Number(first('limit') ?? Number.NaN);
    const entries = context.journal.list({
      workspace: first('workspace'),
      limit: Number.isInteger(limit) ? limit : undefined,
    });
    return jsonReply(200, { total: context.journal.total, entries });
  }
  if (action === 'journal' && method === 'DELETE') {
    context.journal.clear();
    return { status: 204, headers: {}, body: undefined };
  }
  return problemReply(404, 'Not found', `no admin endpoint ${method} /__mockforge/${action}`, {
    endpoints: ['GET health', 'GET ready', 'POST reset', 'GET state', 'GET journal', 'DELETE journal'],
  });
}
