import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{loadConfig}from"./chunk-5NI6MBHK.js";import"./chunk-LPDXMPIH.js";import"./chunk-W6OKWA7A.js";import"./chunk-RN25MAYC.js";export{loadConfig};
