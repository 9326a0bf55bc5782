/** One call of a scenario as the sequence diagram shows it. */
export interface SequenceCall {
  service: string;
  label: string;
  /** The status the service answered, or undefined when it did not answer. */
  status?: number | undefined;
  ok: boolean;
}

/**
 * A Mermaid sequence diagram of a scenario: the test calls each service in turn and gets its answer.
 * Names and labels come from scenario files: they are reduced to characters Mermaid cannot read as
 * syntax (no line breaks, `;`, `#`, `%%`, `-->`, `<`, `>`).
 */
export function sequenceDiagram(title: string, calls: readonly SequenceCall[]): string {
  const lines = ['```mermaid', 'sequenceDiagram', `  title ${text(title)}`, '  participant T as scenario'];
  const ids = new Map<string, string>();
  for (const call of calls) {
    if (!ids.has(call.service)) {
      const id = `S${ids.size + 1}`;
      ids.set(call.service, id);
      lines.push(`  participant ${id} as ${text(call.service)}`);
    }
  }
  for (const call of calls) {
    const id = ids.get(call.service) as string;
    lines.push(`  T->>${id}: ${text(call.label)}`);
    const answer = call.status === undefined ? 'no answer' : String(call.status);
    lines.push(call.ok ? `  ${id}-->>T: ${answer}` : `  ${id}--xT: ${answer} (failed)`);
  }
  lines.push('```');
  return lines.join('\n');
}

function text(value: string): string {
  const flat = value
    .replace(/[\r\n]+/g, ' ')
    .replace(/[;#<>`]/g, ' ')
    .replace(/%%/g, '%')
    .replace(/-+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat || '-';
}
