/** Prism's `Prefer` conventions: `code=404`, `example=name`, `dynamic=true`. */
export interface Preferences {
  code?: number;
  example?: string;
  dynamic?: boolean;
}

export function parsePrefer(header: string | string[] | undefined): Preferences {
  const preferences: Preferences = {};
  if (!header) return preferences;
  const text = Array.isArray(header) ? header.join(',') : header;
  for (const part of text.split(/[,;]/)) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    const key = part.slice(0, index).trim().toLowerCase();
    const value = part
      .slice(index + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (key === 'code' && /^\d{3}$/.test(value)) preferences.code = Number(value);
    else if (key === 'example' && value !== '') preferences.example = value;
    else if (key === 'dynamic') preferences.dynamic = value === 'true';
  }
  return preferences;
}
