import type { PlannedRequest } from '../http/transport.js';
import { checkResponse, locate, operationLabel } from './check-response.js';
import { chainCurl, toCurl } from './curl.js';
import { createdId, type ResourceChain } from './stateful-chains.js';
import type { ValidationSession } from './validation-session.js';

const is2xx = (status: number) => status >= 200 && status <= 299;

/**
 * create -> read -> delete -> read again: `ensure_resource_availability` when the created resource cannot
 * be read, `use_after_free` when the deleted one still can. Every response also gets the usual checks.
 * Reproducers replay the whole chain: the shell line captures the id from the create's answer.
 */
export async function runChain(session: ValidationSession, chain: ResourceChain): Promise<void> {
  if (session.unreachable || !session.budgetLeft()) return;
  const { context, contract } = session;
  const createRequest = session.requestFor(chain.create).request;
  const created = await session.send(chain.create, createRequest);
  if (!('status' in created) || !is2xx(created.status)) return;
  session.capture(chain.create, createRequest, created);
  const found = createdId(created, chain.param);
  if (found === undefined) return;
  const { id, from } = found;
  const replay = (...steps: PlannedRequest[]) => chainCurl(createRequest, from, id, steps);
  if (chain.read) {
    const request = session.requestFor(chain.read, { [chain.param]: id }).request;
    const response = await session.send(chain.read, request);
    if (!('status' in response)) return;
    session.record(checkResponse(context, chain.read, response, toCurl(request)));
    if (!is2xx(response.status)) {
      session.record([
        {
          check: 'ensure_resource_availability',
          operation: operationLabel(chain.read),
          location: locate(contract, chain.read.pointer),
          message: `${operationLabel(chain.create)} created '${id}' (${created.status}) but ${request.method} returned ${response.status}`,
          status: response.status,
          actual: response.status,
          curl: replay(request),
        },
      ]);
    }
  }
  if (!chain.remove) return;
  const removeRequest = session.requestFor(chain.remove, { [chain.param]: id }).request;
  const removed = await session.send(chain.remove, removeRequest);
  if (!('status' in removed)) return;
  session.record(checkResponse(context, chain.remove, removed, toCurl(removeRequest)));
  if (is2xx(removed.status)) session.forget([id]);
  if (!chain.read || !is2xx(removed.status)) return;
  const again = session.requestFor(chain.read, { [chain.param]: id }).request;
  const after = await session.send(chain.read, again);
  if ('status' in after && is2xx(after.status)) {
    session.record([
      {
        check: 'use_after_free',
        operation: operationLabel(chain.read),
        location: locate(contract, chain.read.pointer),
        message: `'${id}' was deleted (${removeRequest.method} returned ${removed.status}) but ${again.method} still returns ${after.status}`,
        status: after.status,
        actual: after.status,
        curl: replay(removeRequest, again),
      },
    ]);
  }
}
