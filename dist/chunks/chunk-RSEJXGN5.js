import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{a}from"./chunk-OW3QMDHI.js";import{a as t}from"./chunk-SHISDDGJ.js";function r(e,n,o){let s=n instanceof Error?`${n.name}: ${n.message}`:String(n),i=o&&n instanceof Error&&n.stack?`
${n.stack}`:"";return`mockforge ${e}: internal error (a bug in mockforge ${a}, not a finding): ${s} [MF_INTERNAL]
  fix: please report it with the command you ran; MOCKFORGE_DEBUG=1 prints the stack trace${i}
`}t(r,"describeInternalError");export{r as a};
