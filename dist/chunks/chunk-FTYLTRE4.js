import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{a}from"./chunk-SHISDDGJ.js";function s(e){return e.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,"").replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;").replace(/'/g,"&apos;")}a(s,"escapeXml");function k(e){let n={tests:0,failures:0,skipped:0,time:0},t=e.map(i=>{let l=i.cases.filter(r=>r.failure).length,p=i.cases.filter(r=>r.skipped!==void 0&&!r.failure).length,u=i.timeSeconds??i.cases.reduce((r,m)=>r+(m.timeSeconds??0),0);n.tests+=i.cases.length,n.failures+=l,n.skipped+=p,n.time+=u;let o=i.cases.map(f).join("");return`  <testsuite name="${s(i.name)}" tests="${i.cases.length}" failures="${l}" errors="0" skipped="${p}" time="${c(u)}">
${o}  </testsuite>
`});return`<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="${n.tests}" failures="${n.failures}" errors="0" skipped="${n.skipped}" time="${c(n.time)}">
${t.join("")}</testsuites>
`}a(k,"toJUnitXml");function f(e){let n=[`name="${s(e.name)}"`,`classname="${s(e.classname)}"`,`time="${c(e.timeSeconds??0)}"`,...e.file?[`file="${s(e.file)}"`]:[],...e.line!==void 0?[`line="${e.line}"`]:[]].join(" "),t="";if(e.failure){let i=e.failure.type?` type="${s(e.failure.type)}"`:"",l=e.failure.details?s(e.failure.details):"";t=`      <failure message="${s(e.failure.message)}"${i}>${l}</failure>
`}else e.skipped!==void 0&&(t=`      <skipped message="${s(e.skipped)}"/>
`);return t?`    <testcase ${n}>
${t}    </testcase>
`:`    <testcase ${n}/>
`}a(f,"renderCase");function c(e){return e.toFixed(3)}a(c,"seconds");export{k as a};
