import type { Finding } from './finding.js';

/** One annotation as the GitHub Checks API takes it (`output.annotations[]`). */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
  raw_details?: string;
}

/** One `::error file=...::` workflow command (what `core.error()` writes). */
export interface CommandAnnotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface CommandAnnotationPlan {
  shown: CommandAnnotation[];
  /** Findings GitHub would drop past its per-step cap, by level. */
  hidden: { error: number; warning: number; notice: number };
}

/** GitHub shows at most 10 error and 10 warning annotations (and 10 notices) from workflow commands per step. */
export const COMMAND_ANNOTATION_CAP = 10;
/** The Checks API limits an annotation's message (and raw_details) to 64 KB. */
const MESSAGE_LIMIT = 60_000;

const LEVELS = { error: 'failure', warning: 'warning', notice: 'notice' } as const;

/**
 * Check-run annotations for every finding that has a place in a file; `display` turns a file into the
 * repository-relative path GitHub expects. Findings without a place only appear in summaries.
 */
export function toCheckAnnotations(findings: readonly Finding[], display: (file: string) => string): CheckAnnotation[] {
  const annotations: CheckAnnotation[] = [];
  for (const finding of findings) {
    if (!finding.location) continue;
    const { file, line, column } = finding.location;
    const annotation: CheckAnnotation = {
      path: display(file),
      start_line: Math.max(1, line),
      end_line: Math.max(1, line),
      annotation_level: LEVELS[finding.severity],
      title: clip(finding.title, 255),
      message: clip(finding.message, MESSAGE_LIMIT),
    };
    // The API accepts columns only on single-line annotations.
    if (column !== undefined && column > 0) {
      annotation.start_column = column;
      annotation.end_column = column;
    }
    annotations.push(annotation);
  }
  return annotations;
}

/**
 * What a check run gets at most: one request's worth (the API's limit per request), so the check run is
 * completed by one PATCH and the pull request's diff view stays readable. Everything else is in the job
 * summary and the SARIF and JSON reports.
 */
export const CHECK_RUN_ANNOTATION_CAP = 50;
/** How many findings of one line an annotation spells out; the rest are counted. */
const SPELLED_OUT = 3;

export interface CheckAnnotationPlan {
  /** One per file and line, errors first, at most the cap. */
  annotations: CheckAnnotation[];
  /** Findings with a place in a file. */
  located: number;
  /** Distinct file:line places (annotations before the cap). */
  lines: number;
  /** Places past the cap, not annotated. */
  omittedLines: number;
}

const RANK = { failure: 0, warning: 1, notice: 2 } as const;

/**
 * The check run's annotations: findings grouped per file and line into one annotation (its most severe
 * level, a count and the first few messages), errors before warnings before notices, capped.
 */
export function planCheckAnnotations(
  findings: readonly Finding[],
  display: (file: string) => string,
  cap = CHECK_RUN_ANNOTATION_CAP,
): CheckAnnotationPlan {
  const single = toCheckAnnotations(findings, display);
  const groups = new Map<string, CheckAnnotation[]>();
  for (const annotation of single) {
    const key = `${annotation.path}\0${annotation.start_line}`;
    const group = groups.get(key);
    if (group) group.push(annotation);
    else groups.set(key, [annotation]);
  }
  const merged = [...groups.values()].map(mergeLine);
  // Stable: within a level, places keep the order the findings came in (file by file, line by line).
  merged.sort((a, b) => RANK[a.annotation_level] - RANK[b.annotation_level]);
  return {
    annotations: merged.slice(0, cap),
    located: single.length,
    lines: merged.length,
    omittedLines: Math.max(0, merged.length - cap),
  };
}

function mergeLine(group: CheckAnnotation[]): CheckAnnotation {
  if (group.length === 1) return group[0] as CheckAnnotation;
  const ordered = [...group].sort((a, b) => RANK[a.annotation_level] - RANK[b.annotation_level]);
  const first = ordered[0] as CheckAnnotation;
  const titles = [...new Set(ordered.map((a) => a.title))];
  const shownTitles = titles.slice(0, SPELLED_OUT).join(', ');
  const rest = group.length - SPELLED_OUT;
  const message = [
    ...ordered.slice(0, SPELLED_OUT).map((a) => `• ${a.title}: ${a.message}`),
    ...(rest > 0
      ? [`… and ${rest} more on this line: every one is in the job summary and the SARIF and JSON reports.`]
      : []),
  ].join('\n');
  return {
    path: first.path,
    start_line: first.start_line,
    end_line: first.end_line,
    annotation_level: first.annotation_level,
    title: clip(`${group.length} findings: ${shownTitles}${titles.length > SPELLED_OUT ? ', …' : ''}`, 255),
    message: clip(message, MESSAGE_LIMIT),
  };
}

/**
 * The workflow-command fallback: errors first, then warnings, then notices, each capped at what GitHub
 * shows per step; the rest is counted so the summary can say how many were not shown.
 */
export function planCommandAnnotations(
  findings: readonly Finding[],
  display: (file: string) => string,
  cap = COMMAND_ANNOTATION_CAP,
): CommandAnnotationPlan {
  const shown: CommandAnnotation[] = [];
  const hidden = { error: 0, warning: 0, notice: 0 };
  for (const level of ['error', 'warning', 'notice'] as const) {
    const ofLevel = findings.filter((f) => f.severity === level);
    for (const [index, finding] of ofLevel.entries()) {
      if (index >= cap) {
        hidden[level]++;
        continue;
      }
      const annotation: CommandAnnotation = { level, title: finding.title, message: finding.message };
      if (finding.location) {
        annotation.file = display(finding.location.file);
        annotation.line = finding.location.line;
        if (finding.location.column !== undefined) annotation.column = finding.location.column;
      }
      shown.push(annotation);
    }
  }
  return { shown, hidden };
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
