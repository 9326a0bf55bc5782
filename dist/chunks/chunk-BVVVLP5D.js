import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);

// src/core/report/xml.ts
function escapeXml(text) {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

// src/core/report/junit.ts
function toJUnitXml(suites) {
  const totals = { tests: 0, failures: 0, skipped: 0, time: 0 };
  const body = suites.map((suite) => {
    const failures = suite.cases.filter((c) => c.failure).length;
    const skipped = suite.cases.filter((c) => c.skipped !== void 0 && !c.failure).length;
    const time = suite.timeSeconds ?? suite.cases.reduce((sum, c) => sum + (c.timeSeconds ?? 0), 0);
    totals.tests += suite.cases.length;
    totals.failures += failures;
    totals.skipped += skipped;
    totals.time += time;
    const cases = suite.cases.map(renderCase).join("");
    return `  <testsuite name="${escapeXml(suite.name)}" tests="${suite.cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(time)}">
${cases}  </testsuite>
`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="${totals.tests}" failures="${totals.failures}" errors="0" skipped="${totals.skipped}" time="${seconds(totals.time)}">
${body.join("")}</testsuites>
`;
}
function renderCase(testCase) {
  const attributes = [
    `name="${escapeXml(testCase.name)}"`,
    `classname="${escapeXml(testCase.classname)}"`,
    `time="${seconds(testCase.timeSeconds ?? 0)}"`,
    ...testCase.file ? [`file="${escapeXml(testCase.file)}"`] : [],
    ...testCase.line !== void 0 ? [`line="${testCase.line}"`] : []
  ].join(" ");
  let inner = "";
  if (testCase.failure) {
    const type = testCase.failure.type ? ` type="${escapeXml(testCase.failure.type)}"` : "";
    const details = testCase.failure.details ? escapeXml(testCase.failure.details) : "";
    inner = `      <failure message="${escapeXml(testCase.failure.message)}"${type}>${details}</failure>
`;
  } else if (testCase.skipped !== void 0) {
    inner = `      <skipped message="${escapeXml(testCase.skipped)}"/>
`;
  }
  return inner ? `    <testcase ${attributes}>
${inner}    </testcase>
` : `    <testcase ${attributes}/>
`;
}
function seconds(value) {
  return value.toFixed(3);
}

// src/core/report/sarif.ts
import { relative, sep } from "node:path";
function toSarif(input) {
  const ruleIndex = new Map(input.rules.map((rule, index) => [rule.id, index]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: input.toolName,
            version: input.toolVersion,
            informationUri: "https://github.com/mockforge/mockforge-action",
            rules: input.rules.map((rule) => ({
              id: rule.id,
              ...rule.name ? { name: rule.name } : {},
              shortDescription: { text: rule.shortDescription },
              ...rule.helpUri ? { helpUri: rule.helpUri } : {}
            }))
          }
        },
        originalUriBaseIds: { SRCROOT: { uri: "file:///" } },
        results: input.results.map((result) => ({
          ruleId: result.ruleId,
          ...ruleIndex.has(result.ruleId) ? { ruleIndex: ruleIndex.get(result.ruleId) } : {},
          level: result.level,
          message: { text: result.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(input.root, result.location.file), uriBaseId: "SRCROOT" },
                region: {
                  startLine: Math.max(1, result.location.line),
                  ...result.location.column ? { startColumn: result.location.column } : {}
                }
              }
            }
          ],
          ...result.fingerprint ? { partialFingerprints: { mockforgeKey: result.fingerprint } } : {},
          ...result.properties ? { properties: result.properties } : {}
        }))
      }
    ]
  };
}
function toUri(root, file) {
  const rel = relative(root, file);
  const path = rel.startsWith("..") ? file : rel;
  return path.split(sep).map(encodeURIComponent).join("/");
}

export {
  toJUnitXml,
  toSarif
};
