import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{readMocksState,saveMocksState}from"./chunk-PYBAJ7KE.js";import"./chunk-33SGYAR7.js";import"./chunk-RN25MAYC.js";export{readMocksState,saveMocksState};
