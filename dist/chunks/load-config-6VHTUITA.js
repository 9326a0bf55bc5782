import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{f as a}from"./chunk-VHMZYMIT.js";import"./chunk-GTPTGPZH.js";import"./chunk-FO4LOU6I.js";import"./chunk-N3TJB4P7.js";import"./chunk-RV36J3XP.js";import"./chunk-6GP4U2LO.js";import"./chunk-SHISDDGJ.js";export{a as loadConfig};
