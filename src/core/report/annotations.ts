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
/** The Checks API takes at most 50 annotations per request. */
export const CHECK_ANNOTATION_BATCH = 50;
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

/** Splits annotations into the batches of at most `size` the Checks API accepts per request. */
export function batchAnnotations<T>(annotations: readonly T[], size = CHECK_ANNOTATION_BATCH): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < annotations.length; i += size) batches.push(annotations.slice(i, i + size));
  return batches;
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
