import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{parseOptions}from"./chunk-BP5MDLZ6.js";import{displayPath}from"./chunk-5XWMZ6QX.js";import{readUpState,removeUpState,stopBackground}from"./chunk-QE2WPVBA.js";import"./chunk-NOVAZLZO.js";import"./chunk-GGHH7WMP.js";import"./chunk-AGDUUF74.js";import"./chunk-RN25MAYC.js";import{existsSync,readFileSync}from"node:fs";import{dirname,resolve}from"node:path";var command={name:"down",summary:"stop mocks started with `up`",usage:`
Usage: mockforge down [--config mockforge.yaml] [--timeout <ms>]

Stops the mocks 'mockforge up' started (SIGTERM, which flushes the request journal, then SIGKILL after the
timeout, default 5000 ms) and removes .mockforge/up.json. Nothing up is not an error.
`,async run(argv,context){let{values}=parseOptions(argv,{config:{type:"string"},timeout:{type:"string"}},"down"),configFile=resolve(context.cwd,values.config??"mockforge.yaml"),root=existsSync(configFile)||values.config?dirname(configFile):context.cwd,state=readUpState(root);if(!state)return context.stderr(`mockforge down: nothing is up
`),0;let timeout=Number(values.timeout??5e3),how=await stopBackground(state.pid,Number.isFinite(timeout)&&timeout>=0?timeout:5e3);removeUpState(root);let entries=existsSync(state.journalFile)?readFileSync(state.journalFile,"utf8").split(`
`).filter(Boolean).length:0;return context.stderr(`mockforge down: pid ${state.pid} ${how==="not-running"?"was not running":how}; journal ${displayPath(state.journalFile,context.cwd)} (${entries} request(s))
`),0}};export{command};
