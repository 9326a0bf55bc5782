import type { ScenarioResult } from './types.js';

/**
 * A Mermaid sequence diagram of one scenario run: the scenario as the client, each service a participant,
 * one arrow per request and one back per response with its status (✓ passed, ✗ failed, skipped dashed note).
 */
export function scenarioSequenceDiagram(scenario: ScenarioResult): string {
  const ids = new Map<string, string>();
  const idFor = (service: string) => {
    let id = ids.get(service);
    if (!id) {
      id = `S${ids.size + 1}`;
      ids.set(service, id);
    }
    return id;
  };
  const arrows: string[] = [];
  for (const step of scenario.steps) {
    if (!step.service && !step.request) {
      // an Arazzo workflow step: its called steps are drawn as arrows of their own
      const verdict =
        step.outcome === 'passed' ? '✓' : step.outcome === 'skipped' ? `skipped: ${step.skipReason ?? ''}` : '✗';
      arrows.push(`  Note over C: ${text(`${step.index + 1}. ${step.name} (workflow) ${verdict}`)}`);
      continue;
    }
    const id = idFor(step.service);
    const request = step.request ? `${step.request.method} ${new URL(step.request.url).pathname}` : step.name;
    arrows.push(`  C->>${id}: ${text(`${step.index + 1}. ${request}`)}`);
    if (step.outcome === 'skipped') {
      arrows.push(`  Note over C,${id}: ${text(`skipped: ${step.skipReason ?? ''}`)}`);
    } else if (step.response) {
      const mark =
        step.outcome === 'passed' ? '✓' : `✗ ${step.failures.find((f) => f.severity === 'error')?.message ?? ''}`;
      arrows.push(`  ${id}${step.outcome === 'passed' ? '-->>' : '--x'}C: ${text(`${step.response.status} ${mark}`)}`);
    } else {
      arrows.push(`  ${id}--xC: ${text(`✗ ${step.failures[0]?.message ?? 'no response'}`)}`);
    }
  }
  for (const failure of scenario.failures ?? []) {
    if (failure.severity === 'error') arrows.push(`  Note over C: ${text(`✗ ${failure.message}`)}`);
  }
  const participants = [...ids.entries()].map(([service, id]) => `  participant ${id} as ${text(service)}`);
  return ['sequenceDiagram', `  participant C as ${text(scenario.name)}`, ...participants, ...arrows].join('\n');
}

/** Mermaid text: no line breaks, and the characters that end or break a message as entity codes. */
function text(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  const short = flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
  return short.replace(/[#;:<>{}`]/g, (c) => `#${c.charCodeAt(0)};`);
}
