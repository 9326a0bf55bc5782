import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  SERVE_OPTIONS,
  command
} from "./chunk-MMTJT3BE.js";
import "./chunk-CYPE5V74.js";
import "./chunk-2Y3XLVDO.js";
import "./chunk-CQAYPSCA.js";
import "./chunk-J5CZJXPQ.js";
import "./chunk-LHMJAUPM.js";
import "./chunk-DEXWCDIK.js";
import "./chunk-NFGWDW3F.js";
import "./chunk-AY73W6XF.js";
import "./chunk-YSTNKQVJ.js";
import "./chunk-XHT6E6OY.js";
import "./chunk-V53H2TKQ.js";
import "./chunk-5LZN35NJ.js";
import "./chunk-RR3QVNRZ.js";
import "./chunk-BYCFEB6W.js";
import "./chunk-SPISD2J6.js";
import "./chunk-ZVQDHYCI.js";
export {
  SERVE_OPTIONS,
  command
};
