import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{i as a}from"./chunk-FWVYBSM6.js";import"./chunk-GTPTGPZH.js";import"./chunk-VUYLLYDK.js";import"./chunk-RV36J3XP.js";import"./chunk-6GP4U2LO.js";import"./chunk-SHISDDGJ.js";export{a as loadConfig};
