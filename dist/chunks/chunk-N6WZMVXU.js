import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{a as S,b as E}from"./chunk-WBM4AXFO.js";import{w as h,x as w}from"./chunk-D76RVEZI.js";import{b as y,c as k}from"./chunk-7MCNSSKL.js";import{c as O}from"./chunk-WLH7NY7M.js";import{a as v}from"./chunk-DGP6E6JU.js";import{b as g}from"./chunk-VHMZYMIT.js";import{a as d,b as u}from"./chunk-6GP4U2LO.js";import{a as f}from"./chunk-SHISDDGJ.js";import{resolve as c}from"node:path";var T={config:{type:"string"},workspace:{type:"string",multiple:!0},port:{type:"string",multiple:!0},"port-offset":{type:"string"},journal:{type:"string"},host:{type:"string"},spec:{type:"string"},stateful:{type:"boolean"},"no-security":{type:"boolean"},"no-cors":{type:"boolean"},"ready-file":{type:"string"},store:{type:"string"}},A={name:"serve",summary:"serve the workspace mocks in the foreground",usage:`
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
`,async run(n,r){let{values:e}=S(n,T,"serve"),a=e.journal?c(r.cwd,e.journal):void 0,l=e.store??r.env.MOCKFORGE_STORE,i=l?g(l,e.store?"--store":"MOCKFORGE_STORE"):void 0,s;if(e.spec){let o=m(e.port?.[0]??"4010","--port"),t=c(r.cwd,e.spec);s=w(t,{port:o,root:k(t),progress:y(r.stderr),...a?{journalFile:a}:{},...e.stateful?{stateful:!0}:{},...i?{store:i}:{},...e["no-security"]?{security:!1}:{},...e["no-cors"]?{cors:!1}:{}})}else{let o=new Map([...E(e.port,"port")].map(([t,C])=>[t,m(C,`--port ${t}`)]));s=h(c(r.cwd,e.config??"mockforge.yaml"),{workspaces:e.workspace??[],ports:o,portOffset:e["port-offset"]?m(e["port-offset"],"--port-offset"):0,...a?{journalFile:a}:{},...e.host?{host:e.host}:{},cache:!0,...i?{store:i}:{},log:f(t=>r.stderr(`mockforge serve: ${t}
`),"log")})}for(let o of s.notices)r.stderr(`notice: ${o}
`);let p=await s.listen();for(let o of p)r.stdout(`${o.name}: ${o.url}
`);return e["ready-file"]&&v(c(r.cwd,e["ready-file"]),`${JSON.stringify({pid:process.pid,workspaces:p})}
`),r.stderr(`mockforge serve: ${p.length} workspace(s) up; Ctrl-C stops
`),await O(r.signal),await s.close(),r.stderr(`mockforge serve: stopped
`),0}};function m(n,r){let e=Number(n);if(!Number.isInteger(e)||e<0||e>65535)throw new u(d.UsageInvalid,`${r} '${n}' is not a port number`);return e}f(m,"parsePort");export{T as a,A as b,m as c};
