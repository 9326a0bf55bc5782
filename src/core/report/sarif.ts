import { relative, sep } from 'node:path';

export interface SarifRule {
  id: string;
  name?: string;
  shortDescription: string;
  helpUri?: string;
}

export interface SarifResult {
  ruleId: string;
  level: 'error' | 'warning' | 'note';
  message: string;
  location: { file: string; line: number; column?: number };
  /** Stable across runs, so code scanning tracks a finding instead of opening a new alert. */
  fingerprint?: string;
  properties?: Record<string, unknown>;
}

export interface SarifInput {
  toolName: string;
  toolVersion: string;
  /** Repository root: locations are written relative to it, as code scanning expects. */
  root: string;
  rules: readonly SarifRule[];
  results: readonly SarifResult[];
}

/** A SARIF 2.1.0 log with one run, as GitHub code scanning uploads accept. */
export function toSarif(input: SarifInput): object {
  const ruleIndex = new Map(input.rules.map((rule, index) => [rule.id, index]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: input.toolName,
            version: input.toolVersion,
            informationUri: 'https://github.com/mockforge/mockforge-action',
            rules: input.rules.map((rule) => ({
              id: rule.id,
              ...(rule.name ? { name: rule.name } : {}),
              shortDescription: { text: rule.shortDescription },
              ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: 'file:///' } },
        results: input.results.map((result) => ({
          ruleId: result.ruleId,
          ...(ruleIndex.has(result.ruleId) ? { ruleIndex: ruleIndex.get(result.ruleId) } : {}),
          level: result.level,
          message: { text: result.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(input.root, result.location.file), uriBaseId: 'SRCROOT' },
                region: {
                  startLine: Math.max(1, result.location.line),
                  ...(result.location.column ? { startColumn: result.location.column } : {}),
                },
              },
            },
          ],
          ...(result.fingerprint ? { partialFingerprints: { mockforgeKey: result.fingerprint } } : {}),
          ...(result.properties ? { properties: result.properties } : {}),
        })),
      },
    ],
  };
}

function toUri(root: string, file: string): string {
  const rel = relative(root, file);
  const path = rel.startsWith('..') ? file : rel;
  return path.split(sep).map(encodeURIComponent).join('/');
}
