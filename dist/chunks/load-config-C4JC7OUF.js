import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{f as a}from"./chunk-WVOBXBML.js";import"./chunk-GTPTGPZH.js";import"./chunk-KU4FWGXR.js";import"./chunk-F6LKYFFN.js";import"./chunk-RV36J3XP.js";import"./chunk-6GP4U2LO.js";import"./chunk-SHISDDGJ.js";export{a as loadConfig};
