/**
 * A string that matches a contract's `pattern`, for the common shapes contracts use (`^AC[0-9a-fA-F]{32}$`,
 * `^(SM|MM)[0-9a-f]{32}$`, `^\d{3}-\d{4}$`). Returns undefined when the pattern is beyond this small
 * generator (lookarounds, backreferences) or the result does not match: callers then fall back to examples.
 */
export function samplePattern(pattern: string): string | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
  let out: string;
  try {
    out = new Generator(pattern).alternation();
  } catch {
    return undefined;
  }
  return regex.test(out) ? out : undefined;
}

class Generator {
  #i = 0;
  constructor(readonly source: string) {}

  alternation(): string {
    const first = this.sequence();
    while (this.source[this.#i] === '|') {
      this.#i++;
      this.sequence(); // other alternatives are parsed and dropped: the first one is enough
    }
    return first;
  }

  sequence(): string {
    let out = '';
    while (this.#i < this.source.length && this.source[this.#i] !== '|' && this.source[this.#i] !== ')') {
      const atom = this.atom();
      const [min] = this.quantifier();
      out += atom.repeat(min === 0 && atom !== '' ? 0 : Math.max(min, 0));
    }
    return out;
  }

  atom(): string {
    const c = this.source[this.#i++] as string;
    if (c === '^' || c === '$') return '';
    if (c === '(') {
      if (this.source[this.#i] === '?') {
        if (this.source[this.#i + 1] !== ':') throw new Error('lookaround');
        this.#i += 2;
      }
      const inner = this.alternation();
      if (this.source[this.#i++] !== ')') throw new Error('unbalanced');
      return inner;
    }
    if (c === '[') return this.charClass();
    if (c === '.') return 'a';
    if (c === '\\') return this.escape();
    return c;
  }

  charClass(): string {
    const negated = this.source[this.#i] === '^';
    if (negated) this.#i++;
    let first: string | undefined;
    while (this.#i < this.source.length && this.source[this.#i] !== ']') {
      let c = this.source[this.#i++] as string;
      if (c === '\\') c = this.escape();
      first ??= c;
    }
    this.#i++;
    if (negated) return first === 'a' ? 'b' : 'a';
    return first ?? 'a';
  }

  escape(): string {
    const c = this.source[this.#i++] as string;
    if (/\d/.test(c)) throw new Error('backreference');
    const classes: Record<string, string> = { d: '1', w: 'a', s: ' ', D: 'a', W: '-', S: 'a', b: '', B: '' };
    return classes[c] ?? c;
  }

  /** [min, max] of the quantifier after an atom; min is what gets generated. */
  quantifier(): [number, number] {
    const c = this.source[this.#i];
    let range: [number, number] = [1, 1];
    if (c === '*') range = [0, Number.POSITIVE_INFINITY];
    else if (c === '+') range = [1, Number.POSITIVE_INFINITY];
    else if (c === '?') range = [0, 1];
    else if (c === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.#i));
      if (!match) return range;
      this.#i += match[0].length;
      const min = Number(match[1]);
      return [min, match[2] ? (match[3] ? Number(match[3]) : Number.POSITIVE_INFINITY) : min];
    } else return range;
    this.#i++;
    if (this.source[this.#i] === '?') this.#i++;
    return range;
  }
}
