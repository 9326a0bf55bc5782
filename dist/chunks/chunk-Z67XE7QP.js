import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);

// src/core/mock/admin-paths.ts
var ADMIN_PREFIX = "__mockforge";
var HEALTH_PATH = `/${ADMIN_PREFIX}/health`;

export {
  ADMIN_PREFIX,
  HEALTH_PATH
};
