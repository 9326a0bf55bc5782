import { describe, expect, it } from 'vitest';
import { escapeMarkdown, inlineCode, markdownTable } from '../../../src/core/report/markdown.js';

describe('escapeMarkdown', () => {
  it('neutralises markup, HTML, mentions, issue references and line breaks', () => {
    const out = escapeMarkdown('**bold** <img src=x onerror=alert(1)> @octocat see #12\n[link](http://evil)');
    expect(out).not.toMatch(/(?<!\\)[*<>[\]()]/);
    expect(out).toContain('@\u200boctocat');
    expect(out).toContain('\\#\u200b12');
    expect(out).not.toContain('\n');
  });
});

describe('inlineCode', () => {
  it('fences text that itself contains backticks', () => {
    expect(inlineCode('a `b` c')).toBe('``a `b` c``');
    expect(inlineCode('`x')).toBe('`` `x ``');
  });
});

describe('markdownTable', () => {
  it('escapes bare pipes but keeps escaped ones', () => {
    expect(markdownTable(['a', 'b'], [['x|y', 'p\\|q']])).toBe('| a | b |\n| --- | --- |\n| x\\|y | p\\|q |');
  });
});
