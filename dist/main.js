import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  loadProject
} from "./chunks/chunk-D7ASCXHB.js";
import {
  error,
  getInput,
  setFailed,
  setOutput,
  warning
} from "./chunks/chunk-FBESPYZK.js";
import "./chunks/chunk-VAAAINAI.js";
import "./chunks/chunk-DK4HO6BO.js";

// src/action/run-action.ts
import { resolve } from "node:path";
async function runAction() {
  const workingDirectory = resolve(getInput("working-directory") || ".");
  const project = loadProject(resolve(workingDirectory, getInput("config") || "mockforge.yaml"));
  for (const d of project.diagnostics) {
    const properties = { file: d.location.file, startLine: d.location.line, startColumn: d.location.column };
    if (d.severity === "error") error(d.message, properties);
    else warning(d.message, properties);
  }
  setOutput("workspaces", JSON.stringify(project.config.workspaces.map((w) => w.name)));
}

// src/action/main.ts
try {
  await runAction();
} catch (error2) {
  setFailed(error2 instanceof Error ? error2.message : String(error2));
}
