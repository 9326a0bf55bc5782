import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  SERVE_OPTIONS,
  command
} from "./chunk-5SLIKF5N.js";
import "./chunk-7M4R2YQU.js";
import "./chunk-62HWXMM6.js";
import "./chunk-YMRIRR45.js";
import "./chunk-J5CZJXPQ.js";
import "./chunk-I6EOAQTO.js";
import "./chunk-7EEB2ILI.js";
import "./chunk-RHT72COZ.js";
import "./chunk-SH2FXY7Z.js";
import "./chunk-3I6WQTKS.js";
import "./chunk-X3XOFF2U.js";
import "./chunk-Z67XE7QP.js";
import "./chunk-GUNA5JRM.js";
import "./chunk-ZVGOEXLY.js";
export {
  SERVE_OPTIONS,
  command
};
