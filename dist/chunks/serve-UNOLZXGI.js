import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  SERVE_OPTIONS,
  command
} from "./chunk-4SIE3SAT.js";
import "./chunk-JXD2J3FQ.js";
import "./chunk-SFIXQ3B7.js";
import "./chunk-J5CZJXPQ.js";
import "./chunk-WDIGWRKL.js";
import "./chunk-I6EOAQTO.js";
import "./chunk-MCTK2GOT.js";
import "./chunk-MZMFMVTC.js";
import "./chunk-7LJBLFJK.js";
import "./chunk-3IU2OTBQ.js";
import "./chunk-BUZ6B4DB.js";
import "./chunk-Z67XE7QP.js";
import "./chunk-GUNA5JRM.js";
import "./chunk-ZVGOEXLY.js";
export {
  SERVE_OPTIONS,
  command
};
