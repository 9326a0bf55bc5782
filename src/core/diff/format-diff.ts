import { relative, sep } from 'node:path';
import { toJUnitXml } from '../report/junit.js';
import { escapeMarkdown, inlineCode, markdownTable } from '../report/markdown.js';
import { toSarif } from '../report/sarif.js';
import { formatLocation } from './diff-findings.js';
import type { ContractChange, DiffResult } from './types.js';

type Display = (file: string) => string;

/** Terminal report: `file:line: error: text [id]`, the base line, the consumers, then a summary line. */
export function formatDiffText(result: DiffResult, display: Display): string {
  const out: string[] = [];
  for (const contract of result.contracts) {
    if (contract.skipped) continue;
    const versions = `${contract.baseVersion ?? '-'} -> ${contract.headVersion ?? '-'}`;
    const items =
      contract.oasdiffItems !== undefined && contract.oasdiffItems > contract.changes.length
        ? `; oasdiff printed ${contract.oasdiffItems} items for these ${contract.changes.length} changes, one per path to them`
        : '';
    out.push(`${contract.name} (${contract.status}, ${versions}${items})`);
    for (const change of contract.changes) {
      const tag = change.ignored ? `ignored: ${change.ignored.reason}` : change.level;
      out.push(`  ${formatLocation(change.location, display)}: ${tag}: ${change.text} [${change.id}]`);
      if (change.operation) out.push(`    operation: ${change.operation.method} ${change.operation.path}`);
      if (change.baseLocation && !change.exact) out.push(`    base: ${formatLocation(change.baseLocation, display)}`);
      for (const c of change.consumers)
        out.push(`    used by ${c.kind} ${c.name} (${formatLocation(c.location, display)})`);
      out.push(`    key: ${change.key}`);
    }
  }
  const skipped = result.contracts.filter((c) => c.skipped).map((c) => c.name);
  if (skipped.length > 0) {
    const names = skipped.length > 10 ? `${skipped.slice(0, 10).join(', ')}, ...` : skipped.join(', ');
    out.push(`${skipped.length} contract(s) not compared, byte for byte the same as at ${result.base}: ${names}`);
  }
  for (const entry of result.staleIgnores) {
    out.push(`${formatLocation(entry.location, display)}: ignore entry ${entry.why}: ${entry.key}`);
  }
  return `${out.join('\n')}\n`;
}

export function summarizeDiff(result: DiffResult): string {
  const { error, warning, ignored } = result.counts;
  const added = result.contracts.filter((c) => c.status === 'added').length;
  const removed = result.contracts.filter((c) => c.status === 'removed').length;
  const skipped = result.contracts.filter((c) => c.skipped).length;
  const unchanged = skipped > 0 ? `, ${skipped} unchanged (skipped)` : '';
  return `${result.contracts.length} contract(s) against ${result.base}: ${error} breaking error(s), ${warning} warning(s), ${ignored} ignored, ${added} added, ${removed} removed${unchanged}; fail-on ${result.failOn}: ${result.failed ? 'FAILED' : 'passed'}`;
}

/** The PR comment section; every contract-derived text is escaped (contracts of a fork are untrusted). */
export function formatDiffMarkdown(result: DiffResult, display: Display, maxRows = 200): string {
  const rows: string[][] = [];
  const all = result.contracts.flatMap((contract) => contract.changes.map((change) => ({ contract, change })));
  for (const { contract, change } of all.slice(0, maxRows)) {
    rows.push([
      change.ignored ? 'ignored' : change.level === 'error' ? '🔴 error' : '🟡 warning',
      escapeMarkdown(contract.name),
      change.operation ? inlineCode(`${change.operation.method} ${change.operation.path}`) : '',
      escapeMarkdown(change.text),
      inlineCode(formatLocation(change.location, display)) +
        (change.baseLocation && !change.exact
          ? ` (was ${inlineCode(formatLocation(change.baseLocation, display))})`
          : ''),
      change.consumers.map((c) => escapeMarkdown(c.name)).join('<br>'),
    ]);
  }
  const status = result.failed ? '❌ breaking changes' : '✅ no blocking changes';
  const lines = [`### Contract diff against ${inlineCode(result.base)}: ${status}`, '', summarizeDiff(result), ''];
  const statusRows = result.contracts
    .filter((c) => c.status !== 'changed' && c.status !== 'unchanged')
    .map((c) => `- ${escapeMarkdown(c.name)}: ${c.status}`);
  if (statusRows.length > 0) lines.push(...statusRows, '');
  if (rows.length > 0)
    lines.push(markdownTable(['level', 'contract', 'operation', 'change', 'where', 'used by'], rows));
  if (all.length > maxRows) lines.push('', `…and ${all.length - maxRows} more (see the JSON or SARIF report).`);
  return `${lines.join('\n')}\n`;
}

export function formatDiffJUnit(result: DiffResult, display: Display): string {
  return toJUnitXml(
    result.contracts.map((contract) => ({
      name: `contract diff: ${contract.name}`,
      cases:
        contract.changes.length === 0
          ? [{ name: `${contract.name} ${contract.status}`, classname: contract.name }]
          : contract.changes.map((change: ContractChange) => ({
              name: change.key,
              classname: contract.name,
              file: display(change.location.file),
              line: change.location.line,
              ...(change.ignored
                ? { skipped: `ignored: ${change.ignored.reason}` }
                : {
                    failure: {
                      message: change.text,
                      type: change.id,
                      details: `${formatLocation(change.location, display)} (${change.level})`,
                    },
                  }),
            })),
    })),
  );
}

export function formatDiffSarif(result: DiffResult, version: string): object {
  const changes = result.contracts.flatMap((c) => c.changes).filter((c) => !c.ignored);
  const ids = [...new Set(changes.map((c) => c.id))].sort();
  return toSarif({
    toolName: 'mockforge diff',
    toolVersion: version,
    root: result.root,
    rules: ids.map((id) => ({ id, shortDescription: id.replace(/-/g, ' ') })),
    results: changes.map((change) => ({
      ruleId: change.id,
      level: change.level === 'error' ? 'error' : 'warning',
      message: change.text,
      location: change.location,
      fingerprint: change.key,
    })),
  });
}

/** The JSON report: the result with paths relative to the root (portable between machines). */
export function toDiffJson(result: DiffResult): object {
  const rel = (file: string) => {
    const path = relative(result.root, file);
    return path === '' || path.startsWith('..') ? file : path.split(sep).join('/');
  };
  return JSON.parse(
    JSON.stringify(result, (key, value) => (key === 'file' && typeof value === 'string' ? rel(value) : value)),
  ) as object;
}
