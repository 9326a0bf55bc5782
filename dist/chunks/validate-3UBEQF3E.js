import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{a as I}from"./chunk-34ER5ZFT.js";import{a as L}from"./chunk-WBM4AXFO.js";import{a as R,b as O,c as M}from"./chunk-OQR6DQJT.js";import"./chunk-U5S3Q7PG.js";import{b as T,d as A,e as C}from"./chunk-YJAFXIJR.js";import{b as N,c as q,g as S}from"./chunk-VUTUVPUG.js";import{a as U}from"./chunk-FTYLTRE4.js";import"./chunk-ZFGRHRIH.js";import"./chunk-IYOVOSCY.js";import"./chunk-XIPDMBR5.js";import"./chunk-DNYP5N5M.js";import"./chunk-RPXIOLQP.js";import"./chunk-EIUAFAGH.js";import"./chunk-ILLQYJBA.js";import"./chunk-GE3V6N2R.js";import"./chunk-4RFTGBPE.js";import"./chunk-3FN6WLEO.js";import"./chunk-6QCHLJ3R.js";import"./chunk-2QNULMTI.js";import{b as v}from"./chunk-7MCNSSKL.js";import"./chunk-KZKTTDRL.js";import"./chunk-TYF2K76T.js";import"./chunk-B7JWUMZC.js";import"./chunk-NMYWWBKS.js";import{a as y,b as m}from"./chunk-WLH7NY7M.js";import"./chunk-DGP6E6JU.js";import{a as h}from"./chunk-OW3QMDHI.js";import"./chunk-QGTDNPEI.js";import"./chunk-VHMZYMIT.js";import"./chunk-GTPTGPZH.js";import"./chunk-FO4LOU6I.js";import"./chunk-N3TJB4P7.js";import"./chunk-RV36J3XP.js";import{a as E}from"./chunk-RILUWZZF.js";import{a as u,b as f}from"./chunk-6GP4U2LO.js";import{a as j}from"./chunk-G7FEUOF6.js";import"./chunk-FDMII2EK.js";import{a as c}from"./chunk-SHISDDGJ.js";var ae={name:"validate",summary:"check a running service against its contract",usage:`
Usage: mockforge validate --contract <file> --target <url>
       mockforge validate --contract <dir> --target NAME=URL...
       mockforge validate [--config mockforge.yaml] [--target NAME=URL]...

Sends requests built from the contract (examples, scenario ids such as /api/users/user_123, required
parameters, bodies for writes) to the running service and checks every response, with Schemathesis' check
names: not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
response_schema_conformance; with --stateful also ensure_resource_availability and use_after_free.
Negative requests (on with --unsafe and --stateful, --negative adds them for GET/HEAD in safe mode) break
the contract one way each and expect a refusal: negative_data_rejection, missing_required_header,
unsupported_method, ignored_auth. Path ids come from the service's own answers (lists, created
records, URLs) before the contract's examples; an operation answered 4xx to a made-up id is listed as
not reached, never as drift. Every run ends with its coverage: operations, documented statuses and
negative kinds exercised, and what was not, with why.
Config mode validates every workspace of mockforge.yaml that has a 'target:'.
Exit 0 clean, 1 drift, 2 bad input (also a contract schema validate cannot use), 3 target unreachable.

Options:
  --contract <file|dir>   the contract (or a folder of <name>.yaml contracts)
  --target <url|NAME=URL> the running service (repeatable as NAME=URL)
  --config <file>         project config (default: mockforge.yaml)
  --header 'Name: value'  send this header with every request, e.g. auth (repeatable)
  --unsafe                also send writes (POST, PUT, PATCH, DELETE); only safe methods by default
  --stateful              writes plus create -> read -> delete chains
  --negative              negative requests in safe mode too (GET/HEAD only); on by default with writes
  --no-negative           no negative requests
  --negative-budget <n>   negative requests per operation at most (default 10)
  --seed <text>           which negative requests the budget keeps (default mockforge): same seed, same requests
  --concurrency <n>       requests in flight per target (default 4)
  --timeout <ms>          per request (default 10000)
  --budget <s>            total time per target (default 120); operations not started by then are skipped
  --retries <n>           retries when the target does not answer (default 2, doubling backoff from 200 ms)
  --json <file>           write the result as JSON
  --junit <file>          write JUnit XML (one case per operation)
  --sarif <file>          write SARIF 2.1.0 (findings at contract lines, for code scanning)
  --shard <i/n>           validate only shard i of n (a job matrix): operations are split by resource
                          (a list and its items stay together), the same split on every run; --json then
                          carries the split, and 'mockforge report' merges the n JSON reports
  --quiet                 no progress lines
`,async run(o,t){let{values:e}=L(o,{contract:{type:"string"},target:{type:"string",multiple:!0},config:{type:"string"},header:{type:"string",multiple:!0},unsafe:{type:"boolean"},stateful:{type:"boolean"},negative:{type:"boolean"},"no-negative":{type:"boolean"},"negative-budget":{type:"string"},seed:{type:"string"},concurrency:{type:"string"},timeout:{type:"string"},budget:{type:"string"},retries:{type:"string"},json:{type:"string"},junit:{type:"string"},sarif:{type:"string"},shard:{type:"string"},quiet:{type:"boolean"}},"validate"),r=H(e.header??[]),p=R({cwd:t.cwd,progress:v(t.stderr),targets:e.target??[],...e.contract?{contract:e.contract}:{},...e.config?{config:e.config}:{}});for(let a of p){let i=a.contract.diagnostics.filter(n=>n.severity==="error");for(let n of i.slice(0,5))t.stderr(`${y(n.location.file,t.cwd)}:${n.location.line}: warning: ${n.message} [${n.code}]
`);i.length>5&&t.stderr(`... and ${i.length-5} more contract problem(s): see 'mockforge lint'
`)}let s=e.shard===void 0?void 0:E(e.shard,"--shard"),l=s?O(p,s.count):void 0;if(s&&l)for(let a of q(l,s,"operation(s)"))t.stderr(`${a}
`);let w=e.stateful?"stateful":e.unsafe?"unsafe":"safe";if(e.negative&&e["no-negative"])throw new f(u.UsageInvalid,"give --negative or --no-negative, not both");let k=b(e.concurrency??"4","--concurrency"),_=j({connections:k}),$=c(a=>y(a,t.cwd),"display"),d;try{d=await M(p,{transport:_,mode:w,headers:r,concurrency:k,...e["no-negative"]?{negative:!1}:e.negative?{negative:!0}:{},negativeBudget:J(e["negative-budget"]??"10","--negative-budget",1e3),...e.seed!==void 0?{seed:e.seed}:{},requestTimeoutMs:b(e.timeout??"10000","--timeout"),budgetMs:b(e.budget??"120","--budget")*1e3,retries:J(e.retries??"2","--retries",10),progress:v(t.stderr),...s&&l?{only:N(l,s.index)}:{},...e.quiet?{}:{onTarget:c(a=>t.stderr(`validating ${a.name} against ${a.target} (${w})
`),"onTarget"),onOperation:c((a,i,n)=>{if(i.skipped?.startsWith("writes"))return;let P=i.skipped?`skipped (${i.skipped})`:n.length?`${n.length} finding(s)`:"ok";t.stderr(`  ${i.operation}: ${P}
`)},"onOperation")}})}finally{await _.close()}t.stdout(I(d,$));let g=t.cwd,V=s&&l?{...d,shard:S(s,l,g,h)}:d;return m(g,e.json,()=>`${JSON.stringify(V,null,2)}
`),m(g,e.junit,()=>U(A(d,$))),m(g,e.sarif,()=>`${JSON.stringify(C(d,g,h),null,2)}
`),T(d)}};function H(o){let t={};for(let e of o){let r=e.indexOf(":");if(r<=0)throw new f(u.UsageInvalid,`--header '${e}' is not of the form 'Name: value'`);t[e.slice(0,r).trim().toLowerCase()]=e.slice(r+1).trim()}return t}c(H,"parseHeaders");function b(o,t){let e=Number(o);if(!Number.isFinite(e)||e<=0)throw new f(u.UsageInvalid,`${t} must be a positive number`);return e}c(b,"positive");function J(o,t,e){let r=Number(o);if(!Number.isInteger(r)||r<0||r>e)throw new f(u.UsageInvalid,`${t} must be an integer from 0 to ${e}`);return r}c(J,"nonNegative");export{ae as command};
