import type { PlannedRequest } from '../http/transport.js';

/** Where a created resource's id was read: a field of the JSON body, or the last segment of `Location`. */
export type IdFrom = { body: string } | { location: true };

/** A shell-safe `curl` command that sends exactly this request again; `id` text in the URL becomes `${id}`. */
export function toCurl(request: PlannedRequest, id?: string): string {
  const parts = ['curl', '-sS', '-i'];
  if (request.method !== 'GET' || request.body !== undefined) parts.push('-X', request.method);
  for (const [name, value] of Object.entries(request.headers)) parts.push('-H', quote(`${name}: ${value}`));
  if (request.body !== undefined) parts.push('--data-raw', quote(request.body));
  parts.push(id === undefined ? quote(request.url) : quoteWithId(request.url, encodeURIComponent(id)));
  return parts.join(' ');
}

/**
 * A chain that replays on its own: the create runs first and the shell keeps the id it answers with
 * (`id=$(curl ... | node -e ...)`), then each later step uses `${id}` instead of the id of the original run.
 */
export function chainCurl(create: PlannedRequest, from: IdFrom, id: string, steps: readonly PlannedRequest[]): string {
  const createCurl = toCurl(create).replace(/^curl -sS -i /, 'curl -sS ');
  const capture =
    'body' in from
      ? `${createCurl} | node -e ${quote(`let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.stdout.write(String(JSON.parse(s)[${JSON.stringify(from.body)}])))`)}`
      : `${createCurl.replace(/^curl -sS /, 'curl -sS -o /dev/null -D - ')} | sed -n 's/^[Ll]ocation: *//p' | tr -d '\\r' | sed 's#[?#].*##; s#/*$##; s#.*/##'`;
  return [`id=$(${capture})`, ...steps.map((step) => toCurl(step, id))].join(' && ');
}

function quote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

const SHELL_ID = '$' + '{id}';

/** Double quotes, so `${id}` expands; everything else stays literal. */
function quoteWithId(text: string, id: string): string {
  const escaped = (piece: string) => piece.replace(/[\\"$`]/g, (c) => `\\${c}`);
  return `"${text.split(id).map(escaped).join(SHELL_ID)}"`;
}
