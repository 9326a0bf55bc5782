import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);

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
  toSarif
};
