import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{a as b}from"./chunk-34ER5ZFT.js";import{a as R}from"./chunk-WBM4AXFO.js";import{a as J}from"./chunk-ICHUTAZX.js";import{b as w,d as v,e as $,i as j,k as C,l as O,p as E}from"./chunk-Z3Q3KSDR.js";import"./chunk-56JUHPKU.js";import"./chunk-U5S3Q7PG.js";import{b as U,d as N,e as k}from"./chunk-YJAFXIJR.js";import{d as y}from"./chunk-VUTUVPUG.js";import{a as h}from"./chunk-FTYLTRE4.js";import"./chunk-ZFGRHRIH.js";import"./chunk-IYOVOSCY.js";import"./chunk-XIPDMBR5.js";import"./chunk-RPXIOLQP.js";import"./chunk-EIUAFAGH.js";import"./chunk-ILLQYJBA.js";import"./chunk-GE3V6N2R.js";import"./chunk-WB4STMUZ.js";import"./chunk-3FN6WLEO.js";import"./chunk-6QCHLJ3R.js";import"./chunk-KZKTTDRL.js";import{a as I,b as t}from"./chunk-WLH7NY7M.js";import"./chunk-DGP6E6JU.js";import{a as f}from"./chunk-OW3QMDHI.js";import"./chunk-QGTDNPEI.js";import"./chunk-GTPTGPZH.js";import"./chunk-RV36J3XP.js";import{b as S}from"./chunk-RILUWZZF.js";import{a as m,b as d}from"./chunk-6GP4U2LO.js";import{a as u}from"./chunk-SHISDDGJ.js";import{readFileSync as P}from"node:fs";import{resolve as X}from"node:path";var er={name:"report",summary:"merge the JSON reports of a sharded validate or scenarios run",usage:`
Usage: mockforge report <shard report.json>... [--json file] [--junit file] [--sarif file]

Merges the --json reports that 'mockforge validate --shard i/n' or 'mockforge scenarios --shard i/n' wrote
(one per shard, any order) into one result, as one run would have written it: the same findings in the
same order, counts and coverage added up. Each report carries the whole split, so a shard whose report is
missing (or unreadable, or from another commit) is named with the operations or scenario files it had,
and fails the merged result. Prints the result as the command does and writes the merged reports.
Exit 0 clean, 1 findings or a missing shard, 2 bad input (no shard report among the files).

Options:
  --json <file>           the merged JSON report
  --junit <file>          the merged JUnit XML
  --sarif <file>          the merged SARIF 2.1.0
`,async run(M,o){let{values:s,positionals:l}=R(M,{json:{type:"string"},junit:{type:"string"},sarif:{type:"string"}},"report",!0);if(l.length===0)throw new d(m.UsageInvalid,"give the shard reports to merge",{hint:"mockforge report shards/validate-*.json"});let V=l.map(r=>{try{return{source:r,text:P(X(o.cwd,r),"utf8")}}catch(g){throw new d(m.UsageInvalid,`cannot read ${r}: ${g.message}`,{cause:g})}}),p=y(V);if(p.length>1)throw new d(m.UsageInvalid,"the files hold shard reports of both validate and scenarios",{hint:"merge each command on its own"});let a=p[0],e=o.cwd,n=u(r=>I(r,e),"display"),{count:c,reported:x,missing:F}=a.summary;o.stderr(`${a.command}: ${x.length} of ${c} shard report(s)
`);for(let r of F)o.stderr(`shard ${S({index:r.index,count:c})} missing: ${r.reason} (${r.items} item(s) not run)
`);if(a.command==="validate"){let r=J(a,e);return o.stdout(b(r,n)),t(e,s.json,()=>`${JSON.stringify(r,null,2)}
`),t(e,s.junit,()=>h(N(r,n))),t(e,s.sarif,()=>`${JSON.stringify(k(r,e,f),null,2)}
`),U(r)}let i=j(a,e);for(let r of i.scenarios)o.stdout(`${O(r,n)}

`);return o.stdout(`${C(i)}
`),t(e,s.json,()=>`${JSON.stringify($(i,n),null,2)}
`),t(e,s.junit,()=>h(v(i,n))),t(e,s.sarif,()=>`${JSON.stringify(w(i,e,f),null,2)}
`),E(i)}};export{er as command};
