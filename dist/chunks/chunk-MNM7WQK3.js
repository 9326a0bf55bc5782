import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
var ADMIN_PREFIX="__mockforge",HEALTH_PATH=`/${ADMIN_PREFIX}/health`,READY_PATH=`/${ADMIN_PREFIX}/ready`;export{ADMIN_PREFIX,HEALTH_PATH,READY_PATH};
