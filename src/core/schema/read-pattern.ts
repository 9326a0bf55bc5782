/**
 * How a schema's `pattern` is read. JSON Schema says ECMA-262, but real contracts carry patterns written for
 * other engines (PCRE, Java, Python, .NET): `^[a-zA-Z0-9\_\-]+$` (identity escapes the `u` flag refuses),
 * `\A...\Z`, `[\p{Graph}]`, `{1-70}`. Such a pattern is translated where the meaning is clear, else compiled
 * without the `u` flag, else not checked at all; `note` says which, for lint.
 */
export type PatternReading =
  | { kind: 'ecma'; regex: RegExp }
  | { kind: 'translated'; regex: RegExp; note: string }
  | { kind: 'unsupported'; note: string };

const readings = new Map<string, PatternReading>();

export function readPattern(pattern: string): PatternReading {
  let reading = readings.get(pattern);
  if (!reading) {
    reading = interpret(pattern);
    if (readings.size > 10_000) readings.clear();
    readings.set(pattern, reading);
  }
  return reading;
}

/** The compiled pattern, or undefined when it cannot be read (the keyword is then skipped). */
export function patternRegex(pattern: string): RegExp | undefined {
  const reading = readPattern(pattern);
  return reading.kind === 'unsupported' ? undefined : reading.regex;
}

function interpret(pattern: string): PatternReading {
  const original = compile(pattern, 'u');
  if (original instanceof RegExp) return { kind: 'ecma', regex: original };
  let translated: { source: string; flags: string } | undefined;
  try {
    translated = translate(pattern);
  } catch {
    translated = undefined;
  }
  if (translated) {
    const regex = compile(translated.source, `u${translated.flags}`);
    if (regex instanceof RegExp)
      return { kind: 'translated', regex, note: `not ECMA-262 (${original}); read as /${regex.source}/${regex.flags}` };
  }
  // Without `u`, `\p{L}` would silently mean the letter p: such a pattern is better not checked.
  const loose = /\\[pP]\{/.test(pattern) ? undefined : compile(translated?.source ?? pattern, translated?.flags ?? '');
  if (loose instanceof RegExp)
    return {
      kind: 'translated',
      regex: loose,
      note: `not ECMA-262 (${original}); read as /${loose.source}/${loose.flags} without the u flag`,
    };
  return { kind: 'unsupported', note: `not a regular expression JavaScript can read (${original}); not checked` };
}

function compile(source: string, flags: string): RegExp | string {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    return (error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
  }
}

/** POSIX bracket classes and Java's `\p{...}` names, as class contents (ASCII, as those engines default). */
const NAMED_CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: '\\s',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  word: '\\w',
  cntrl: '\\x00-\\x1f\\x7f',
  graph: '!-~',
  print: ' -~',
  ascii: '\\x00-\\x7f',
};

/** Java's `\p{IsX}` / `\p{javaX}` names that have a Unicode property of their own in JavaScript. */
const JAVA_PROPERTIES: Record<string, string> = {
  isalphabetic: '\\p{Alphabetic}',
  isletter: '\\p{L}',
  isdigit: '\\p{Nd}',
  isuppercase: '\\p{Uppercase}',
  islowercase: '\\p{Lowercase}',
  iswhite_space: '\\p{White_Space}',
  javalowercase: '\\p{Lowercase}',
  javauppercase: '\\p{Uppercase}',
  javaletter: '\\p{L}',
  javadigit: '\\p{Nd}',
  javaletterordigit: '[\\p{L}\\p{Nd}]',
  javawhitespace: '\\s',
};

const SYNTAX = new Set([...'^$\\.*+?()[]{}|/']);

/** The pattern rewritten for JavaScript; throws where no faithful rewrite is known. */
function translate(pattern: string): { source: string; flags: string } {
  let flags = '';
  let rest = pattern;
  const inline = /^\(\?([imsx]+)\)/.exec(rest);
  if (inline) {
    if (inline[1]?.includes('x')) throw new Error('extended mode');
    flags = [...new Set(inline[1])].join('');
    rest = rest.slice(inline[0].length);
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i] as string;
    if (c === '\\') {
      const next = rest[i + 1];
      if (next === undefined) throw new Error('trailing backslash');
      if (next === 'Q') {
        const end = rest.indexOf('\\E', i + 2);
        const literal = rest.slice(i + 2, end < 0 ? undefined : end);
        out += literal.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
        i = end < 0 ? rest.length : end + 1;
        continue;
      }
      if ((next === 'p' || next === 'P') && rest[i + 2] === '{') {
        const end = rest.indexOf('}', i + 3);
        if (end < 0) throw new Error('unclosed property');
        out += propertyClass(rest.slice(i + 3, end), next === 'P', inClass);
        i = end;
        continue;
      }
      i++;
      out += escapeFor(next, inClass);
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      else if (c === '[' && rest[i + 1] === ':') {
        const end = rest.indexOf(':]', i + 2);
        const name = end < 0 ? undefined : NAMED_CLASSES[rest.slice(i + 2, end)];
        if (name) {
          out += name;
          i = end + 1;
          continue;
        }
      }
      out += c === '[' ? '\\[' : c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (rest[i + 1] === '^') out += rest[++i];
      if (rest[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '(' && rest.startsWith('(?>', i)) {
      out += '(?:';
      i += 2;
      continue;
    }
    if (c === '(' && rest.startsWith('(?P<', i)) {
      out += '(?<';
      i += 3;
      continue;
    }
    if (c === '(' && rest.startsWith('(?P=', i)) {
      const end = rest.indexOf(')', i);
      out += `\\k<${rest.slice(i + 4, end)}>`;
      i = end;
      continue;
    }
    if (c === '(' && /^\(\?[imsx-]+[):]/.test(rest.slice(i))) throw new Error('inline flags inside the pattern');
    if (c === '{') {
      const quantifier = /^\{(\d*)(?:([,-])(\d*))?\}/.exec(rest.slice(i));
      if (quantifier && (quantifier[1] !== '' || quantifier[2] !== undefined) && /[^|(^]$/.test(out)) {
        const [, min, separator, max] = quantifier;
        out += separator ? `{${min || '0'},${max}}` : `{${min}}`;
        i += quantifier[0].length - 1;
        if (rest[i + 1] === '+') i++; // possessive
        continue;
      }
      out += '\\{';
      continue;
    }
    if (c === '}' || c === ']') {
      out += `\\${c}`;
      continue;
    }
    if ((c === '*' || c === '+' || c === '?') && rest[i + 1] === '+') {
      out += c;
      i++; // possessive quantifiers: the same matches for the patterns contracts use
      continue;
    }
    out += c;
  }
  if (inClass) throw new Error('unclosed class');
  return { source: out, flags };
}

function escapeFor(letter: string, inClass: boolean): string {
  if (letter === 'A') {
    if (inClass) throw new Error('\\A in a class');
    return '^';
  }
  if (letter === 'Z' || letter === 'z') {
    if (inClass) throw new Error('\\Z in a class');
    return '$';
  }
  if (letter === 'h') return inClass ? ' \\t' : '[ \\t]';
  if (letter === 'a') return '\\x07';
  if (letter === 'e') return '\\x1b';
  if (/[dDwWsSbBnrtfv0]/.test(letter) || /[1-9]/.test(letter)) return `\\${letter}`;
  if (letter === 'x' || letter === 'u' || letter === 'c' || letter === 'k') return `\\${letter}`;
  if (/[A-Za-z]/.test(letter)) throw new Error(`unknown escape \\${letter}`);
  if (SYNTAX.has(letter) || (inClass && letter === '-')) return `\\${letter}`;
  return letter; // an identity escape of a character with no meaning: `\_`, `\-`, `\ `, `\'`
}

function propertyClass(name: string, negated: boolean, inClass: boolean): string {
  const key = name.replace(/^Is(?=[A-Z][a-z]+$)/, '').toLowerCase();
  const posix = NAMED_CLASSES[key];
  if (posix) {
    if (negated && inClass) throw new Error('negated class inside a class');
    if (inClass) return posix;
    return negated ? `[^${posix}]` : `[${posix}]`;
  }
  const java = JAVA_PROPERTIES[name.toLowerCase()];
  if (java && !negated) return inClass && java.startsWith('[') ? java.slice(1, -1) : java;
  if (/^In[A-Z]/.test(name)) throw new Error('Unicode blocks');
  const script = /^Is([A-Z][a-z]+)$/.exec(name)?.[1];
  return `\\${negated ? 'P' : 'p'}{${script ? `Script=${script}` : name}}`;
}
