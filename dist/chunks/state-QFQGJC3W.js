import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{a,b}from"./chunk-RJJR6EM3.js";import"./chunk-D7G22ES3.js";import"./chunk-SHISDDGJ.js";export{b as readMocksState,a as saveMocksState};
