import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineOf, tempProject } from '../helpers/temp-project.js';
import { freePorts } from './serve-fixture.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const run = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });

const contract = (title: string, ref: string, components = '') => `openapi: 3.0.3
info: { title: ${title}, version: 1.0.0 }
paths:
  /things:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '${ref}'
    post:
      requestBody:
        content:
          application/json:
            schema:
              $ref: '${ref}'
      responses:
        '201': { description: created }
${components}`;

/** Each shape of `$ref` cycle, as a project: mockforge.yaml, the contract (and its files), a scenario. */
const SHAPES = {
  'ordinary recursion (optional children)': {
    'contracts/things.yaml': contract(
      'Recursion',
      '#/components/schemas/Node',
      `components:
  schemas:
    Node:
      type: object
      required: [name]
      properties:
        name: { type: string }
        children:
          type: array
          items:
            $ref: '#/components/schemas/Node'
`,
    ),
  },
  'a pure alias loop': {
    'contracts/things.yaml': contract(
      'Alias',
      '#/components/schemas/A',
      `components:
  schemas:
    A:
      $ref: '#/components/schemas/B'
    B:
      $ref: '#/components/schemas/A'
`,
    ),
  },
  'an object that requires itself': {
    'contracts/things.yaml': contract(
      'Required',
      '#/components/schemas/Node',
      `components:
  schemas:
    Node:
      type: object
      required: [next]
      properties:
        next:
          $ref: '#/components/schemas/Node'
`,
    ),
  },
  'a two-file loop': {
    'contracts/things.yaml': contract('TwoFile', './a.yaml#/A'),
    'contracts/a.yaml': "A:\n  $ref: './b.yaml#/B'\n",
    'contracts/b.yaml': "B:\n  $ref: './a.yaml#/A'\n",
  },
} as const;

type Shape = keyof typeof SHAPES;

/** The lint error each degenerate shape must get: code, file and line of the ref. */
const EXPECTED: Partial<Record<Shape, { code: string; file: string; after: string; line: string }>> = {
  'a pure alias loop': { code: 'MF_REF_CYCLE', file: 'contracts/things.yaml', after: '    A:', line: '$ref' },
  'an object that requires itself': {
    code: 'MF_SCHEMA_UNSATISFIABLE',
    file: 'contracts/things.yaml',
    after: '        next:',
    line: '$ref',
  },
  'a two-file loop': { code: 'MF_REF_CYCLE', file: 'contracts/a.yaml', after: 'A:', line: '$ref' },
};

function project(shape: Shape): string {
  return tempProject({
    ...SHAPES[shape],
    'mockforge.yaml': 'workspaces:\n  - name: things\n    port: 0\n    contract: contracts/things.yaml\n',
    'scenarios/list.yaml':
      'name: list things\nsteps:\n  - name: list\n    service: things\n    request: { method: GET, path: /things }\n    response: { status: 200 }\n',
  });
}

/** Never a crash: no stack trace, no recursion overflow, no unresolved-ref error of a library. */
function expectNoCrash(result: { status: number | null; stdout: string; stderr: string }) {
  const output = result.stdout + result.stderr;
  expect(output).not.toMatch(/\n\s+at |RangeError|Maximum call stack|MissingRefError|schema value is nil|MF_INTERNAL/);
  expect(result.status === null || result.status <= 2).toBe(true);
}

async function withServe<T>(dir: string, use: (url: string) => Promise<T>): Promise<T> {
  const [port] = await freePorts(1);
  const child = spawn(process.execPath, [CLI, 'serve', '--spec', 'contracts/things.yaml', '--port', String(port)], {
    cwd: dir,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  try {
    for (let i = 0; i < 400 && !stdout.includes('http://'); i++) await new Promise((r) => setTimeout(r, 25));
    expect(stdout).toContain(`http://127.0.0.1:${port}`);
    return await use(`http://127.0.0.1:${port}`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.on('exit', resolve));
    expectNoCrash({ status: 0, stdout, stderr });
  }
}

describe('$ref cycles in every command (bundled dist/cli.js)', () => {
  it.each(Object.keys(SHAPES) as Shape[])(
    '%s: lint, generate, serve, validate, diff and scenarios answer without crashing',
    async (shape) => {
      const dir = project(shape);
      const expected = EXPECTED[shape];

      const lint = run(['lint'], dir);
      expectNoCrash(lint);
      if (expected) {
        const text = (SHAPES[shape] as Record<string, string>)[expected.file] as string;
        const line = lineOf(text, expected.line, lineOf(text, expected.after));
        expect(lint.status).toBe(1);
        expect(lint.stdout).toMatch(new RegExp(`^${expected.file}:${line}: error: .*\\[${expected.code}\\]$`, 'm'));
      } else {
        expect(lint.status).toBe(0);
        expect(lint.stderr).toContain('0 error(s), 0 warning(s)');
      }

      const generate = run(['generate', '--from-openapi', 'contracts/things.yaml', '--output', 'mocks'], dir);
      expectNoCrash(generate);
      expect(generate.status).toBe(0);

      await withServe(dir, async (url) => {
        const response = await fetch(`${url}/things`);
        expect(response.status).toBe(200);
        const validate = run(['validate', '--contract', 'contracts/things.yaml', '--target', url, '--unsafe'], dir);
        expectNoCrash(validate);
        if (expected) {
          // A schema nothing can be checked against is a contract problem, named at its line: exit 2.
          expect(validate.status).toBe(2);
          expect(validate.stdout).toMatch(/contract problem/);
        } else {
          expect(validate.status).toBe(0);
        }
        const scenarios = run(['scenarios', '--target', `things=${url}`], dir);
        expectNoCrash(scenarios);
        // An unsatisfiable schema cannot be served validly: the step fails on the contract check.
        expect(scenarios.status).toBe(shape === 'an object that requires itself' ? 1 : 0);
      });

      const diff = run(['diff', '--base', 'contracts/things.yaml', '--head', 'contracts/things.yaml'], dir);
      expectNoCrash(diff);
      if (expected?.code === 'MF_REF_CYCLE') {
        // oasdiff would see "any" where the loop is: the diff refuses to pass on a contract it cannot see.
        expect(diff.status).toBe(2);
        expect(diff.stderr).toContain(`${expected.file}:`);
        expect(diff.stderr).toContain('[MF_REF_CYCLE]');
      } else {
        expect(diff.status).toBe(0);
        expect(diff.stderr).toContain('0 breaking error(s), 0 warning(s)');
      }
    },
    180_000,
  );
});
