import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{b as t}from"./chunk-NMYWWBKS.js";import{a as o}from"./chunk-SHISDDGJ.js";function e(r){return t([...r.scenarios],{cwd:r.root,absolute:!0,onlyFiles:!0}).sort()}o(e,"configScenarioFiles");export{e as a};
