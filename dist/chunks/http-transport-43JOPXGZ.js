import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{a}from"./chunk-G7FEUOF6.js";import"./chunk-FDMII2EK.js";import"./chunk-SHISDDGJ.js";export{a as createHttpTransport};
