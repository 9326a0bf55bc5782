import type { IncomingMessage } from 'node:http';
import type { RequestTarget } from '../http/parse-target.js';
import { documentedErrorStatus } from '../response/response-spec.js';
import type { ConditionCheck, RouteMatch } from '../routing/route-table.js';
import type { MockRoute, PreparedWorkspace } from './prepare-workspace.js';
import { problemReply, type Reply } from './respond.js';

/**
 * The route of a request under the contract's base path (or an operation's own servers), or the mock's answer
 * when there is none: 404 (outside the base path, or no route, with the closest routes) or 405 with `Allow`
 * (the path's documented 405 when one of its operations documents it, answered from the contract).
 * The proxy reads the same answer as "the contract does not document this".
 */
export function routeRequest(
  workspace: PreparedWorkspace,
  request: IncomingMessage,
  method: string,
  target: RequestTarget,
): Extract<RouteMatch<MockRoute>, { kind: 'found' }> | { refusal: Reply; documentedBy?: MockRoute } {
  const carries = carriesConditions(request, target.query);
  const own = workspace.elsewhere?.match(method, target.segments, target.path, carries);
  if (own?.kind === 'found') return own;
  const base = workspace.baseSegments;
  if (base.some((segment, i) => target.segments[i] !== segment)) {
    return {
      refusal: problemReply(404, 'Not found', `${target.path} is outside the base path /${base.join('/')}`, {
        closest: workspace.table.closest(target.path).map((p) => `/${base.join('/')}${p}`),
      }),
    };
  }
  const segments = base.length > 0 ? target.segments.slice(base.length) : target.segments;
  const match: RouteMatch<MockRoute> = workspace.table.match(method, segments, `/${segments.join('/')}`, carries);
  if (match.kind === 'not-found') {
    return {
      refusal: problemReply(
        404,
        'Not found',
        `no route of '${workspace.config.name}' matches ${method} ${target.path}`,
        {
          closest: match.closest.map((p) => (base.length > 0 ? `/${base.join('/')}${p}` : p)),
        },
      ),
    };
  }
  if (match.kind === 'method-not-allowed') {
    // An operation of the path that documents a 405 (or the range or `default` covering it): the mock
    // answers from the contract as that operation would (the proxy keeps the plain refusal).
    const documentedBy = match.onPath.find((route) => route.responses && documentedErrorStatus(route.responses, [405]));
    return {
      ...(documentedBy ? { documentedBy } : {}),
      refusal: problemReply(
        405,
        'Method not allowed',
        `${method} is not allowed on ${target.path}`,
        { allow: match.allow },
        { allow: match.allow.join(', ') },
      ),
    };
  }
  return match;
}

/**
 * A path key's `?name=value` / `#name=value` is carried as a query parameter or a header of that name; a
 * name alone (`#domain`) by either, with any value.
 */
function carriesConditions(request: IncomingMessage, query: Record<string, string | string[]>): ConditionCheck {
  return (conditions) =>
    conditions.every(({ name, value }) => {
      const inQuery = query[name];
      const inHeader = request.headers[name.toLowerCase()];
      if (value === undefined) return inQuery !== undefined || inHeader !== undefined;
      if (inQuery === value || (Array.isArray(inQuery) && inQuery.includes(value))) return true;
      return inHeader === value;
    });
}
