// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${name} is the scenario placeholder syntax, not a template
/** Captured values by name plus the environment (for `${env.NAME}`); read-only for substitution. */
export interface Variables {
  captured: ReadonlyMap<string, unknown>;
  env: Readonly<Record<string, string | undefined>>;
}

const PLACEHOLDER = /\$\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*\}/g;
const WHOLE = /^\$\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*\}$/;

export class UndefinedVariableError extends Error {
  constructor(readonly variable: string) {
    super(
      variable.startsWith('env.')
        ? `environment variable ${variable.slice(4)} is not set`
        : `\${${variable}} is not defined (capture it in an earlier step)`,
    );
  }
}

/**
 * Replaces `${name}` and `${env.NAME}` in every string of `value`. A string that is exactly one
 * placeholder takes the captured value with its type (`quantity: ${qty}` stays a number).
 */
export function substitute(value: unknown, variables: Variables): unknown {
  if (typeof value === 'string') return substituteString(value, variables);
  if (Array.isArray(value)) return value.map((item) => substitute(item, variables));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, variables)]));
  }
  return value;
}

function substituteString(text: string, variables: Variables): unknown {
  const whole = WHOLE.exec(text);
  if (whole?.[1]) return lookup(whole[1], variables);
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const found = lookup(name, variables);
    return typeof found === 'string' ? found : JSON.stringify(found);
  });
}

function lookup(name: string, variables: Variables): unknown {
  if (name.startsWith('env.')) {
    const value = variables.env[name.slice(4)];
    if (value === undefined) throw new UndefinedVariableError(name);
    return value;
  }
  if (!variables.captured.has(name)) throw new UndefinedVariableError(name);
  return variables.captured.get(name);
}
