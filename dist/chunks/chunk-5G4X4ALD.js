import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);

// src/cli/command.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
function displayPath(file, cwd) {
  const rel = relative(cwd, file);
  return rel === "" ? "." : rel.startsWith("..") ? file : rel;
}
function writeReport(cwd, file, render) {
  if (!file) return;
  const path = resolve(cwd, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, render());
}

export {
  displayPath,
  writeReport
};
