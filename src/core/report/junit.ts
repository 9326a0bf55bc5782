import { escapeXml } from './xml.js';

export interface JUnitCase {
  name: string;
  classname: string;
  timeSeconds?: number;
  failure?: { message: string; type?: string; details?: string };
  skipped?: string;
  /** Where the case is defined (scenario step, contract line): shown by test reporters that read it. */
  file?: string;
  line?: number;
}

export interface JUnitSuite {
  name: string;
  cases: JUnitCase[];
  timeSeconds?: number;
}

/** JUnit XML as GitHub test reporters and most CI systems read it (one <testsuite> per suite). */
export function toJUnitXml(suites: readonly JUnitSuite[]): string {
  const totals = { tests: 0, failures: 0, skipped: 0, time: 0 };
  const body = suites.map((suite) => {
    const failures = suite.cases.filter((c) => c.failure).length;
    const skipped = suite.cases.filter((c) => c.skipped !== undefined && !c.failure).length;
    const time = suite.timeSeconds ?? suite.cases.reduce((sum, c) => sum + (c.timeSeconds ?? 0), 0);
    totals.tests += suite.cases.length;
    totals.failures += failures;
    totals.skipped += skipped;
    totals.time += time;
    const cases = suite.cases.map(renderCase).join('');
    return `  <testsuite name="${escapeXml(suite.name)}" tests="${suite.cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(time)}">\n${cases}  </testsuite>\n`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites tests="${totals.tests}" failures="${totals.failures}" errors="0" skipped="${totals.skipped}" time="${seconds(totals.time)}">\n${body.join('')}</testsuites>\n`;
}

function renderCase(testCase: JUnitCase): string {
  const attributes = [
    `name="${escapeXml(testCase.name)}"`,
    `classname="${escapeXml(testCase.classname)}"`,
    `time="${seconds(testCase.timeSeconds ?? 0)}"`,
    ...(testCase.file ? [`file="${escapeXml(testCase.file)}"`] : []),
    ...(testCase.line !== undefined ? [`line="${testCase.line}"`] : []),
  ].join(' ');
  let inner = '';
  if (testCase.failure) {
    const type = testCase.failure.type ? ` type="${escapeXml(testCase.failure.type)}"` : '';
    const details = testCase.failure.details ? escapeXml(testCase.failure.details) : '';
    inner = `      <failure message="${escapeXml(testCase.failure.message)}"${type}>${details}</failure>\n`;
  } else if (testCase.skipped !== undefined) {
    inner = `      <skipped message="${escapeXml(testCase.skipped)}"/>\n`;
  }
  return inner ? `    <testcase ${attributes}>\n${inner}    </testcase>\n` : `    <testcase ${attributes}/>\n`;
}

function seconds(value: number): string {
  return value.toFixed(3);
}
