import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
var VERSION="0.1.0";export{VERSION};
