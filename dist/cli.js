#!/usr/bin/env node
import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{displayPath}from"./chunks/chunk-H6GXQQOZ.js";import{describeInternalError}from"./chunks/chunk-TTRVSV5K.js";import{VERSION}from"./chunks/chunk-GWO32N6F.js";import{isMockforgeError}from"./chunks/chunk-5IDW4U6C.js";import"./chunks/chunk-RN25MAYC.js";var COMMANDS={generate:{summary:"write editable mock data for a contract",load:async()=>(await import("./chunks/generate-E4PA6TB3.js")).command},serve:{summary:"serve the workspace mocks in the foreground",load:async()=>(await import("./chunks/serve-EPRF6J44.js")).command},up:{summary:"start the workspace mocks in the background",load:async()=>(await import("./chunks/up-7H5JHJ2L.js")).command},down:{summary:"stop mocks started with `up`",load:async()=>(await import("./chunks/down-RX3VLB4B.js")).command},scenarios:{summary:"run cross-service scenarios",load:async()=>(await import("./chunks/scenarios-REPIU2QW.js")).command},validate:{summary:"check a running service against its contract",load:async()=>(await import("./chunks/validate-FPKVFYZ4.js")).command},diff:{summary:"find breaking changes between contract versions",load:async()=>(await import("./chunks/diff-BFGY73YU.js")).command},mesh:{summary:"write Kubernetes and service-mesh manifests for the mocks",load:async()=>(await import("./chunks/mesh-FADINS3I.js")).command},lint:{summary:"load the project and report contract and config problems",load:async()=>(await import("./chunks/lint-XLUNAOJK.js")).command}};function helpText(){let width=Math.max(...Object.keys(COMMANDS).map(name=>name.length)),lines=Object.entries(COMMANDS).map(([name,c])=>`  ${name.padEnd(width)}  ${c.summary}`);return`mockforge ${VERSION}: mock-oriented development for microservices

Usage: mockforge <command> [options]

Commands:
${lines.join(`
`)}

Run 'mockforge <command> --help' for a command's options.
Exit codes: 0 ok, 1 findings (failed steps, drift, breaking changes), 2 bad input, 3 target unreachable,
4 internal error (a bug in mockforge: please report it), 130/143 stopped by SIGINT/SIGTERM.
`}async function runCli(argv,context){let[name,...rest]=argv;if(name===void 0||name==="--help"||name==="-h"||name==="help")return context.stdout(helpText()),name===void 0?2:0;if(name==="--version"||name==="-v")return context.stdout(`${VERSION}
`),0;let entry=COMMANDS[name];if(!entry)return context.stderr(`mockforge: unknown command '${name}'

${helpText()}`),2;let command=await entry.load();if(rest.includes("--help")||rest.includes("-h"))return context.stdout(`${command.usage.trim()}
`),0;try{return await command.run(rest,context)}catch(error){return isMockforgeError(error)?(context.stderr(`mockforge ${name}: ${error.format(file=>displayPath(file,context.cwd))}
`),2):(context.stderr(describeInternalError(name,error,context.env.MOCKFORGE_DEBUG==="1")),4)}}var crash=error=>{process.stderr.write(describeInternalError(process.argv[2]??"",error,process.env.MOCKFORGE_DEBUG==="1")),process.exit(4)};process.on("uncaughtException",crash);process.on("unhandledRejection",crash);process.exitCode=await runCli(process.argv.slice(2),{cwd:process.cwd(),env:process.env,stdout:text=>process.stdout.write(text),stderr:text=>process.stderr.write(text),interrupted:new Promise(resolve=>{process.once("SIGINT",()=>resolve()),process.once("SIGTERM",()=>resolve())})});
