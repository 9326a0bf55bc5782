import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  SERVE_OPTIONS,
  command
} from "./chunk-DDQF65YN.js";
import "./chunk-4LJ7MSKH.js";
import "./chunk-DSPALI67.js";
import "./chunk-DBPOXZL2.js";
import "./chunk-QYSM2PN3.js";
import "./chunk-T5K4HRE5.js";
import "./chunk-HE2PU5F4.js";
import "./chunk-6V3Z4ZOA.js";
import "./chunk-SWRZDQDU.js";
import "./chunk-DCWLXHLC.js";
import "./chunk-SOK6ZPY4.js";
import "./chunk-Q4L6FTGJ.js";
import "./chunk-Z67XE7QP.js";
import "./chunk-UEZDGRG4.js";
import "./chunk-RIB3W43H.js";
export {
  SERVE_OPTIONS,
  command
};
