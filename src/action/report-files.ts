import { join } from 'node:path';
import { writeFileAtomic } from '../core/write-file-atomic.js';

/** Report files of one command: kind -> absolute path. */
export type ReportFiles = Partial<Record<'json' | 'junit' | 'sarif', string>>;

/** Writes `<dir>/<command>.json`, `.junit.xml`, `.sarif` for the texts given. */
export function writeReportFiles(
  dir: string,
  command: string,
  texts: Partial<Record<'json' | 'junit' | 'sarif', string>>,
): ReportFiles {
  const names = { json: `${command}.json`, junit: `${command}.junit.xml`, sarif: `${command}.sarif` } as const;
  const files: ReportFiles = {};
  for (const kind of ['json', 'junit', 'sarif'] as const) {
    const text = texts[kind];
    if (text === undefined) continue;
    const file = join(dir, names[kind]);
    writeFileAtomic(file, text);
    files[kind] = file;
  }
  return files;
}
