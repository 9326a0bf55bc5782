import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{a}from"./chunk-JID5PF22.js";import"./chunk-Y6QXHQVX.js";import"./chunk-NDUUROAJ.js";import"./chunk-QGTDNPEI.js";import"./chunk-D7G22ES3.js";import"./chunk-SHISDDGJ.js";export{a as startPublisher};
