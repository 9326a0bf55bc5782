import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
var o="__mockforge",t=`/${o}/health`,e=`/${o}/ready`;export{o as a,t as b,e as c};
