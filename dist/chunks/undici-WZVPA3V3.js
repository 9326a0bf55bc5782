import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{a}from"./chunk-FDMII2EK.js";import"./chunk-SHISDDGJ.js";export default a();
