interface AcceptRange {
  type: string;
  subtype: string;
  q: number;
}

/** Parses an Accept header into ranges sorted by preference (q, then specificity). */
export function parseAccept(header: string | undefined): AcceptRange[] {
  if (!header || header.trim() === '') return [{ type: '*', subtype: '*', q: 1 }];
  const ranges: AcceptRange[] = [];
  for (const part of header.split(',')) {
    const [range = '', ...params] = part.split(';');
    const [type = '*', subtype = '*'] = range.trim().toLowerCase().split('/');
    let q = 1;
    for (const param of params) {
      const [key, value] = param.split('=');
      if (key?.trim() === 'q') q = Number.parseFloat(value ?? '1');
    }
    if (Number.isFinite(q) && q > 0) ranges.push({ type, subtype: subtype || '*', q });
  }
  const specificity = (r: AcceptRange) => (r.type === '*' ? 0 : r.subtype === '*' ? 1 : 2);
  return ranges.sort((a, b) => b.q - a.q || specificity(b) - specificity(a));
}

/** The first of `available` (media types as written in the contract) that the client accepts, if any. */
export function negotiateMediaType(accept: string | undefined, available: readonly string[]): string | undefined {
  if (available.length === 0) return undefined;
  const ranges = parseAccept(accept);
  for (const range of ranges) {
    for (const candidate of available) {
      const [type = '', subtype = ''] = (candidate.split(';')[0] ?? '').trim().toLowerCase().split('/');
      if (range.type !== '*' && range.type !== type && type !== '*') continue;
      if (range.subtype !== '*' && !subtypeMatches(range.subtype, subtype)) continue;
      return candidate;
    }
  }
  return undefined;
}

/** `json` also fits `problem+json` and `vnd.x+json`, so clients asking for JSON get JSON variants. */
function subtypeMatches(wanted: string, offered: string): boolean {
  if (wanted === offered || offered === '*') return true;
  return wanted === 'json' && offered.endsWith('+json');
}

/** True for `application/json`, `application/problem+json`, `text/json`... */
export function isJsonMediaType(mediaType: string): boolean {
  const base = (mediaType.split(';')[0] ?? '').trim().toLowerCase();
  return base === '*/*' || base.endsWith('/json') || base.endsWith('+json');
}
