import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{loadConfig}from"./chunk-RHH7BTX5.js";import"./chunk-RRLXHIZY.js";import"./chunk-W6OKWA7A.js";import"./chunk-RN25MAYC.js";export{loadConfig};
