import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  SERVE_OPTIONS,
  command
} from "./chunk-Z3CLRJAJ.js";
import "./chunk-37MSBJ3I.js";
import "./chunk-ZI3D2HGE.js";
import "./chunk-J5CZJXPQ.js";
import "./chunk-WDIGWRKL.js";
import "./chunk-I6EOAQTO.js";
import "./chunk-QJS7GZHQ.js";
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
