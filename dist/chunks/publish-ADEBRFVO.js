import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{startPublisher}from"./chunk-5UISNAAI.js";import"./chunk-5YALNBZ4.js";import"./chunk-6UC2EE6L.js";import"./chunk-YBBVJHHQ.js";import"./chunk-33SGYAR7.js";import"./chunk-RN25MAYC.js";export{startPublisher};
