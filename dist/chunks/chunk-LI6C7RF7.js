import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{parseOptions,parsePairs}from"./chunk-4UDHA4NV.js";import{createMocksFromConfig,createMocksFromSpec}from"./chunk-GYWNMRVP.js";import{contractRoot,createProgress}from"./chunk-KGSXYE6U.js";import{whenAborted}from"./chunk-5XWMZ6QX.js";import{writeFileAtomic}from"./chunk-GGHH7WMP.js";import{parseStoreSpec}from"./chunk-DKTYVDFF.js";import{ErrorCode,MockforgeError}from"./chunk-LBJIYYRV.js";import{resolve}from"node:path";var SERVE_OPTIONS={config:{type:"string"},workspace:{type:"string",multiple:!0},port:{type:"string",multiple:!0},"port-offset":{type:"string"},journal:{type:"string"},host:{type:"string"},spec:{type:"string"},stateful:{type:"boolean"},"no-security":{type:"boolean"},"no-cors":{type:"boolean"},"ready-file":{type:"string"},store:{type:"string"}},command={name:"serve",summary:"serve the workspace mocks in the foreground",usage:`
Usage: mockforge serve [--config mockforge.yaml] [--workspace NAME]... [--port NAME=PORT]... [--port-offset N]
       mockforge serve --spec <contract> --port <n> [--stateful] [--no-security] [--no-cors]

Serves every workspace of mockforge.yaml on its port, in one process with one shared state store (unified
state, seeded from workspace_id and from scenarios/*.yaml). Stops on Ctrl-C or SIGTERM.
Admin API on every port: GET /__mockforge/health, POST /__mockforge/reset, GET /__mockforge/state,
GET /__mockforge/journal.

Options:
  --config <file>        project config (default: mockforge.yaml)
  --workspace <name>     serve only this workspace (repeatable)
  --port NAME=PORT       listen on another port for a workspace; 0 picks a free one (repeatable)
  --port-offset <n>      add n to every configured port (run two copies side by side)
  --journal <file>       append every request as a JSON line to this file
  --host <address>       listen on this address (default 127.0.0.1; 0.0.0.0 in a container, see 'mockforge mesh')
  --spec <contract>      serve one contract without a config (with --port <n>, default 4010)
  --stateful             with --spec: POST creates, GET lists, as with unified state
  --no-security          with --spec: answer without the contract's credentials (no 401)
  --no-cors              with --spec: no CORS headers, preflights are routed like other requests
  --ready-file <file>    write the served ports as JSON once every port listens (used by 'mockforge up')
  --store <memory|url>   where unified state lives, over mockforge.yaml's unified_state.store and the
                         MOCKFORGE_STORE variable: memory (default) or redis://host:6379/0, which replicas share
`,async run(argv,context){let{values}=parseOptions(argv,SERVE_OPTIONS,"serve"),journalFile=values.journal?resolve(context.cwd,values.journal):void 0,storeText=values.store??context.env.MOCKFORGE_STORE,store=storeText?parseStoreSpec(storeText,values.store?"--store":"MOCKFORGE_STORE"):void 0,mocks;if(values.spec){let port=parsePort(values.port?.[0]??"4010","--port"),spec=resolve(context.cwd,values.spec);mocks=createMocksFromSpec(spec,{port,root:contractRoot(spec),progress:createProgress(context.stderr),...journalFile?{journalFile}:{},...values.stateful?{stateful:!0}:{},...store?{store}:{},...values["no-security"]?{security:!1}:{},...values["no-cors"]?{cors:!1}:{}})}else{let ports=new Map([...parsePairs(values.port,"port")].map(([name,port])=>[name,parsePort(port,`--port ${name}`)]));mocks=createMocksFromConfig(resolve(context.cwd,values.config??"mockforge.yaml"),{workspaces:values.workspace??[],ports,portOffset:values["port-offset"]?parsePort(values["port-offset"],"--port-offset"):0,...journalFile?{journalFile}:{},...values.host?{host:values.host}:{},cache:!0,...store?{store}:{},log:message=>context.stderr(`mockforge serve: ${message}
`)})}for(let notice of mocks.notices)context.stderr(`notice: ${notice}
`);let served=await mocks.listen();for(let workspace of served)context.stdout(`${workspace.name}: ${workspace.url}
`);return values["ready-file"]&&writeFileAtomic(resolve(context.cwd,values["ready-file"]),`${JSON.stringify({pid:process.pid,workspaces:served})}
`),context.stderr(`mockforge serve: ${served.length} workspace(s) up; Ctrl-C stops
`),await whenAborted(context.signal),await mocks.close(),context.stderr(`mockforge serve: stopped
`),0}};function parsePort(text,option){let value=Number(text);if(!Number.isInteger(value)||value<0||value>65535)throw new MockforgeError(ErrorCode.UsageInvalid,`${option} '${text}' is not a port number`);return value}export{SERVE_OPTIONS,command,parsePort};
