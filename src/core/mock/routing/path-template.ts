/** A path split into literal and parameter segments, matched without regular expressions. */
export interface PathTemplate {
  /** As written, e.g. `/api/users/{id}`. */
  text: string;
  segments: TemplateSegment[];
  /** True for a config glob ending in `/*`: also matches the bare prefix and anything below it. */
  wildcardTail: boolean;
}

export type TemplateSegment =
  | { kind: 'literal'; value: string }
  | { kind: 'param'; name: string }
  /** A segment with literal text around parameters, e.g. `{name}.json` or `v{major}`. */
  | { kind: 'mixed'; pattern: RegExp; names: string[] }
  | { kind: 'any' };

/** Compiles an OpenAPI path template (`/a/{id}`) or a config glob (`/a/*`, `/a/**`). */
export function compilePathTemplate(text: string): PathTemplate {
  const parts = splitPath(text);
  let wildcardTail = false;
  const last = parts.at(-1);
  if (last === '*' || last === '**') {
    wildcardTail = true;
    parts.pop();
  }
  return { text, wildcardTail, segments: parts.map(compileSegment) };
}

function compileSegment(part: string): TemplateSegment {
  if (part === '*') return { kind: 'any' };
  const whole = /^\{([^{}]+)\}$/.exec(part);
  if (whole?.[1]) return { kind: 'param', name: whole[1] };
  if (!part.includes('{')) return { kind: 'literal', value: part };
  const names: string[] = [];
  let afterParam = false;
  const source = part
    .split(/(\{[^{}]+\})/)
    .map((piece) => {
      const param = /^\{([^{}]+)\}$/.exec(piece);
      if (param?.[1]) {
        names.push(param[1]);
        // `{id}{mediaTypeExtension}`: a parameter right after another takes the last dotted suffix (or nothing).
        const source = afterParam ? '((?:\\.[^/.]*)?)' : '([^/]+?)';
        afterParam = true;
        return source;
      }
      if (piece !== '') afterParam = false;
      return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return { kind: 'mixed', pattern: new RegExp(`^${source}$`), names };
}

/** `/a//b/` -> ['a', 'b']; the root is []. */
export function splitPath(path: string): string[] {
  return path.split('/').filter((part) => part !== '');
}

/** Parameters by name when `segments` (decoded) fit the template, otherwise undefined. */
export function matchPathTemplate(
  template: PathTemplate,
  segments: readonly string[],
): Record<string, string> | undefined {
  const own = template.segments;
  if (template.wildcardTail ? segments.length < own.length : segments.length !== own.length) return undefined;
  let params: Record<string, string> | undefined;
  for (let i = 0; i < own.length; i++) {
    const segment = own[i] as TemplateSegment;
    const actual = segments[i] as string;
    if (segment.kind === 'literal') {
      if (segment.value !== actual) return undefined;
    } else if (segment.kind === 'param') {
      params ??= Object.create(null) as Record<string, string>;
      params[segment.name] = actual;
    } else if (segment.kind === 'mixed') {
      const match = segment.pattern.exec(actual);
      if (!match) return undefined;
      params ??= Object.create(null) as Record<string, string>;
      segment.names.forEach((name, index) => {
        (params as Record<string, string>)[name] = match[index + 1] ?? '';
      });
    }
  }
  return params ?? (Object.create(null) as Record<string, string>);
}

/** Literal segments count more than parameters: `/users/me` wins over `/users/{id}`. */
export function templateSpecificity(template: PathTemplate): number {
  return template.segments.reduce((score, s) => score * 3 + (s.kind === 'literal' ? 2 : s.kind === 'mixed' ? 1 : 0), 1);
}
