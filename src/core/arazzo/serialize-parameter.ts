import { isObject } from '../source/json-object.js';

/** How the operation declares a parameter (OpenAPI `style` / `explode`), defaults per location. */
export interface ParameterStyle {
  style?: string;
  explode?: boolean;
}

const scalar = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** A path parameter's text before percent-encoding (`simple`, `label`, `matrix`). */
export function serializePathValue(name: string, value: unknown, declared: ParameterStyle = {}): string {
  const style = declared.style ?? 'simple';
  const explode = declared.explode ?? false;
  const items = listOf(value, explode, '=');
  if (style === 'label') return `.${items.join(explode ? '.' : ',')}`;
  if (style === 'matrix') {
    if (explode && Array.isArray(value)) return items.map((item) => `;${name}=${item}`).join('');
    if (explode && isObject(value)) return items.map((item) => `;${item}`).join('');
    return `;${name}=${items.join(',')}`;
  }
  return items.join(',');
}

/** Query pairs of one parameter (`form` exploded by default, `spaceDelimited`, `pipeDelimited`, `deepObject`). */
export function serializeQueryValue(
  name: string,
  value: unknown,
  declared: ParameterStyle = {},
): Array<[string, string]> {
  const style = declared.style ?? 'form';
  const explode = declared.explode ?? style === 'form';
  if (isObject(value)) {
    if (style === 'deepObject') return Object.entries(value).map(([k, v]) => [`${name}[${k}]`, scalar(v)]);
    if (explode) return Object.entries(value).map(([k, v]) => [k, scalar(v)]);
    return [
      [
        name,
        Object.entries(value)
          .flatMap(([k, v]) => [k, scalar(v)])
          .join(','),
      ],
    ];
  }
  if (Array.isArray(value)) {
    if (explode) return value.map((item) => [name, scalar(item)]);
    const separator = style === 'spaceDelimited' ? ' ' : style === 'pipeDelimited' ? '|' : ',';
    return [[name, value.map(scalar).join(separator)]];
  }
  return [[name, scalar(value)]];
}

/** A header value (`simple`). */
export function serializeHeaderValue(value: unknown, declared: ParameterStyle = {}): string {
  return listOf(value, declared.explode ?? false, '=').join(',');
}

function listOf(value: unknown, explode: boolean, pairSeparator: string): string[] {
  if (Array.isArray(value)) return value.map(scalar);
  if (isObject(value)) {
    return explode
      ? Object.entries(value).map(([k, v]) => `${k}${pairSeparator}${scalar(v)}`)
      : Object.entries(value).flatMap(([k, v]) => [k, scalar(v)]);
  }
  return [scalar(value)];
}
