import { didYouMean } from '../config/did-you-mean.js';

/** A runtime expression, parsed by the ABNF of Arazzo 1.0.1 ("Runtime Expressions"). */
export type RuntimeExpression =
  | { root: 'url' | 'method' | 'statusCode'; text: string }
  | { root: 'request' | 'response'; in: 'header' | 'query' | 'path'; name: string; text: string }
  | { root: 'request' | 'response'; in: 'body'; pointer: string[]; text: string }
  | { root: NamedRoot; name: string; text: string };

export type NamedRoot = 'inputs' | 'outputs' | 'steps' | 'workflows' | 'sourceDescriptions' | 'components';

/** A string with `{$...}` parts: literal text and expressions, in order. */
export type Template = Array<string | RuntimeExpression>;

/** A bad expression: `offset` is where in the text it went wrong. */
export class ExpressionSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const WHOLE = ['url', 'method', 'statusCode'] as const;
const NAMED: readonly NamedRoot[] = ['inputs', 'outputs', 'steps', 'workflows', 'sourceDescriptions', 'components'];
const ROOTS = [...WHOLE, 'request', 'response', ...NAMED];
const TCHAR = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Parses one whole expression (`$statusCode`, `$response.body#/id`, `$steps.a.outputs.b`); throws ExpressionSyntaxError. */
export function parseRuntimeExpression(text: string): RuntimeExpression {
  if (!text.startsWith('$'))
    throw new ExpressionSyntaxError(`'${text}' is not a runtime expression (they start with $)`, 0);
  const dot = text.indexOf('.');
  const root = dot === -1 ? text.slice(1) : text.slice(1, dot);
  if ((WHOLE as readonly string[]).includes(root)) {
    if (dot !== -1) throw new ExpressionSyntaxError(`'$${root}' takes nothing after it`, dot);
    return { root: root as (typeof WHOLE)[number], text };
  }
  if (!ROOTS.includes(root) || dot === -1) {
    const guess = didYouMean(root, ROOTS);
    const hint = guess ? `; did you mean '$${guess}'?` : `; expected one of ${ROOTS.map((r) => `$${r}`).join(', ')}`;
    throw new ExpressionSyntaxError(
      ROOTS.includes(root)
        ? `'$${root}' needs a name after it ('$${root}.<name>')`
        : `unknown runtime expression '$${root}'${hint}`,
      1,
    );
  }
  const rest = text.slice(dot + 1);
  checkChars(rest, dot + 1);
  if (root === 'request' || root === 'response') return parseSource(root, rest, text, dot + 1);
  const named: RuntimeExpression = { root: root as NamedRoot, name: rest, text };
  const hash = rest.indexOf('#');
  if (hash !== -1) parseJsonPointer(rest.slice(hash + 1), dot + 2 + hash);
  return named;
}

function parseSource(root: 'request' | 'response', rest: string, text: string, offset: number): RuntimeExpression {
  if (rest === 'body' || rest.startsWith('body#')) {
    const pointer = rest === 'body' ? [] : parseJsonPointer(rest.slice(5), offset + 5);
    return { root, in: 'body', pointer, text };
  }
  const [kind] = rest.split('.', 1);
  const name = rest.slice((kind?.length ?? 0) + 1);
  if (kind === 'header') {
    if (!TCHAR.test(name)) {
      throw new ExpressionSyntaxError(
        `'$${root}.header.' needs a header name (letters, digits, !#$%&'*+-.^_\`|~)`,
        offset + 7,
      );
    }
    return { root, in: 'header', name, text };
  }
  if ((kind === 'query' || kind === 'path') && rest.includes('.')) return { root, in: kind, name, text };
  throw new ExpressionSyntaxError(
    `'$${root}.${rest}' is not a ${root} source; expected header.<name>, query.<name>, path.<name>, body or body#/pointer`,
    offset,
  );
}

/** RFC 6901 pointer text after `#` (`/a/b~1c`) -> segments. */
export function parseJsonPointer(text: string, offset: number): string[] {
  if (text === '') return [];
  if (!text.startsWith('/'))
    throw new ExpressionSyntaxError(`a JSON pointer after '#' starts with '/' ('#${text}')`, offset);
  return text
    .slice(1)
    .split('/')
    .map((token, index) => {
      const bad = /~(?![01])/.exec(token);
      if (bad)
        throw new ExpressionSyntaxError(`'~' in a JSON pointer must be '~0' or '~1'`, offset + index + bad.index);
      return token.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}

/** `name = *CHAR`: 7-bit characters except NUL (a JSON pointer after `#` may hold any character). */
function checkChars(text: string, offset: number): void {
  const name = text.split('#', 1)[0] ?? '';
  const index = [...name].findIndex((char) => char === '\0' || (char.codePointAt(0) ?? 0) > 0x7f);
  const bad = index === -1 ? undefined : { index, 0: [...name][index] };
  if (bad) {
    throw new ExpressionSyntaxError(
      `'${bad[0]}' is not allowed in a runtime expression name (7-bit ASCII only)`,
      offset + bad.index,
    );
  }
}

/** True for a string meant as a runtime expression: `$` and a letter (`$5` and `$ 10` stay text). */
export function looksLikeExpression(value: string): boolean {
  return /^\$[A-Za-z]/.test(value);
}

/**
 * Parses a string that may embed `{$...}` expressions. A string that is only `{$expr}` is one part, so
 * the value keeps its type; braces without `$` are text.
 */
export function parseTemplate(text: string): Template {
  const parts: Template = [];
  let literal = '';
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf('{$', index);
    if (open === -1) break;
    const close = text.indexOf('}', open);
    if (close === -1) throw new ExpressionSyntaxError(`'{$' without a closing '}'`, open);
    literal += text.slice(index, open);
    if (literal) parts.push(literal);
    literal = '';
    try {
      parts.push(parseRuntimeExpression(text.slice(open + 1, close)));
    } catch (error) {
      if (error instanceof ExpressionSyntaxError)
        throw new ExpressionSyntaxError(error.message, open + 1 + error.offset);
      throw error;
    }
    index = close + 1;
  }
  literal += text.slice(index);
  if (literal) parts.push(literal);
  return parts;
}

export function hasEmbeddedExpression(text: string): boolean {
  return text.includes('{$');
}
