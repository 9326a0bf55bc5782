import { escapeMarkdown, inlineCode, markdownTable } from '../report/markdown.js';
import type { Coverage, TargetResult } from './types.js';

/** Items listed by name at most; the rest are counted. */
const LISTED = 10;

/** The coverage of one target for the terminal: counts, then what was not exercised and why. */
export function coverageLines(coverage: Coverage): string[] {
  const { operations, statuses, negatives } = coverage;
  const out = [
    `  coverage: ${operations.reached}/${operations.total} operation(s) reached, ${statuses.exercised}/${statuses.documented} documented status(es) answered${negatives.kinds.length ? `, ${negatives.requests} negative request(s)` : ''}`,
  ];
  for (const [reason, labels] of groupBy(
    operations.notReached,
    (o) => reasonKind(o.reason),
    (o) => o.operation,
  )) {
    out.push(`    not reached (${reason}): ${listed(labels)}`);
  }
  for (const kind of negatives.kinds) {
    const notSent = Object.entries(kind.notSent).map(([reason, n]) => `${n} not sent: ${reason}`);
    out.push(
      `    ${kind.check} ${kind.kind}: sent to ${kind.sent} operation(s)${notSent.length ? `; ${notSent.join('; ')}` : ''}`,
    );
  }
  if (statuses.notExercised.length > 0) {
    out.push(
      `    documented statuses not answered: ${listed(statuses.notExercised.map((s) => `${s.operation} ${s.status}`))}`,
    );
  }
  return out;
}

/** Coverage for the job summary and the PR comment: trusted Markdown, every contract text escaped. */
export function coverageMarkdown(targets: readonly TargetResult[]): string {
  const rows = targets.map(({ name, coverage: c }) => [
    inlineCode(name),
    `${c.operations.reached}/${c.operations.total}`,
    `${c.statuses.exercised}/${c.statuses.documented}`,
    c.negatives.kinds.length
      ? `${c.negatives.requests} (${c.negatives.kinds.filter((k) => k.sent > 0).length} kinds)`
      : 'off',
  ]);
  const parts = [
    markdownTable(['service', 'operations reached', 'documented statuses answered', 'negative requests'], rows),
  ];
  for (const { name, coverage } of targets) {
    const reasons = groupBy(
      coverage.operations.notReached,
      (o) => reasonKind(o.reason),
      (o) => o.operation,
    );
    const negatives = coverage.negatives.kinds
      .map((k) => [
        k.check,
        k.kind,
        String(k.sent),
        Object.entries(k.notSent)
          .map(([r, n]) => `${n}: ${r}`)
          .join('; '),
      ])
      .map((cells) => [
        inlineCode(cells[0] as string),
        inlineCode(cells[1] as string),
        cells[2] as string,
        escapeMarkdown(cells[3] as string),
      ]);
    if (reasons.size === 0 && negatives.length === 0) continue;
    const lines = [`**${escapeMarkdown(name)}**`];
    for (const [reason, labels] of reasons)
      lines.push(`- not reached, ${escapeMarkdown(reason)}: ${escapeMarkdown(listed(labels))}`);
    if (negatives.length > 0)
      lines.push('', markdownTable(['check', 'negative kind', 'operations sent to', 'not sent'], negatives));
    parts.push(lines.join('\n'));
  }
  return parts.join('\n\n');
}

/** `no real id for {Sid} (invented): the service answered 404` groups as `no real id`. */
function reasonKind(reason: string): string {
  if (reason.startsWith('no real id')) return 'only made-up ids, answered 4xx';
  if (reason.startsWith('contract problem')) return 'contract problem';
  if (reason.startsWith('target problem')) return 'target problem';
  return reason;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string, value: (item: T) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), value(item)]);
  return groups;
}

function listed(items: readonly string[]): string {
  const shown = items.slice(0, LISTED).join(', ');
  return items.length > LISTED ? `${shown} and ${items.length - LISTED} more` : shown;
}
