import { compilePathTemplate, splitPath, type TemplateSegment } from '../mock/routing/path-template.js';

export type UriMatch = { prefix?: string; exact?: string; regex?: string };

/**
 * True when some request the workspace serves could match `uri`: a prefix must lead into at least one
 * served path (`/api/users` leads into `/api/users/{id}`), an exact path must be served. Regexes are
 * not checked (any could match). `paths` are contract templates and config globs, base path included.
 */
export function isUriServed(uri: UriMatch, paths: readonly string[]): boolean {
  if (uri.regex !== undefined) return true;
  const templates = paths.map(compilePathTemplate);
  if (uri.exact !== undefined) {
    const parts = splitPath(uri.exact);
    return templates.some((t) =>
      t.wildcardTail
        ? parts.length >= t.segments.length && t.segments.every((s, i) => fullyMatches(s, parts[i] as string))
        : parts.length === t.segments.length && t.segments.every((s, i) => fullyMatches(s, parts[i] as string)),
    );
  }
  const prefix = uri.prefix ?? '/';
  // '/api/users' -> ['api', 'users']: the last part may stop mid-segment; '/api/' -> ['api', ''].
  const parts = prefix.replace(/^\/+/, '').split('/');
  return templates.some(({ segments, wildcardTail }) =>
    parts.every((part, i) => {
      const segment = segments[i];
      const last = i === parts.length - 1;
      if (segment === undefined) return wildcardTail || (last && part === '' && i === 0);
      return last ? startsMatching(segment, part) : fullyMatches(segment, part);
    }),
  );
}

function fullyMatches(segment: TemplateSegment, part: string): boolean {
  if (segment.kind === 'literal') return segment.value === part;
  if (segment.kind === 'mixed') return segment.pattern.test(part);
  return part !== '';
}

function startsMatching(segment: TemplateSegment, part: string): boolean {
  if (segment.kind === 'literal') return segment.value.startsWith(part);
  // A parameter (or a segment with one) can begin with anything.
  return true;
}
