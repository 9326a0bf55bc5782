import { ErrorCode, MockforgeError } from '../../core/errors.js';
import { createHttpTransport } from '../../core/http/http-transport.js';
import { createProgress } from '../../core/progress.js';
import { toJUnitXml } from '../../core/report/junit.js';
import { describeShards, itemsOf } from '../../core/shard/shard-plan.js';
import { shardStamp } from '../../core/shard/shard-report.js';
import { parseShard } from '../../core/shard/shard-spec.js';
import { formatValidate } from '../../core/validate/format-validate.js';
import { planTargets } from '../../core/validate/plan-targets.js';
import { planValidateShards } from '../../core/validate/shard-targets.js';
import type { ValidateResult } from '../../core/validate/types.js';
import { validateAll } from '../../core/validate/validate-all.js';
import { validateExitCode, validateJUnitSuites, validateSarif } from '../../core/validate/validate-findings.js';
import type { ValidateMode } from '../../core/validate/validate-target.js';
import { VERSION } from '../../core/version.js';
import { type CliCommand, displayPath, writeReport } from '../command.js';
import { parseOptions } from '../parse-options.js';

export const command: CliCommand = {
  name: 'validate',
  summary: 'check a running service against its contract',
  usage: `
Usage: mockforge validate --contract <file> --target <url>
       mockforge validate --contract <dir> --target NAME=URL...
       mockforge validate [--config mockforge.yaml] [--target NAME=URL]...

Sends requests built from the contract (examples, scenario ids such as /api/users/user_123, required
parameters, bodies for writes) to the running service and checks every response, with Schemathesis' check
names: not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
response_schema_conformance; with --stateful also ensure_resource_availability and use_after_free.
Negative requests (on with --unsafe and --stateful, --negative adds them for GET/HEAD in safe mode) break
the contract one way each and expect a refusal: negative_data_rejection, missing_required_header,
unsupported_method, ignored_auth. Path ids come from the service's own answers (lists, created
records, URLs) before the contract's examples; an operation answered 4xx to a made-up id is listed as
not reached, never as drift. Every run ends with its coverage: operations, documented statuses and
negative kinds exercised, and what was not, with why.
Config mode validates every workspace of mockforge.yaml that has a 'target:'.
Exit 0 clean, 1 drift, 2 bad input (also a contract schema validate cannot use), 3 target unreachable.

Options:
  --contract <file|dir>   the contract (or a folder of <name>.yaml contracts)
  --target <url|NAME=URL> the running service (repeatable as NAME=URL)
  --config <file>         project config (default: mockforge.yaml)
  --header 'Name: value'  send this header with every request, e.g. auth (repeatable)
  --unsafe                also send writes (POST, PUT, PATCH, DELETE); only safe methods by default
  --stateful              writes plus create -> read -> delete chains
  --negative              negative requests in safe mode too (GET/HEAD only); on by default with writes
  --no-negative           no negative requests
  --negative-budget <n>   negative requests per operation at most (default 10)
  --seed <text>           which negative requests the budget keeps (default mockforge): same seed, same requests
  --concurrency <n>       requests in flight per target (default 4)
  --timeout <ms>          per request (default 10000)
  --budget <s>            total time per target (default 120); operations not started by then are skipped
  --retries <n>           retries when the target does not answer (default 2, doubling backoff from 200 ms)
  --json <file>           write the result as JSON
  --junit <file>          write JUnit XML (one case per operation)
  --sarif <file>          write SARIF 2.1.0 (findings at contract lines, for code scanning)
  --shard <i/n>           validate only shard i of n (a job matrix): operations are split by resource
                          (a list and its items stay together), the same split on every run; --json then
                          carries the split, and 'mockforge report' merges the n JSON reports
  --quiet                 no progress lines
`,
  async run(argv, context) {
    const { values } = parseOptions(
      argv,
      {
        contract: { type: 'string' },
        target: { type: 'string', multiple: true },
        config: { type: 'string' },
        header: { type: 'string', multiple: true },
        unsafe: { type: 'boolean' },
        stateful: { type: 'boolean' },
        negative: { type: 'boolean' },
        'no-negative': { type: 'boolean' },
        'negative-budget': { type: 'string' },
        seed: { type: 'string' },
        concurrency: { type: 'string' },
        timeout: { type: 'string' },
        budget: { type: 'string' },
        retries: { type: 'string' },
        json: { type: 'string' },
        junit: { type: 'string' },
        sarif: { type: 'string' },
        shard: { type: 'string' },
        quiet: { type: 'boolean' },
      },
      'validate',
    );
    const headers = parseHeaders(values.header ?? []);
    const planned = planTargets({
      cwd: context.cwd,
      progress: createProgress(context.stderr),
      targets: values.target ?? [],
      ...(values.contract ? { contract: values.contract } : {}),
      ...(values.config ? { config: values.config } : {}),
    });
    for (const target of planned) {
      // A refused or missing $ref is validated as "any": say so, or a clean result would hide it.
      const errors = target.contract.diagnostics.filter((d) => d.severity === 'error');
      for (const d of errors.slice(0, 5)) {
        context.stderr(
          `${displayPath(d.location.file, context.cwd)}:${d.location.line}: warning: ${d.message} [${d.code}]\n`,
        );
      }
      if (errors.length > 5)
        context.stderr(`... and ${errors.length - 5} more contract problem(s): see 'mockforge lint'\n`);
    }
    const shard = values.shard === undefined ? undefined : parseShard(values.shard, '--shard');
    const plan = shard ? planValidateShards(planned, shard.count) : undefined;
    if (shard && plan) for (const line of describeShards(plan, shard, 'operation(s)')) context.stderr(`${line}\n`);
    const mode: ValidateMode = values.stateful ? 'stateful' : values.unsafe ? 'unsafe' : 'safe';
    if (values.negative && values['no-negative']) {
      throw new MockforgeError(ErrorCode.UsageInvalid, 'give --negative or --no-negative, not both');
    }
    const concurrency = positive(values.concurrency ?? '4', '--concurrency');
    const transport = createHttpTransport({ connections: concurrency });
    const display = (file: string) => displayPath(file, context.cwd);
    let result: ValidateResult;
    try {
      result = await validateAll(planned, {
        transport,
        mode,
        headers,
        concurrency,
        ...(values['no-negative'] ? { negative: false } : values.negative ? { negative: true } : {}),
        negativeBudget: nonNegative(values['negative-budget'] ?? '10', '--negative-budget', 1000),
        ...(values.seed !== undefined ? { seed: values.seed } : {}),
        requestTimeoutMs: positive(values.timeout ?? '10000', '--timeout'),
        budgetMs: positive(values.budget ?? '120', '--budget') * 1000,
        retries: nonNegative(values.retries ?? '2', '--retries', 10),
        progress: createProgress(context.stderr),
        ...(shard && plan ? { only: itemsOf(plan, shard.index) } : {}),
        ...(values.quiet
          ? {}
          : {
              onTarget: (target) => context.stderr(`validating ${target.name} against ${target.target} (${mode})\n`),
              onOperation: (_target, op, findings) => {
                if (op.skipped?.startsWith('writes')) return;
                const state = op.skipped
                  ? `skipped (${op.skipped})`
                  : findings.length
                    ? `${findings.length} finding(s)`
                    : 'ok';
                context.stderr(`  ${op.operation}: ${state}\n`);
              },
            }),
      });
    } finally {
      await transport.close();
    }
    context.stdout(formatValidate(result, display));
    const root = context.cwd;
    const stamped = shard && plan ? { ...result, shard: shardStamp(shard, plan, root, VERSION) } : result;
    writeReport(root, values.json, () => `${JSON.stringify(stamped, null, 2)}\n`);
    writeReport(root, values.junit, () => toJUnitXml(validateJUnitSuites(result, display)));
    writeReport(root, values.sarif, () => `${JSON.stringify(validateSarif(result, root, VERSION), null, 2)}\n`);
    return validateExitCode(result);
  },
};

function parseHeaders(values: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const value of values) {
    const index = value.indexOf(':');
    if (index <= 0) {
      throw new MockforgeError(ErrorCode.UsageInvalid, `--header '${value}' is not of the form 'Name: value'`);
    }
    headers[value.slice(0, index).trim().toLowerCase()] = value.slice(index + 1).trim();
  }
  return headers;
}

function positive(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new MockforgeError(ErrorCode.UsageInvalid, `${option} must be a positive number`);
  return n;
}

function nonNegative(value: string, option: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max) {
    throw new MockforgeError(ErrorCode.UsageInvalid, `${option} must be an integer from 0 to ${max}`);
  }
  return n;
}
