import type { ProxyViolation } from './types.js';

/** Header values stay under Prism's bound (8 KiB minus room for the other headers of the response). */
const MAX_HEADER = 8 * 1024 - 100;

/**
 * `x-mockforge-violations`: the exchange's violations as a JSON array (side, check, operation, place,
 * message, contract `file:line`). Past the size bound the array ends with `{"more": n}`, so it stays JSON.
 */
export function mockforgeViolationsHeader(violations: readonly ProxyViolation[], display: (file: string) => string) {
  const items = violations.map((v) => ({
    side: v.side,
    check: v.check,
    operation: v.operation,
    ...(v.at !== undefined ? { at: v.at } : {}),
    message: v.message,
    ...(v.location ? { location: `${display(v.location.file)}:${v.location.line}` } : {}),
  }));
  for (let kept = items.length; kept >= 0; kept--) {
    const list: object[] = items.slice(0, kept);
    if (kept < items.length) list.push({ more: items.length - kept });
    const value = asciiJson(list);
    if (value.length <= MAX_HEADER) return value;
  }
  return asciiJson([{ more: items.length }]);
}

/**
 * `sl-violations` as Stoplight Prism's proxy writes it, for clients written against Prism: a JSON array of
 * `{location: ['request'|'response', ...path], severity, code, message}`; too long, it is cut after
 * `Too many violations! ` exactly as Prism cuts it.
 */
export function prismViolationsHeader(violations: readonly ProxyViolation[]): string {
  const items = violations.map((v) => ({
    location: [v.side === 'consumer' ? 'request' : 'response', ...placeOf(v)],
    severity: 'Error',
    code: v.check,
    message: v.message,
  }));
  const value = asciiJson(items);
  return value.length > MAX_HEADER ? `Too many violations! ${value.substring(0, MAX_HEADER)}` : value;
}

/** `body /items/0/quantity` -> body, items, 0, quantity; `query limit` -> query, limit; `/price` -> body, price. */
function placeOf(violation: ProxyViolation): string[] {
  const at = violation.at;
  if (at === undefined) return [];
  if (at === '') return violation.side === 'provider' ? ['body'] : [];
  if (at.startsWith('header:')) return ['headers', at.slice('header:'.length)];
  const [where, ...rest] = at.startsWith('/') ? ['body', at] : at.split(' ');
  const path = rest.join(' ');
  const segments = path.startsWith('/')
    ? path
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    : path
      ? [path]
      : [];
  return [where === 'header' ? 'headers' : (where ?? ''), ...segments];
}

/** JSON with everything outside printable ASCII escaped: a header value may carry nothing else. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
