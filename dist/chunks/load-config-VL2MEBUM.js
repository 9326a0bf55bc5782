import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{loadConfig}from"./chunk-DKTYVDFF.js";import"./chunk-VONPUS5U.js";import"./chunk-65NS57KX.js";import"./chunk-P54EFP4V.js";import"./chunk-LBJIYYRV.js";import"./chunk-RN25MAYC.js";export{loadConfig};
