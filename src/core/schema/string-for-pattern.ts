import { patternRegex } from './read-pattern.js';

export interface PatternOptions {
  minLength?: number;
  maxLength?: number;
}

/** Characters a class or `.` may produce: printable ASCII first, then a few letters beyond it. */
const POOL = [
  ...' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~',
  'é',
  'ß',
  'Ω',
  'ж',
  '中',
  '\t',
  '\n',
];
const TRIES = 12;
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
const classChoices = new Map<string, CharChoices>();

/**
 * A string that matches `pattern` (as readPattern reads it, so other regex dialects work too) and the
 * given lengths, drawn with `random`; undefined when none was found. The one pattern generator of the
 * project: mock data, request parameters and minted ids all use it. Literals, escapes, classes (negated,
 * `\p{...}`: any character of a small pool that the class itself accepts), `.`, groups, alternation,
 * greedy and lazy quantifiers and backreferences are generated; lookarounds and word boundaries are
 * checked on the result, with several tries.
 */
export function stringForPattern(
  pattern: string,
  random: () => number,
  options: PatternOptions = {},
): string | undefined {
  const regex = patternRegex(pattern);
  if (!regex) return undefined;
  let tree: Node;
  try {
    tree = new Parser(regex.source, regex.flags).alternation();
  } catch {
    return undefined;
  }
  const min = options.minLength ?? 0;
  const max = options.maxLength ?? Number.POSITIVE_INFINITY;
  // Letters and digits first (they read better); then every character a class allows: a lookahead may ask
  // for one of the others (Azure's passwords: `(?=.*[!@#$%^&*()])[a-zA-Z\d!@#$%^&*()]{12,123}`).
  for (let attempt = 0; attempt < 2 * TRIES; attempt++) {
    // Tries alternate between random counts, minimum counts (for maxLength) and long ones (for minLength).
    const wide = attempt >= TRIES;
    const spread: Spread =
      attempt % 3 === 0
        ? { extra: 3, fixed: false, wide }
        : attempt % 3 === 1
          ? { extra: 0, fixed: true, wide }
          : { extra: Math.max(3, min), fixed: true, wide };
    const groups = new Map<string, string>();
    let value: string;
    try {
      value = emit(tree, random, spread, groups);
    } catch {
      return undefined;
    }
    const length = [...value].length;
    if (length >= min && length <= max && regex.test(value)) return value;
  }
  if (min === 0 && max === Number.POSITIVE_INFINITY) return undefined;
  return fitLength(tree, regex, random, min, max, false) ?? fitLength(tree, regex, random, min, max, true);
}

/**
 * Lengths the random tries missed (`^[0-9a-zA-Z]+$` of exactly 10, AWS's ids): with every quantifier `extra`
 * past its minimum, the length grows with `extra`, so a binary search finds the count that lands in range.
 */
function fitLength(
  tree: Node,
  regex: RegExp,
  random: () => number,
  min: number,
  max: number,
  wide: boolean,
): string | undefined {
  let low = 0;
  let high = Math.min(min + 64, 4096);
  for (let step = 0; step < 16 && low <= high; step++) {
    const extra = Math.floor((low + high) / 2);
    let value: string;
    try {
      value = emit(tree, random, { extra, fixed: true, wide }, new Map());
    } catch {
      return undefined;
    }
    const length = [...value].length;
    if (length < min) low = extra + 1;
    else if (length > max) high = extra - 1;
    else return regex.test(value) ? value : undefined;
  }
  return undefined;
}

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'chars'; choices: CharChoices }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'group'; body: Node; name: string | undefined }
  | { kind: 'repeat'; body: Node; min: number; max: number }
  | { kind: 'backref'; name: string };

/** What a class may produce: its letters and digits when they are most of it (`plain`), and all of it. */
interface CharChoices {
  plain: string[];
  all: string[];
}

/**
 * How far past its minimum a quantifier goes: up to `extra` more (randomly), or exactly `extra` more; and
 * whether classes draw from all their characters (`wide`) or prefer letters and digits.
 */
interface Spread {
  extra: number;
  fixed: boolean;
  wide: boolean;
}

function emit(node: Node, random: () => number, spread: Spread, groups: Map<string, string>): string {
  switch (node.kind) {
    case 'text':
      return node.text;
    case 'chars': {
      const choices = spread.wide ? node.choices.all : node.choices.plain;
      return choices[Math.floor(random() * choices.length)] as string;
    }
    case 'seq':
      return node.items.map((item) => emit(item, random, spread, groups)).join('');
    case 'alt':
      return emit(node.options[Math.floor(random() * node.options.length)] as Node, random, spread, groups);
    case 'group': {
      const text = emit(node.body, random, spread, groups);
      if (node.name !== undefined) groups.set(node.name, text);
      return text;
    }
    case 'repeat': {
      const top = Math.min(node.max, node.min + spread.extra);
      const count = spread.fixed ? top : node.min + Math.floor(random() * (top - node.min + 1));
      let out = '';
      for (let i = 0; i < count; i++) out += emit(node.body, random, spread, groups);
      return out;
    }
    case 'backref':
      return groups.get(node.name) ?? '';
  }
}

/** A recursive-descent reader of the ECMA-262 pattern syntax, building what `emit` needs. */
class Parser {
  #i = 0;
  #groups = 0;
  readonly #flags: string;
  constructor(
    readonly source: string,
    flags: string,
  ) {
    this.#flags = flags.replace(/[gy]/g, '');
  }

  alternation(): Node {
    const options = [this.sequence()];
    while (this.source[this.#i] === '|') {
      this.#i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] as Node) : { kind: 'alt', options };
  }

  sequence(): Node {
    const items: Node[] = [];
    while (this.#i < this.source.length && this.source[this.#i] !== '|' && this.source[this.#i] !== ')') {
      const atom = this.atom();
      if (atom) items.push(this.quantified(atom));
    }
    return { kind: 'seq', items };
  }

  atom(): Node | undefined {
    const start = this.#i;
    const c = this.source[this.#i++] as string;
    if (c === '^' || c === '$') return undefined;
    if (c === '(') return this.group();
    if (c === '[') {
      this.skipClass();
      return this.charsMatching(this.source.slice(start, this.#i));
    }
    if (c === '.') return this.charsMatching('.');
    if (c === '\\') return this.escape(start);
    return { kind: 'text', text: c };
  }

  group(): Node | undefined {
    let name: string | undefined;
    if (this.source[this.#i] === '?') {
      const rest = this.source.slice(this.#i);
      const lookaround = /^\?<?[=!]/.exec(rest);
      if (lookaround) {
        // Lookarounds constrain, they produce nothing: the result is checked against the whole pattern.
        this.#i += lookaround[0].length;
        this.alternation();
        this.expect(')');
        return undefined;
      }
      const named = /^\?<([A-Za-z_$][\w$]*)>/.exec(rest);
      if (named) {
        this.#groups++;
        name = named[1];
        this.#i += named[0].length;
      } else if (rest.startsWith('?:')) this.#i += 2;
      else throw new Error('unknown group');
    } else name = String(++this.#groups);
    const index = String(this.#groups);
    const body = this.alternation();
    this.expect(')');
    if (name !== undefined && name !== index) {
      // A named group is also reachable by its number.
      return { kind: 'group', name, body: { kind: 'group', name: index, body } };
    }
    return { kind: 'group', name, body };
  }

  escape(start: number): Node | undefined {
    const c = this.source[this.#i++] as string;
    if (c === 'b' || c === 'B') return undefined;
    if (/[1-9]/.test(c)) {
      let digits = c;
      while (/\d/.test(this.source[this.#i] ?? '')) digits += this.source[this.#i++];
      return { kind: 'backref', name: digits };
    }
    if (c === 'k' && this.source[this.#i] === '<') {
      const end = this.source.indexOf('>', this.#i);
      const name = this.source.slice(this.#i + 1, end);
      this.#i = end + 1;
      return { kind: 'backref', name };
    }
    if ((c === 'p' || c === 'P') && this.source[this.#i] === '{') this.#i = this.source.indexOf('}', this.#i) + 1;
    else if (c === 'x') this.#i += 2;
    else if (c === 'u' && this.source[this.#i] === '{') this.#i = this.source.indexOf('}', this.#i) + 1;
    else if (c === 'u') this.#i += 4;
    else if (c === 'c') this.#i += 1;
    // An escape of one character (`\u000D`, `\x0A`, `\r`: AWS's PEM patterns) is that character, which the
    // pool need not hold.
    const one = /^\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))$/.exec(
      this.source.slice(start, this.#i),
    );
    const code = one ? Number.parseInt((one[1] ?? one[2] ?? one[3]) as string, 16) : undefined;
    if (code !== undefined && code <= 0x10ffff) return { kind: 'text', text: String.fromCodePoint(code) };
    const control = CONTROL_ESCAPES[c];
    if (control !== undefined && this.#i === start + 2) return { kind: 'text', text: control };
    return this.charsMatching(this.source.slice(start, this.#i));
  }

  /** The characters of the pool that one class, escape or `.` accepts, tested with that atom itself. */
  charsMatching(atom: string): Node {
    const flags = this.#flags.replace(/m/g, '');
    const key = `${flags}/${atom}`;
    let choices = classChoices.get(key);
    if (!choices) {
      const test = new RegExp(`^${atom}$`, flags);
      const all = POOL.filter((c) => test.test(c));
      // Letters and digits read better than punctuation when the class allows both.
      const plain = all.filter((c) => /[A-Za-z0-9]/.test(c));
      choices = { plain: plain.length >= 3 && plain.length * 2 >= all.length ? plain : all, all };
      if (classChoices.size > 5000) classChoices.clear();
      classChoices.set(key, choices);
    }
    if (choices.all.length === 0) throw new Error(`nothing in the pool matches ${atom}`);
    return { kind: 'chars', choices };
  }

  skipClass(): void {
    if (this.source[this.#i] === '^') this.#i++;
    if (this.source[this.#i] === ']') this.#i++;
    while (this.#i < this.source.length && this.source[this.#i] !== ']') {
      if (this.source[this.#i] === '\\') this.#i++;
      this.#i++;
    }
    this.expect(']');
  }

  quantified(atom: Node): Node {
    const rest = this.source.slice(this.#i);
    const match = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(rest);
    if (!match) return atom;
    this.#i += match[0].length;
    const [, symbol, low, comma, high] = match;
    if (symbol === '*') return { kind: 'repeat', body: atom, min: 0, max: Number.POSITIVE_INFINITY };
    if (symbol === '+') return { kind: 'repeat', body: atom, min: 1, max: Number.POSITIVE_INFINITY };
    if (symbol === '?') return { kind: 'repeat', body: atom, min: 0, max: 1 };
    const min = Number(low);
    const max = comma === undefined ? min : high === '' ? Number.POSITIVE_INFINITY : Number(high);
    return { kind: 'repeat', body: atom, min, max };
  }

  expect(char: string): void {
    if (this.source[this.#i] !== char) throw new Error(`expected ${char}`);
    this.#i++;
  }
}
