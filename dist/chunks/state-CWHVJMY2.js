import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{readMocksState,saveMocksState}from"./chunk-BWZZ7RXK.js";import"./chunk-WSW4EEQM.js";import"./chunk-RN25MAYC.js";export{readMocksState,saveMocksState};
