#!/usr/bin/env node
import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  runCli
} from "./chunks/chunk-XWF74HNI.js";
import "./chunks/chunk-5G4X4ALD.js";
import "./chunks/chunk-ZVGOEXLY.js";

// src/cli/main.ts
process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interrupted: new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  })
});
