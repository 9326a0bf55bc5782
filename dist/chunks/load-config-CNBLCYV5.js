import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{loadConfig}from"./chunk-B2GH7U3F.js";import"./chunk-QYCVD35Y.js";import"./chunk-65NS57KX.js";import"./chunk-P54EFP4V.js";import"./chunk-LBJIYYRV.js";import"./chunk-RN25MAYC.js";export{loadConfig};
