import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  loadScenarioFiles
} from "./chunk-WORUD6GV.js";
import {
  isArazzoDocument
} from "./chunk-T5K4HRE5.js";
import {
  configScenarioFiles
} from "./chunk-HE2PU5F4.js";
import "./chunk-SWRZDQDU.js";
import {
  loadProject
} from "./chunk-DCWLXHLC.js";
import "./chunk-SOK6ZPY4.js";
import "./chunk-Q4L6FTGJ.js";
import "./chunk-RIB3W43H.js";

// src/core/diff/find-consumers.ts
import { readFileSync } from "node:fs";
function indexConsumers(config) {
  const steps = readScenarioSteps(config);
  return {
    find(serving, basePath, operation) {
      const names = new Set(serving);
      const workspaces = config.workspaces.filter((w) => names.has(w.name));
      const matches = pathMatcher(operation.path, basePath);
      const consumers = [];
      for (const step of steps) {
        if (step.service !== void 0 ? !names.has(step.service) : names.size === 0) continue;
        if (step.method !== operation.method || !matches(step.path)) continue;
        consumers.push({ kind: "scenario-step", name: `${step.scenario} \u203A ${step.step}`, location: step.location });
      }
      for (const workspace of workspaces) {
        const endpoint = workspace.endpoints.find(
          (e) => (e.methods.length === 0 || e.methods.includes(operation.method)) && globMatches(e.path, operation.path, basePath)
        );
        consumers.push({
          kind: "workspace",
          name: workspace.name,
          location: config.locate(endpoint?.pointer ?? workspace.pointer)
        });
      }
      return consumers;
    }
  };
}
function readScenarioSteps(config) {
  const files = configScenarioFiles(config);
  const steps = [];
  let project;
  for (const file of files) {
    let scenarios;
    try {
      const arazzo = isArazzoDocument(file, void 0) || /^\s*arazzo\s*:/m.test(readFileSync(file, "utf8"));
      if (arazzo) project ??= loadProject(config);
      scenarios = loadScenarioFiles([file], { project: arazzo ? project : void 0, root: config.root }).scenarios;
    } catch {
      continue;
    }
    for (const scenario of scenarios) {
      for (const step of scenario.steps) {
        if (step.arazzo && !(step.arazzo.operation && "resolved" in step.arazzo.operation)) continue;
        steps.push({
          scenario: scenario.name,
          step: step.name,
          ...step.service ? { service: step.service } : {},
          method: step.request.method,
          path: step.request.path.split("?")[0] ?? "",
          location: step.location
        });
      }
    }
  }
  return steps;
}
function pathMatcher(template, basePath) {
  const body = template.split(/\{[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[^/]+");
  const pattern = new RegExp(`^(?:${basePath.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})?${body}/?$`);
  return (path) => pattern.test(path);
}
function globMatches(glob, template, basePath) {
  const pattern = new RegExp(
    `^${glob.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`
  );
  return pattern.test(template) || pattern.test(basePath + template);
}
export {
  indexConsumers
};
