import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{globSync}from"./chunk-SU5H5NVT.js";function configScenarioFiles(config){return globSync([...config.scenarios],{cwd:config.root,absolute:!0,onlyFiles:!0}).sort()}export{configScenarioFiles};
