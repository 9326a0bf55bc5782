import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  readSourceFile
} from "./chunk-BYCFEB6W.js";
import {
  ErrorCode,
  MockforgeError
} from "./chunk-ZVQDHYCI.js";

// src/core/source/source-reader.ts
import { realpathSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
function createFileReader(options = {}) {
  const cache = /* @__PURE__ */ new Map();
  return (file) => {
    let source = cache.get(file);
    if (!source) {
      source = readSourceFile(file, options);
      cache.set(file, source);
    }
    return source;
  };
}
function isInside(root, file) {
  const real = (path) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  const rel = relative(real(root), real(file));
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function assertInside(root, file, what) {
  if (!isInside(root, file)) {
    throw new MockforgeError(ErrorCode.RefRefused, `${what} ${file} is outside the project root ${root}`, {
      hint: "keep contracts, schemas and mock data inside the repository"
    });
  }
}

export {
  createFileReader,
  isInside,
  assertInside
};
