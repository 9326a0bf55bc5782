/** A query string or form body as `key=value` pairs, still percent-encoded, in the order sent. */
export type RawPairs = ReadonlyArray<readonly [string, string]>;

export function splitPairs(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  if (text === '') return pairs;
  for (const part of text.split('&')) {
    if (part === '') continue;
    const index = part.indexOf('=');
    pairs.push(index < 0 ? [part, ''] : [part.slice(0, index), part.slice(index + 1)]);
  }
  return pairs;
}

/** Form decoding (`+` is a space); malformed percent-encoding stays as sent. */
export function formDecode(raw: string): string {
  const text = raw.includes('+') ? raw.replace(/\+/g, ' ') : raw;
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Decoding for `allowReserved` values: reserved characters such as `+` arrive as themselves. */
export function reservedDecode(raw: string): string {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The values of one key, in order; keys are compared decoded. */
export function valuesOf(pairs: RawPairs, key: string, decode: (raw: string) => string = formDecode): string[] {
  const values: string[] = [];
  for (const [rawKey, rawValue] of pairs) if (formDecode(rawKey) === key) values.push(decode(rawValue));
  return values;
}

/** `a=1; b=2` -> pairs (a cookie value may be quoted). */
export function splitCookies(header: string | undefined): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  if (!header) return pairs;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    const name = part.slice(0, index).trim();
    const value = part
      .slice(index + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (name !== '') pairs.push([name, value]);
  }
  return pairs;
}
