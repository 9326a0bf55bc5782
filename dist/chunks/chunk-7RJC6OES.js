import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);

// src/cli/command.ts
import { relative } from "node:path";
function displayPath(file, cwd) {
  const rel = relative(cwd, file);
  return rel === "" ? "." : rel.startsWith("..") ? file : rel;
}

export {
  displayPath
};
