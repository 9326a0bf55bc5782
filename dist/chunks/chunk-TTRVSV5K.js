import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{VERSION}from"./chunk-GWO32N6F.js";function describeInternalError(command,error,withStack){let message=error instanceof Error?`${error.name}: ${error.message}`:String(error),stack=withStack&&error instanceof Error&&error.stack?`
${error.stack}`:"";return`mockforge ${command}: internal error (a bug in mockforge ${VERSION}, not a finding): ${message} [MF_INTERNAL]
  fix: please report it with the command you ran; MOCKFORGE_DEBUG=1 prints the stack trace${stack}
`}export{describeInternalError};
