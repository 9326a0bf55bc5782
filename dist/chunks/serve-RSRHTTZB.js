import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  SERVE_OPTIONS,
  command
} from "./chunk-SCP232N7.js";
import "./chunk-OUNRFJXW.js";
import "./chunk-AQPHB6TL.js";
import "./chunk-T3ITODW7.js";
import "./chunk-J5CZJXPQ.js";
import "./chunk-LHMJAUPM.js";
import "./chunk-5CLIAWSG.js";
import "./chunk-MHC6EJ5C.js";
import "./chunk-P6P5M7U5.js";
import "./chunk-B3IVBZNR.js";
import "./chunk-PGE5OYBZ.js";
import "./chunk-JVT4NNQX.js";
import "./chunk-SPISD2J6.js";
import "./chunk-ZVQDHYCI.js";
export {
  SERVE_OPTIONS,
  command
};
