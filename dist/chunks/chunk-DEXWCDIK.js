import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  loadConfig
} from "./chunk-NFGWDW3F.js";
import {
  loadContract
} from "./chunk-5LZN35NJ.js";
import {
  createFileReader
} from "./chunk-RR3QVNRZ.js";

// src/core/project.ts
function loadProject(configPath, options = {}) {
  const config = loadConfig(configPath);
  const read = options.read ?? createFileReader();
  const byFile = /* @__PURE__ */ new Map();
  const contracts = /* @__PURE__ */ new Map();
  for (const workspace of config.workspaces) {
    contracts.set(workspace.name, loadWorkspaceContract(workspace, config, byFile, read));
  }
  const diagnostics = [...byFile.values()].flatMap((c) => c.diagnostics);
  const unique = new Map(diagnostics.map((d) => [`${d.location.file}:${d.location.line}:${d.code}:${d.message}`, d]));
  return { config, contracts, diagnostics: [...unique.values()] };
}
function loadWorkspaceContract(workspace, config, byFile, read) {
  let contract = byFile.get(workspace.contract);
  if (!contract) {
    contract = loadContract(workspace.contract, {
      root: config.root,
      read,
      ...config.sharedSchemaFiles.length > 0 ? { sharedSchemaFiles: config.sharedSchemaFiles } : {}
    });
    byFile.set(workspace.contract, contract);
  }
  return contract;
}

export {
  loadProject
};
