import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  SERVE_OPTIONS,
  command
} from "./chunk-LPTJOUXW.js";
import "./chunk-FZO7XN5T.js";
import "./chunk-2EMSLJDX.js";
import "./chunk-J5CZJXPQ.js";
import "./chunk-SCGLBV2N.js";
import "./chunk-HE2PU5F4.js";
import "./chunk-B7KDH2WF.js";
import "./chunk-WQU2GNB7.js";
import "./chunk-IFRXBT3E.js";
import "./chunk-DVCQFG5Y.js";
import "./chunk-MKJKVXGC.js";
import "./chunk-Z67XE7QP.js";
import "./chunk-UEZDGRG4.js";
import "./chunk-RIB3W43H.js";
export {
  SERVE_OPTIONS,
  command
};
