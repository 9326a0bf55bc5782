import * as core from '@actions/core';
import type { planCommandAnnotations } from '../core/report/annotations.js';

/** Workflow-command annotations (GitHub shows at most 10 per level and step; `plan` says which). */
export function emitCommandAnnotations(plan: ReturnType<typeof planCommandAnnotations>): void {
  for (const a of plan.shown) {
    const properties: core.AnnotationProperties = { title: a.title };
    if (a.file) properties.file = a.file;
    if (a.line !== undefined) properties.startLine = a.line;
    if (a.column !== undefined) properties.startColumn = a.column;
    if (a.level === 'error') core.error(a.message, properties);
    else if (a.level === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  }
}
