/**
 * The line of npm's stderr that says what went wrong: the first `npm error` line that is not the error code
 * or the pointer to npm's log (`npm error 404 Not Found - GET .../zip-stream - Not found`), else the last line
 * that is not a warning.
 */
export function npmErrorLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  const reason = lines.find(
    (line) => /^npm error /i.test(line) && !/^npm error (code \S+|A complete log of this run)/i.test(line),
  );
  return reason ?? lines.filter((line) => !/^npm warn/i.test(line)).at(-1) ?? '';
}
