import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
function escapeXml(text){return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,"").replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;").replace(/'/g,"&apos;")}function toJUnitXml(suites){let totals={tests:0,failures:0,skipped:0,time:0},body=suites.map(suite=>{let failures=suite.cases.filter(c=>c.failure).length,skipped=suite.cases.filter(c=>c.skipped!==void 0&&!c.failure).length,time=suite.timeSeconds??suite.cases.reduce((sum,c)=>sum+(c.timeSeconds??0),0);totals.tests+=suite.cases.length,totals.failures+=failures,totals.skipped+=skipped,totals.time+=time;let cases=suite.cases.map(renderCase).join("");return`  <testsuite name="${escapeXml(suite.name)}" tests="${suite.cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(time)}">
${cases}  </testsuite>
`});return`<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="${totals.tests}" failures="${totals.failures}" errors="0" skipped="${totals.skipped}" time="${seconds(totals.time)}">
${body.join("")}</testsuites>
`}function renderCase(testCase){let attributes=[`name="${escapeXml(testCase.name)}"`,`classname="${escapeXml(testCase.classname)}"`,`time="${seconds(testCase.timeSeconds??0)}"`,...testCase.file?[`file="${escapeXml(testCase.file)}"`]:[],...testCase.line!==void 0?[`line="${testCase.line}"`]:[]].join(" "),inner="";if(testCase.failure){let type=testCase.failure.type?` type="${escapeXml(testCase.failure.type)}"`:"",details=testCase.failure.details?escapeXml(testCase.failure.details):"";inner=`      <failure message="${escapeXml(testCase.failure.message)}"${type}>${details}</failure>
`}else testCase.skipped!==void 0&&(inner=`      <skipped message="${escapeXml(testCase.skipped)}"/>
`);return inner?`    <testcase ${attributes}>
${inner}    </testcase>
`:`    <testcase ${attributes}/>
`}function seconds(value){return value.toFixed(3)}export{toJUnitXml};
