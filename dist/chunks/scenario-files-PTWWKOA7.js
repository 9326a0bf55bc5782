import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{configScenarioFiles}from"./chunk-5SCYT27C.js";import"./chunk-SU5H5NVT.js";import"./chunk-RN25MAYC.js";export{configScenarioFiles};
