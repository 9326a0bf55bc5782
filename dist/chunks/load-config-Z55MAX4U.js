import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{loadConfig}from"./chunk-VILPLS64.js";import"./chunk-BQTIKNWY.js";import"./chunk-AGDUUF74.js";import"./chunk-RN25MAYC.js";export{loadConfig};
