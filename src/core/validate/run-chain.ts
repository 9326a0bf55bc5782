import { checkResponse, locate, operationLabel } from './check-response.js';
import { toCurl } from './curl.js';
import { createdId, type ResourceChain } from './stateful-chains.js';
import type { ValidationSession } from './validation-session.js';

const is2xx = (status: number) => status >= 200 && status <= 299;

/**
 * create -> read -> delete -> read again: `ensure_resource_availability` when the created resource cannot
 * be read, `use_after_free` when the deleted one still can. Every response also gets the usual checks.
 */
export async function runChain(session: ValidationSession, chain: ResourceChain): Promise<void> {
  if (session.unreachable || !session.budgetLeft()) return;
  const { context, contract } = session;
  const createRequest = session.requestFor(chain.create);
  const created = await session.send(chain.create, createRequest);
  if (!('status' in created) || !is2xx(created.status)) return;
  const id = createdId(created, chain.param);
  if (id === undefined) return;
  if (chain.read) {
    const request = session.requestFor(chain.read, { [chain.param]: id });
    const response = await session.send(chain.read, request);
    if (!('status' in response)) return;
    const curl = toCurl(request);
    session.record(checkResponse(context, chain.read, response, curl));
    if (!is2xx(response.status)) {
      session.record([
        {
          check: 'ensure_resource_availability',
          operation: operationLabel(chain.read),
          location: locate(contract, chain.read.pointer),
          message: `${operationLabel(chain.create)} created '${id}' (${created.status}) but ${request.method} returned ${response.status}`,
          status: response.status,
          actual: response.status,
          curl: `${toCurl(createRequest)} && ${curl}`,
        },
      ]);
    }
  }
  if (!chain.remove) return;
  const removeRequest = session.requestFor(chain.remove, { [chain.param]: id });
  const removed = await session.send(chain.remove, removeRequest);
  if (!('status' in removed)) return;
  session.record(checkResponse(context, chain.remove, removed, toCurl(removeRequest)));
  if (!chain.read || !is2xx(removed.status)) return;
  const again = session.requestFor(chain.read, { [chain.param]: id });
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
        curl: `${toCurl(removeRequest)} && ${toCurl(again)}`,
      },
    ]);
  }
}
