// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${name} is the tutorial format's placeholder syntax
import type { MockforgeError } from '../errors.js';
import type { MatchMode } from '../scenario/types.js';
import { isObject } from '../source/json-object.js';

const WHOLE = /^\$\{\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)\s*\}$/;

/**
 * An expected body as JSONPath criteria on `$response.body`, one per field so a failure points at that
 * field: `$[?@.total == 999.99]` (RFC 9535 compares strings exactly, as the tutorial format does), array
 * lengths as `length(@.items) == 1`, and in exact mode each object's member count. A `${capture}` value is
 * embedded (`{$steps.a.outputs.id}`); text around a placeholder has no JSONPath form and is refused.
 */
export function bodyCriteria(
  expected: unknown,
  mode: MatchMode,
  expressionFor: (name: string) => string,
  refuse: (message: string) => MockforgeError,
): Array<Record<string, string>> {
  const criteria: Array<Record<string, string>> = [];
  const add = (filter: string) =>
    criteria.push({ context: '$response.body', condition: `$[?${filter}]`, type: 'jsonpath' });
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      add(`length(${path}) == ${value.length}`);
      for (const [index, item] of value.entries()) walk(item, `${path}[${index}]`);
      return;
    }
    if (isObject(value)) {
      if (mode === 'exact') add(`length(${path}) == ${Object.keys(value).length}`);
      for (const [key, item] of Object.entries(value)) walk(item, `${path}${member(key)}`);
      return;
    }
    add(`${path} == ${literal(value, expressionFor, refuse)}`);
  };
  walk(expected, '@');
  return criteria;
}

function member(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

function literal(
  value: unknown,
  expressionFor: (name: string) => string,
  refuse: (message: string) => MockforgeError,
): string {
  if (typeof value === 'string') {
    const whole = WHOLE.exec(value);
    if (whole?.[1]) return `{${expressionFor(whole[1])}}`;
    if (value.includes('${'))
      throw refuse(`the expected value '${value}' mixes text and a placeholder; JSONPath criteria cannot express that`);
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  }
  return JSON.stringify(value);
}
