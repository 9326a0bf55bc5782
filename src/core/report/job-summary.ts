import type { CheckAnnotationPlan, CommandAnnotationPlan } from './annotations.js';
import { CHECK_RUN_ANNOTATION_CAP, COMMAND_ANNOTATION_CAP } from './annotations.js';
import type { CommandReport } from './command-report.js';
import { findingsTable } from './findings-markdown.js';
import { inlineCode, markdownTable } from './markdown.js';
import type { CommentSection } from './pr-comment.js';

const STATUS = { passed: '✅ passed', failed: '❌ failed', skipped: '⏭️ skipped' } as const;

export interface JobSummaryInput {
  title: string;
  reports: readonly CommandReport[];
  display: (file: string) => string;
  /** Set when annotations went out as capped workflow commands. */
  commandAnnotations?: CommandAnnotationPlan | undefined;
  /** Set when annotations went to a check run: where, and how many of the located findings' lines. */
  checkRun?: (Pick<CheckAnnotationPlan, 'located' | 'lines' | 'omittedLines'> & { url: string }) | undefined;
  /** Report files written: kind -> repository-relative path. */
  files?: Readonly<Record<string, string>>;
}

/** The overview table: one row per command. */
export function overviewTable(reports: readonly CommandReport[]): string {
  return markdownTable(
    ['check', 'result', 'details'],
    reports.map((r) => [r.title, STATUS[r.status], r.headline]),
  );
}

/** The job summary: overview, each command's section with its findings and diagrams, annotations, files. */
export function buildJobSummary(input: JobSummaryInput): string {
  const out = [`# ${input.title}`, '', overviewTable(input.reports), ''];
  for (const report of input.reports) {
    out.push(`## ${report.title}`, '', report.markdown.trim() || report.headline, '');
    for (const diagram of report.diagrams ?? []) out.push(diagram, '');
    if (report.findings.length > 0) {
      out.push(
        '<details><summary>All findings</summary>',
        '',
        findingsTable(report.findings, input.display, 1000),
        '',
        '</details>',
        '',
      );
    }
  }
  out.push(...annotationLines(input), ...fileLines(input.files));
  return `${out.join('\n').trimEnd()}\n`;
}

function annotationLines(input: JobSummaryInput): string[] {
  const run = input.checkRun;
  if (run) {
    const omitted =
      run.omittedLines > 0
        ? ` ${run.omittedLines} more line${run.omittedLines === 1 ? ' is' : 's are'} not annotated (a check run gets at most ${CHECK_RUN_ANNOTATION_CAP}, errors first): every finding is listed above and in the report files.`
        : '';
    return [
      `Annotations: ${run.located} finding${run.located === 1 ? '' : 's'} on ${run.lines} line${run.lines === 1 ? '' : 's'}, one annotation per line, in the check run ${run.url}.${omitted}`,
      '',
    ];
  }
  const plan = input.commandAnnotations;
  if (!plan) return [];
  const hidden = plan.hidden.error + plan.hidden.warning + plan.hidden.notice;
  if (hidden === 0) return [];
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((level) => plan.hidden[level] > 0)
    .map((level) => `${plan.hidden[level]} ${level}${plan.hidden[level] === 1 ? '' : 's'}`);
  return [
    `> [!NOTE]`,
    `> ${hidden} annotation${hidden === 1 ? ' was' : 's were'} not shown (${parts.join(', ')}): GitHub shows at most ${COMMAND_ANNOTATION_CAP} per level and step from workflow commands, and this token may not create check runs (give the job \`checks: write\`). All findings are listed above and in the report files.`,
    '',
  ];
}

function fileLines(files: Readonly<Record<string, string>> | undefined): string[] {
  const entries = Object.entries(files ?? {});
  if (entries.length === 0) return [];
  return [`Report files: ${entries.map(([kind, path]) => `${kind} ${inlineCode(path)}`).join(', ')}`, ''];
}

/** The PR comment's sections: each command's section (its headline when it has none), with its diagrams. */
export function commentSections(reports: readonly CommandReport[]): CommentSection[] {
  return reports.map((r) => ({
    heading: `${r.title}: ${STATUS[r.status]}`,
    body: [r.markdown.trim() || r.headline, ...(r.diagrams ?? []).flatMap((d) => ['', d])].join('\n'),
  }));
}
