import type { SecurityRequirement, SecurityScheme } from '../../contract/security-requirements.js';
import { formDecode, type RawPairs } from '../params/query-pairs.js';

export interface CredentialSources {
  headers: Readonly<Record<string, string | string[] | undefined>>;
  query: RawPairs;
  cookies: RawPairs;
}

export type SecurityOutcome =
  | { ok: true }
  | {
      ok: false;
      /** One `WWW-Authenticate` challenge per scheme that would have let the request in. */
      challenges: string[];
      detail: string;
    };

/**
 * Whether a request satisfies an operation's security: any alternative whose schemes are all present
 * (an OR of AND-groups), or anonymous access when `{}` is one of them. Credentials are checked for their
 * form only (a mock has no user database): an API key present, `Basic` with base64 `user:password`,
 * `Bearer` (also for oauth2 and openIdConnect) with a token. Schemes no request can show (mutualTLS, or a
 * name the document does not define) count as satisfied rather than locking every client out.
 */
export function checkSecurity(requirement: SecurityRequirement, sources: CredentialSources): SecurityOutcome {
  if (requirement.anonymousAllowed || requirement.alternatives.length === 0) return { ok: true };
  const missing: SecurityScheme[] = [];
  for (const group of requirement.alternatives) {
    const unsatisfied = group.filter((scheme) => !isSatisfied(scheme, sources));
    if (unsatisfied.length === 0) return { ok: true };
    for (const scheme of unsatisfied) if (!missing.some((m) => m.name === scheme.name)) missing.push(scheme);
  }
  const alternatives = requirement.alternatives.map((group) => group.map(describe).join(' and '));
  return {
    ok: false,
    challenges: [...new Set(missing.map(challengeOf))],
    detail: `credentials required: ${alternatives.join(', or ')}`,
  };
}

function isSatisfied(scheme: SecurityScheme, sources: CredentialSources): boolean {
  switch (scheme.kind) {
    case 'apiKey':
      return apiKeyOf(scheme, sources) !== undefined;
    case 'http':
      return scheme.scheme === 'basic'
        ? isBasic(authorization(sources, 'basic'))
        : authorization(sources, scheme.scheme) !== undefined;
    case 'oauth2':
    case 'openIdConnect':
      return authorization(sources, 'bearer') !== undefined;
    case 'unsupported':
      return true;
  }
}

function apiKeyOf(scheme: Extract<SecurityScheme, { kind: 'apiKey' }>, sources: CredentialSources) {
  if (scheme.in === 'header') {
    const value = sources.headers[scheme.parameter.toLowerCase()];
    return value === undefined || value === '' ? undefined : value;
  }
  const pairs = scheme.in === 'query' ? sources.query : sources.cookies;
  const found = pairs.find(([key]) => formDecode(key) === scheme.parameter);
  return found && found[1] !== '' ? found[1] : undefined;
}

/** The credentials of `Authorization: <scheme> <credentials>` (scheme compared case-insensitively). */
function authorization(sources: CredentialSources, scheme: string): string | undefined {
  const header = sources.headers.authorization;
  for (const value of Array.isArray(header) ? header : header ? [header] : []) {
    const index = value.indexOf(' ');
    if (index > 0 && value.slice(0, index).toLowerCase() === scheme && value.slice(index + 1).trim() !== '')
      return value.slice(index + 1).trim();
  }
  return undefined;
}

function isBasic(credentials: string | undefined): boolean {
  if (credentials === undefined || !/^[A-Za-z0-9+/]+={0,2}$/.test(credentials)) return false;
  return Buffer.from(credentials, 'base64').toString('utf8').includes(':');
}

function challengeOf(scheme: SecurityScheme): string {
  switch (scheme.kind) {
    case 'apiKey':
      return `ApiKey realm="mockforge", name="${scheme.parameter}", in="${scheme.in}"`;
    case 'http':
      return `${scheme.scheme[0]?.toUpperCase() ?? ''}${scheme.scheme.slice(1)} realm="mockforge"`;
    default:
      return 'Bearer realm="mockforge"';
  }
}

function describe(scheme: SecurityScheme): string {
  switch (scheme.kind) {
    case 'apiKey':
      return `${scheme.name} (API key '${scheme.parameter}' in ${scheme.in})`;
    case 'http':
      return `${scheme.name} (HTTP ${scheme.scheme})`;
    default:
      return `${scheme.name} (${scheme.kind}: Bearer token)`;
  }
}
