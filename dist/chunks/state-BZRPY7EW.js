import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{readMocksState,saveMocksState}from"./chunk-5XMLXTVF.js";import"./chunk-4ORYMXHR.js";import"./chunk-RN25MAYC.js";export{readMocksState,saveMocksState};
