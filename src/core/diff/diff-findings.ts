import type { Finding } from '../report/finding.js';
import type { ContractChange, DiffLocation, DiffResult } from './types.js';

/** Every unignored breaking change (and stale ignore entry) as a Finding for annotations and summaries. */
export function diffFindings(result: DiffResult): Finding[] {
  const findings: Finding[] = [];
  for (const contract of result.contracts) {
    if (contract.status === 'added') {
      findings.push({
        source: 'diff',
        severity: 'notice',
        title: 'contract-added',
        message: `new contract ${contract.name}${contract.headVersion ? ` (version ${contract.headVersion})` : ''}`,
        key: `contract-added ${contract.name}`,
      });
    }
    for (const change of contract.changes) {
      if (change.ignored) continue;
      findings.push({
        source: 'diff',
        severity: change.level === 'error' ? 'error' : 'warning',
        title: change.id,
        message: describeChange(change),
        location: plainLocation(change.location),
        key: change.key,
      });
    }
  }
  for (const entry of result.staleIgnores) {
    findings.push({
      source: 'diff',
      severity: entry.why === 'expired' ? 'warning' : 'notice',
      title: `ignore-${entry.why}`,
      message:
        entry.why === 'expired'
          ? `ignore entry '${entry.key}' expired on ${entry.expires}: the change fails again`
          : `ignore entry '${entry.key}' matches no change any more; remove it`,
      location: plainLocation(entry.location),
      key: `ignore-${entry.why} ${entry.key}`,
    });
  }
  return findings;
}

/** The change's text plus where it was in the base and who calls it: one self-contained message. */
export function describeChange(change: ContractChange): string {
  const operation = change.operation ? `${change.operation.method} ${change.operation.path}: ` : '';
  const parts = [`${operation}${change.text}`];
  if (change.baseLocation && !change.exact) parts.push(`was at ${formatLocation(change.baseLocation)}`);
  if (change.consumers.length > 0) {
    parts.push(`used by ${change.consumers.map((c) => `${c.name} (${formatLocation(c.location)})`).join(', ')}`);
  }
  return parts.join('; ');
}

export function formatLocation(location: DiffLocation, display: (file: string) => string = (f) => f): string {
  return `${display(location.file)}:${location.line}${location.ref ? ` @ ${location.ref}` : ''}`;
}

function plainLocation(location: DiffLocation): { file: string; line: number; column: number } {
  return { file: location.file, line: location.line, column: location.column };
}
