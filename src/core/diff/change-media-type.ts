import { parsePointer } from '../source/json-pointer.js';
import type { ChangeRoute } from './change-route.js';
import { isInsideSchema, type NodeView, walkRoute } from './walk-route.js';

export interface MediaTypeProbe {
  operation: string;
  route: ChangeRoute;
  id: string;
  base: NodeView;
  head: NodeView;
  /** A node oasdiff named by its line (either revision), when it did. */
  named: string | undefined;
}

/**
 * The media type a request body or response change is about when oasdiff's text names none and the body
 * has several, each with its own schema (`application/json` and `application/xml` written out twice):
 * the one oasdiff's line is in; else the one the element left (its route is whole in the base and not in
 * the head) or came to (the other way round). Undefined when that cannot tell (a change inside both, or one
 * media type): the walk then takes the first media type that holds the route.
 */
export function mediaTypeOfChange(probe: MediaTypeProbe): string | undefined {
  const section = probe.route.section?.kind;
  if (probe.route.mediaType || (section !== 'response' && section !== 'requestBody')) return undefined;
  // A body or response added or removed as a whole is located at itself, not at one of its media types.
  if (!isInsideSchema(probe.route, probe.id)) return undefined;
  if (probe.named !== undefined) {
    const segments = parsePointer(probe.named);
    const content = segments.findIndex(
      (segment, i) =>
        segment === 'content' &&
        (segments[i - 1] === 'requestBody' || segments[i - 2] === 'responses' || segments[i - 2] === 'requestBodies'),
    );
    if (content >= 0 && content + 1 < segments.length) return segments[content + 1];
  }
  const types = [...new Set([...mediaTypesOf(probe, 'base'), ...mediaTypesOf(probe, 'head')])];
  if (types.length < 2) return undefined;
  const whole = (type: string, side: 'base' | 'head') =>
    walkRoute(probe[side], probe.operation, { ...probe.route, mediaType: { base: type, head: type } }, side, probe.id)
      .complete;
  return (
    types.find((type) => whole(type, 'base') && !whole(type, 'head')) ??
    types.find((type) => !whole(type, 'base') && whole(type, 'head'))
  );
}

const NO_SUCH_MEDIA_TYPE = '\u0000';

const mediaTypesByView = new WeakMap<NodeView, Map<string, string[]>>();

/**
 * The `content` keys of the body or response the route names, in one revision (the walk stops at `content`):
 * once per operation and section, since thousands of changes of a large pair share a few of them.
 */
function mediaTypesOf(probe: MediaTypeProbe, side: 'base' | 'head'): string[] {
  const view = probe[side];
  let known = mediaTypesByView.get(view);
  if (!known) {
    known = new Map();
    mediaTypesByView.set(view, known);
  }
  const key = `${probe.operation} ${JSON.stringify(probe.route.section)}`;
  let types = known.get(key);
  if (!types) {
    const route = { ...probe.route, mediaType: { base: NO_SUCH_MEDIA_TYPE, head: NO_SUCH_MEDIA_TYPE } };
    const stop = walkRoute(view, probe.operation, route, side, probe.id).pointer;
    types = stop.endsWith('/content') ? view.keys(stop) : [];
    known.set(key, types);
  }
  return types;
}
