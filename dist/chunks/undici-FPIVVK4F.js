import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{require_undici}from"./chunk-MHF5I4EV.js";import"./chunk-RN25MAYC.js";export default require_undici();
