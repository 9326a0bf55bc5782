import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  debug,
  setFailed
} from "./chunks/chunk-FBESPYZK.js";
import "./chunks/chunk-DK4HO6BO.js";

// src/action/post.ts
try {
  debug("mockforge post: nothing to stop");
} catch (error) {
  setFailed(error instanceof Error ? error.message : String(error));
}
