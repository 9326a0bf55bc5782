import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{a as e}from"./chunk-SHISDDGJ.js";function r(t,o){return{document:t.document,openapi:t.openapi,direction:"response",seed:"lint",fitsNode:e(a=>o.fitsNode(a,"response"),"fitsNode")}}e(r,"responseDataContext");export{r as a};
