import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  SERVE_OPTIONS,
  command
} from "./chunk-7DM4KKPY.js";
import "./chunk-VRONRDMO.js";
import "./chunk-MN5SKPN3.js";
import "./chunk-V6AKABDY.js";
import "./chunk-J5CZJXPQ.js";
import "./chunk-7VCPLQPC.js";
import "./chunk-4KK2PSFU.js";
import "./chunk-A65IZLZC.js";
import "./chunk-BN2D344Q.js";
import "./chunk-F5JCZDX2.js";
import "./chunk-ZPJ4YW5S.js";
import "./chunk-GUNA5JRM.js";
import "./chunk-ZVGOEXLY.js";
export {
  SERVE_OPTIONS,
  command
};
