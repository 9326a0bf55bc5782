import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  SERVE_OPTIONS,
  command
} from "./chunk-OGFD4RKZ.js";
import "./chunk-TYR2WAAH.js";
import "./chunk-FKKBOGJH.js";
import "./chunk-V6AKABDY.js";
import "./chunk-J5CZJXPQ.js";
import "./chunk-7VCPLQPC.js";
import "./chunk-UM76YFHB.js";
import "./chunk-A65IZLZC.js";
import "./chunk-RJ36HO4E.js";
import "./chunk-F5JCZDX2.js";
import "./chunk-ZPJ4YW5S.js";
import "./chunk-GUNA5JRM.js";
import "./chunk-ZVGOEXLY.js";
export {
  SERVE_OPTIONS,
  command
};
