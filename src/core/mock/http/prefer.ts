/** Prism's `Prefer` conventions: `code=404`, `example=name`, `dynamic=true`. */
export interface Preferences {
  code?: number;
  example?: string;
  dynamic?: boolean;
}

/** Prism's query forms of the same preferences, removed from the query before validation. */
export const PREFERENCE_QUERY_KEYS = ['__code', '__example', '__dynamic'] as const;

export function parsePrefer(header: string | string[] | undefined): Preferences {
  const preferences: Preferences = {};
  if (!header) return preferences;
  const text = Array.isArray(header) ? header.join(',') : header;
  for (const part of text.split(/[,;]/)) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    setPreference(
      preferences,
      part.slice(0, index).trim().toLowerCase(),
      part
        .slice(index + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1'),
    );
  }
  return preferences;
}

/**
 * The preferences of a request: the `Prefer` header when it has one, else `?__code=`, `?__example=`,
 * `?__dynamic=` (as Prism: the query forms are read only without the header).
 */
export function requestPreferences(
  header: string | string[] | undefined,
  query: Readonly<Record<string, string | string[]>>,
): Preferences {
  if (header) return parsePrefer(header);
  const preferences: Preferences = {};
  for (const key of PREFERENCE_QUERY_KEYS) {
    const value = query[key];
    if (value !== undefined) setPreference(preferences, key.slice(2), String(Array.isArray(value) ? value[0] : value));
  }
  return preferences;
}

function setPreference(preferences: Preferences, key: string, value: string): void {
  if (key === 'code' && /^\d{3}$/.test(value)) preferences.code = Number(value);
  else if (key === 'example' && value !== '') preferences.example = value;
  else if (key === 'dynamic') preferences.dynamic = value === 'true';
}
