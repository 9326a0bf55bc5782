import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{createHttpTransport}from"./chunk-V4LRRL56.js";import"./chunk-MHF5I4EV.js";import"./chunk-RN25MAYC.js";export{createHttpTransport};
