/**
 * A `paths` key split into the path it routes on and the conditions it encodes after `?` or `#`. Real
 * descriptions of RPC-style APIs name one operation per action on a shared path: `/rest?method=flickr.x`
 * (a query parameter) or AWS's `/#X-Amz-Target=Service.Action` (a fragment, which clients never send: the
 * value travels in the header or query parameter of that name).
 */
export interface PathKey {
  path: string;
  conditions: PathCondition[];
}

export interface PathCondition {
  name: string;
  /**
   * Undefined for a name alone (AWS's `/v1/package/version/publish#domain&repository`: the request carries
   * those parameters, with any value).
   */
  value: string | undefined;
  /** Where the key wrote it: `query` after `?`, `fragment` after `#`. */
  from: 'query' | 'fragment';
}

export function splitPathKey(key: string): PathKey {
  const cut = key.search(/[?#]/);
  if (cut < 0) return { path: key, conditions: [] };
  const conditions: PathCondition[] = [];
  let from: PathCondition['from'] = key[cut] === '?' ? 'query' : 'fragment';
  for (const part of key.slice(cut + 1).split(/([?#&])/)) {
    if (part === '?') from = 'query';
    else if (part === '#') from = 'fragment';
    else if (part !== '&' && part !== '') {
      const equals = part.indexOf('=');
      const name = equals < 0 ? part : part.slice(0, equals);
      if (name !== '') conditions.push({ name, value: equals < 0 ? undefined : part.slice(equals + 1), from });
    }
  }
  return { path: key.slice(0, cut) || '/', conditions };
}
