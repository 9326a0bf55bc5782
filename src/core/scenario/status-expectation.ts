import type { StatusExpectation } from './types.js';

/** `200`, `[200, 201]`, `"2xx"`, `"200-299"`, `"200, 204"`: already shape-checked by the scenario schema. */
export function parseStatusExpectation(value: unknown): StatusExpectation {
  if (value === undefined) return { text: '2xx', ranges: [[200, 299]] };
  const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
  const ranges = parts.map((part): [number, number] => {
    if (typeof part === 'number') return [part, part];
    const text = String(part).trim();
    const wildcard = /^([1-5])xx$/i.exec(text);
    if (wildcard) return [Number(wildcard[1]) * 100, Number(wildcard[1]) * 100 + 99];
    const [low, high] = text.split('-').map((s) => Number(s.trim()));
    return [low as number, high ?? (low as number)];
  });
  const text = Array.isArray(value) ? value.join(', ') : String(value);
  return { text, ranges };
}

export function statusMatches(expectation: StatusExpectation, status: number): boolean {
  return expectation.ranges.some(([low, high]) => status >= low && status <= high);
}

/** The status the contract checks should use for the expected body: the first concrete one. */
export function firstStatus(expectation: StatusExpectation): number {
  return expectation.ranges[0]?.[0] ?? 200;
}
