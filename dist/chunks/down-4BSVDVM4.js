import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{a as U,b as J,e as N,f as $,h as C}from"./chunk-DBY2X7B7.js";import{a as F}from"./chunk-WBM4AXFO.js";import"./chunk-YJAFXIJR.js";import{a as S}from"./chunk-FTYLTRE4.js";import"./chunk-XIPDMBR5.js";import{c as k}from"./chunk-U2PQHGNK.js";import{d as j,f as c,h as x}from"./chunk-CDIQRE3T.js";import"./chunk-DDV4TMEM.js";import{a as u,b as n}from"./chunk-WLH7NY7M.js";import"./chunk-DGP6E6JU.js";import{a as E}from"./chunk-OW3QMDHI.js";import"./chunk-NDUUROAJ.js";import"./chunk-QGTDNPEI.js";import{a as R,b as v}from"./chunk-6GP4U2LO.js";import{a as f}from"./chunk-SHISDDGJ.js";import{existsSync as O,readFileSync as P}from"node:fs";import{dirname as L,resolve as M}from"node:path";var W={name:"down",summary:"stop the mocks and the proxy started with `up`; report what the proxy saw",usage:`
Usage: mockforge down [--config mockforge.yaml] [--timeout <ms>] [--json file] [--junit file] [--sarif file]
                      [--fail-on ERR|never]

Stops what 'mockforge up' started (SIGTERM, which flushes the request journal, then SIGKILL after the
timeout, default 5000 ms) and removes its state file: the mocks and the proxy ('up --proxy'). Nothing up is
not an error. The proxy's journal becomes its report: every distinct contract violation once, with its
count, the contract file:line, the operation, a curl line reproducing it and the side that broke the
contract (consumer or provider). Exit 1 when there were violations (3 when a target could not answer),
unless --fail-on never.

Options:
  --json <file>      the proxy's report as JSON
  --junit <file>     JUnit XML (one case per operation seen, its violations as the failure)
  --sarif <file>     SARIF 2.1.0 (violations at contract lines, for code scanning)
  --fail-on <when>   ERR (default): violations fail; never: report only
`,async run(I,o){let{values:r}=F(I,{config:{type:"string"},timeout:{type:"string"},json:{type:"string"},junit:{type:"string"},sarif:{type:"string"},"fail-on":{type:"string"}},"down"),i=(r["fail-on"]??"ERR").toUpperCase();if(i!=="ERR"&&i!=="NEVER")throw new v(R.UsageInvalid,`--fail-on '${r["fail-on"]}': use ERR or never`);let y=M(o.cwd,r.config??"mockforge.yaml"),s=O(y)||r.config?L(y):o.cwd,a=c(s,"mocks"),p=c(s,"proxy");if(!a&&!p)return o.stderr(`mockforge down: nothing is up
`),0;let l=Number(r.timeout??5e3),d=f(async(t,m)=>{let h=await j(t.pid,Number.isFinite(l)&&l>=0?l:5e3,m==="proxy"?"proxy":"serve");x(s,m);let w=O(t.journalFile)?P(t.journalFile,"utf8"):"",b=w.split(`
`).filter(Boolean).length;return o.stderr(`mockforge down: ${m} pid ${t.pid} ${h==="not-running"?"was not running":h}; journal ${u(t.journalFile,o.cwd)} (${b} request(s))
`),w},"stop");if(a&&await d(a,"mocks"),!p)return 0;let e=U(k(await d(p,"proxy"))),g=f(t=>u(t,o.cwd),"display");return o.stdout(C(e,g)),n(o.cwd,r.json,()=>`${JSON.stringify(e,null,2)}
`),n(o.cwd,r.junit,()=>S(N(e,g))),n(o.cwd,r.sarif,()=>`${JSON.stringify($(e,o.cwd,E),null,2)}
`),i==="NEVER"?0:J(e)}};export{W as command};
