import { basename, extname } from 'node:path';
import { isSharedSchemaDocument } from '../contract/shared-schemas.js';

/** One file of the contracts folder as `mockforge init` saw it. */
export interface InitCandidate {
  /** Relative to the project root, with `/`. */
  path: string;
  /** The parsed document; undefined when it did not parse (it is then left out and named). */
  document: unknown;
}

export interface InitPlan {
  workspaces: Array<{ name: string; port: number; contract: string }>;
  /** Component libraries (components and no paths), the tutorial's shared-schemas.yaml. */
  shared: string[];
  /** Files that are neither, with why: said to the user, never silently dropped. */
  skipped: Array<{ path: string; why: string }>;
}

export const FIRST_PORT = 3001;

/**
 * Which files are contracts and which are shared component files, and one workspace per contract: named
 * after the file, ports from 3001. Ports follow the order the shared files declare the schemas each
 * contract uses (the tutorial's User, Product, Order give users 3001, products 3002, orders 3003), then
 * the file name: services others build on come first where the shared files say so.
 */
export function planInit(candidates: readonly InitCandidate[]): InitPlan {
  const shared: InitCandidate[] = [];
  const contracts: InitCandidate[] = [];
  const skipped: InitPlan['skipped'] = [];
  for (const candidate of [...candidates].sort((a, b) => a.path.localeCompare(b.path))) {
    const doc = candidate.document as Record<string, unknown> | undefined;
    if (doc === undefined) skipped.push({ path: candidate.path, why: 'does not parse as YAML or JSON' });
    else if (isSharedSchemaDocument(doc)) shared.push(candidate);
    else if (typeof doc?.openapi === 'string' && /^3\./.test(doc.openapi) && doc.paths !== undefined)
      contracts.push(candidate);
    else if (doc?.swagger !== undefined)
      skipped.push({ path: candidate.path, why: 'Swagger 2.0: convert it to OpenAPI 3 first' });
    else skipped.push({ path: candidate.path, why: 'not an OpenAPI 3 contract nor a component file' });
  }
  const order = sharedSchemaOrder(shared);
  const rank = (candidate: InitCandidate) => {
    const refs = JSON.stringify(candidate.document).matchAll(/"#\/components\/schemas\/([^"/]+)"/g);
    return Math.min(...[...refs].map((m) => order.get(m[1] as string) ?? Number.POSITIVE_INFINITY));
  };
  const ranked = contracts.map((c) => ({ c, rank: rank(c) })).sort((a, b) => a.rank - b.rank);
  const names = new Set<string>();
  const workspaces = ranked.map(({ c }, index) => {
    const stem = basename(c.path, extname(c.path))
      .toLowerCase()
      .replace(/[^a-z0-9_.-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '');
    let name = stem || 'service';
    for (let n = 2; names.has(name); n++) name = `${stem}-${n}`;
    names.add(name);
    return { name, port: FIRST_PORT + index, contract: c.path };
  });
  return { workspaces, shared: shared.map((s) => s.path), skipped };
}

/** Schema name -> its position across the shared files (files in name order, schemas as written). */
function sharedSchemaOrder(shared: readonly InitCandidate[]): Map<string, number> {
  const order = new Map<string, number>();
  for (const file of shared) {
    const schemas = ((file.document as { components?: { schemas?: object } }).components?.schemas ?? {}) as object;
    for (const name of Object.keys(schemas)) if (!order.has(name)) order.set(name, order.size);
  }
  return order;
}

/** mockforge.yaml for the plan, commented so a person can take it from there. */
export function renderInitConfig(plan: InitPlan, options: { contractsDir: string; projectName: string }): string {
  const lines = [
    '# mockforge.yaml, written by `mockforge init`: one workspace mock per contract. Edit freely.',
    '# Check it with `mockforge lint`; serve the mocks with `mockforge serve` (or `mockforge up`).',
    '',
  ];
  if (options.contractsDir !== 'contracts') lines.push(`contracts_dir: ${quote(options.contractsDir)}`, '');
  if (plan.shared.length > 0) {
    lines.push(
      '# Component files the contracts may $ref without defining the schemas themselves.',
      `shared_schemas: [${plan.shared.map(quote).join(', ')}]`,
      '',
    );
  }
  lines.push(
    '# Scenario files (cross-service flows) for `mockforge scenarios`; none yet is fine.',
    "scenarios: ['scenarios/**/*.yaml']",
    '',
    'workspaces:',
  );
  for (const w of plan.workspaces) {
    const inferred = w.contract === `${options.contractsDir}/${w.name}.yaml`;
    lines.push(`  - name: ${w.name}`, `    port: ${w.port}`);
    if (inferred) lines.push(`    # contract: ${w.contract}   (found by the name)`);
    else lines.push(`    contract: ${quote(w.contract)}`);
    lines.push(
      '    # target: http://localhost:8081   the real service, for `mockforge validate`',
      '    # endpoints: [{ path: /api/..., method: GET, response: { from_mock: mocks/<name>/ } }]   see `mockforge generate`',
      '',
    );
  }
  lines.push(
    '# Unified state: every mock shares one store, so the same id is the same record on every port.',
    'core:',
    '  consistency:',
    '    enabled: true',
    '    unified_state:',
    `      workspace_id: ${quote(options.projectName)}`,
    '      persona_graph:',
    '        enabled: true',
    '',
  );
  return lines.join('\n');
}

/** The pull-request check: diff against the base, scenarios against mocks, one sticky comment, SARIF upload. */
export function renderInitWorkflow(configPath: string): string {
  const config = configPath === 'mockforge.yaml' ? '' : `\n          config: ${quote(configPath)}`;
  return `# Written by \`mockforge init --github\`: breaking changes, scenarios and drift on every pull request.
name: contracts
on: pull_request
# checks: the check run with annotations at the contract lines; pull-requests: the sticky comment;
# security-events: the SARIF upload to code scanning.
permissions: { contents: read, checks: write, pull-requests: write, security-events: write }
jobs:
  contracts:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with: { fetch-depth: 0 }           # the base commit must exist for the diff
      - uses: mockforge/mockforge-action@v1
        with:
          command: check                   # diff vs the PR base + scenarios against mocks${config}
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        with: { sarif_file: .mockforge/reports }
`;
}

/** A YAML scalar: plain when safe, single-quoted otherwise. */
function quote(value: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value)
    ? value
    : `'${value.replace(/'/g, "''")}'`;
}
