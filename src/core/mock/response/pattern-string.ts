/**
 * A string matching a simple regular expression: literals, escapes (\d \w \s \. ...), character classes
 * with ranges, the quantifiers ? * + {n} {n,m} and groups of literal alternatives (`(SM|MM)`), anchored
 * or not. Other groups and alternation are beyond it: undefined, and the caller falls back. Enough for the id patterns of real contracts
 * (`^AC[0-9a-fA-F]{32}$`, `^[A-Z]{2}-\d{4}$`).
 */
export function stringForPattern(pattern: string, random: () => number): string | undefined {
  let source = pattern;
  if (source.startsWith('^')) source = source.slice(1);
  if (source.endsWith('$') && !source.endsWith('\\$')) source = source.slice(0, -1);
  // A group of literal alternatives, e.g. `(SM|MM)`, becomes one of them.
  source = source.replace(/\(([\w|-]*)\)/g, (_whole, inner: string) => {
    const options = inner.split('|');
    return options[Math.floor(random() * options.length)] ?? '';
  });
  if (/[()|]/.test(source)) return undefined;
  let out = '';
  let i = 0;
  while (i < source.length) {
    let choices: string[];
    const char = source[i] as string;
    if (char === '[') {
      const end = source.indexOf(']', i + 2);
      if (end < 0) return undefined;
      const body = source.slice(i + 1, end);
      if (body.startsWith('^')) return undefined;
      choices = expandClass(body);
      i = end + 1;
    } else if (char === '\\') {
      choices = escapeChoices(source[i + 1] ?? '');
      i += 2;
    } else if (char === '.') {
      choices = ['a'];
      i += 1;
    } else if ('*+?{'.includes(char)) {
      return undefined;
    } else {
      choices = [char];
      i += 1;
    }
    let min = 1;
    let max = 1;
    const quantifier = /^(?:\{(\d+)(?:,(\d*))?\}|[*+?])/.exec(source.slice(i));
    if (quantifier) {
      const q = quantifier[0];
      if (q === '*') [min, max] = [0, 3];
      else if (q === '+') [min, max] = [1, 3];
      else if (q === '?') [min, max] = [0, 1];
      else {
        min = Number(quantifier[1]);
        max = quantifier[2] === undefined ? min : quantifier[2] === '' ? min + 3 : Number(quantifier[2]);
      }
      i += q.length;
    }
    if (choices.length === 0) return undefined;
    const count = min + Math.floor(random() * (max - min + 1));
    for (let n = 0; n < count; n++) out += choices[Math.floor(random() * choices.length)];
  }
  return out;
}

function expandClass(body: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const char = body[i] as string;
    if (char === '\\') {
      out.push(...escapeChoices(body[i + 1] ?? ''));
      i++;
    } else if (body[i + 1] === '-' && i + 2 < body.length) {
      const from = char.charCodeAt(0);
      const to = (body[i + 2] as string).charCodeAt(0);
      for (let c = from; c <= to && c - from < 128; c++) out.push(String.fromCharCode(c));
      i += 2;
    } else {
      out.push(char);
    }
  }
  return out;
}

function escapeChoices(letter: string): string[] {
  if (letter === 'd') return [...'0123456789'];
  if (letter === 'w') return [...'abcdefghijklmnopqrstuvwxyz0123456789_'];
  if (letter === 's') return [' '];
  if (/[DWS]/.test(letter)) return ['-'];
  return [letter];
}
