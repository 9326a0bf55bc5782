import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{startPublisher}from"./chunk-MWU2IH6Z.js";import"./chunk-JBWNGDL3.js";import"./chunk-6UC2EE6L.js";import"./chunk-YBBVJHHQ.js";import"./chunk-JXPWMCHC.js";import"./chunk-WSW4EEQM.js";import"./chunk-RN25MAYC.js";export{startPublisher};
