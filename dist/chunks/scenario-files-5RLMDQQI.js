import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{a}from"./chunk-B7JWUMZC.js";import"./chunk-NMYWWBKS.js";import"./chunk-SHISDDGJ.js";export{a as configScenarioFiles};
