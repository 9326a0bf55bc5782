import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{loadConfig}from"./chunk-Y4MO3O26.js";import"./chunk-ZCSPH6KC.js";import"./chunk-65NS57KX.js";import"./chunk-P54EFP4V.js";import"./chunk-LBJIYYRV.js";import"./chunk-RN25MAYC.js";export{loadConfig};
