/** The line of npm's stderr that says what went wrong: the last one that is not a warning. */
export function npmErrorLine(stderr: string): string {
  return (
    stderr
      .trim()
      .split('\n')
      .filter((line) => !/^npm warn/i.test(line))
      .at(-1) ?? ''
  );
}
