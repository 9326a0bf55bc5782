/** GitHub refuses issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

/** One part of the comment (diff, scenarios, validation, mocks): trusted Markdown, untrusted text escaped. */
export interface CommentSection {
  heading: string;
  body: string;
}

export interface CommentInput {
  /** From `commentMarker()`: finds this comment again on the next run. */
  marker: string;
  title: string;
  /** One line under the title, e.g. "2 breaking changes, 1 failed scenario". */
  headline: string;
  sections: readonly CommentSection[];
  /** Where the whole report is (the run's job summary): named when the comment had to be cut. */
  fullReportUrl: string;
  limit?: number;
}

/**
 * The hidden marker of the sticky comment: one comment per workflow and config. The values are reduced to
 * characters that cannot close the HTML comment.
 */
export function commentMarker(workflow: string, config: string): string {
  const clean = (value: string) => value.replace(/[^\w ./:-]/g, '_').replace(/-{2,}/g, '-');
  return `<!-- mockforge-action workflow="${clean(workflow)}" config="${clean(config)}" -->`;
}

/** True when a comment body is the sticky comment of this marker. */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  return typeof body === 'string' && body.startsWith(marker);
}

/**
 * The comment body: marker first (so it is found again), title, headline, sections. Past `limit` the
 * sections are cut at a line boundary and a pointer to the full report closes the comment.
 */
export function buildComment(input: CommentInput): string {
  const limit = input.limit ?? COMMENT_LIMIT;
  const head = `${input.marker}\n## ${input.title}\n\n${input.headline}\n`;
  const parts = input.sections.map((s) => `\n### ${s.heading}\n\n${s.body.trimEnd()}\n`);
  const full = head + parts.join('');
  if (full.length <= limit) return full;
  const pointer = `\n---\n\n**This comment was cut at GitHub's ${limit.toLocaleString('en-US')}-character limit.** The full report is in the [job summary](${input.fullReportUrl}).\n`;
  // Room for a closing fence too.
  const budget = limit - head.length - pointer.length - 4;
  if (budget <= 0) return (head + pointer).slice(0, limit);
  let body = parts.join('').slice(0, budget);
  const lastLine = body.lastIndexOf('\n');
  if (lastLine > 0) body = body.slice(0, lastLine + 1);
  return head + closeOpenFence(body) + pointer;
}

/** A cut inside a ``` block (e.g. a Mermaid diagram) would swallow the pointer: close it. */
function closeOpenFence(body: string): string {
  const fences = body.match(/^```/gm)?.length ?? 0;
  return fences % 2 === 1 ? `${body}\`\`\`\n` : body;
}
