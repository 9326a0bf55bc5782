import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{formatValidate}from"./chunk-M6PSNZET.js";import{parseOptions}from"./chunk-4UDHA4NV.js";import{mergeValidateShards}from"./chunk-S2FB5IN6.js";import{formatScenario,formatSummary,mergeScenarioShards,scenarioJUnitSuites,scenarioJsonReport,scenarioSarif,scenariosExitCode}from"./chunk-6T6WVBXA.js";import"./chunk-Y4EHYS2G.js";import"./chunk-3P23AKSA.js";import{validateExitCode,validateJUnitSuites,validateSarif}from"./chunk-VV2DB5QW.js";import{collectShardReports}from"./chunk-D6DNGZOV.js";import{toJUnitXml}from"./chunk-C222TQSL.js";import"./chunk-DTKBU7ED.js";import"./chunk-47RAZGAL.js";import"./chunk-R5AASYRP.js";import"./chunk-YG4S3NKK.js";import"./chunk-IIESD2YF.js";import"./chunk-QBBMMX6Z.js";import"./chunk-7F36557M.js";import"./chunk-XQLAAH5A.js";import"./chunk-HXTXFGNE.js";import"./chunk-2CEGAELV.js";import{displayPath,writeReport}from"./chunk-5XWMZ6QX.js";import"./chunk-GGHH7WMP.js";import{VERSION}from"./chunk-GWO32N6F.js";import"./chunk-YBBVJHHQ.js";import"./chunk-VONPUS5U.js";import"./chunk-P54EFP4V.js";import{formatShard}from"./chunk-OKXFT7SS.js";import{ErrorCode,MockforgeError}from"./chunk-LBJIYYRV.js";import"./chunk-RN25MAYC.js";import{readFileSync}from"node:fs";import{resolve}from"node:path";var command={name:"report",summary:"merge the JSON reports of a sharded validate or scenarios run",usage:`
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
`,async run(argv,context){let{values,positionals}=parseOptions(argv,{json:{type:"string"},junit:{type:"string"},sarif:{type:"string"}},"report",!0);if(positionals.length===0)throw new MockforgeError(ErrorCode.UsageInvalid,"give the shard reports to merge",{hint:"mockforge report shards/validate-*.json"});let texts=positionals.map(file=>{try{return{source:file,text:readFileSync(resolve(context.cwd,file),"utf8")}}catch(cause){throw new MockforgeError(ErrorCode.UsageInvalid,`cannot read ${file}: ${cause.message}`,{cause})}}),commands=collectShardReports(texts);if(commands.length>1)throw new MockforgeError(ErrorCode.UsageInvalid,"the files hold shard reports of both validate and scenarios",{hint:"merge each command on its own"});let shards=commands[0],root=context.cwd,display=file=>displayPath(file,root),{count,reported,missing}=shards.summary;context.stderr(`${shards.command}: ${reported.length} of ${count} shard report(s)
`);for(let m of missing)context.stderr(`shard ${formatShard({index:m.index,count})} missing: ${m.reason} (${m.items} item(s) not run)
`);if(shards.command==="validate"){let result2=mergeValidateShards(shards,root);return context.stdout(formatValidate(result2,display)),writeReport(root,values.json,()=>`${JSON.stringify(result2,null,2)}
`),writeReport(root,values.junit,()=>toJUnitXml(validateJUnitSuites(result2,display))),writeReport(root,values.sarif,()=>`${JSON.stringify(validateSarif(result2,root,VERSION),null,2)}
`),validateExitCode(result2)}let result=mergeScenarioShards(shards,root);for(let scenario of result.scenarios)context.stdout(`${formatScenario(scenario,display)}

`);return context.stdout(`${formatSummary(result)}
`),writeReport(root,values.json,()=>`${JSON.stringify(scenarioJsonReport(result,display),null,2)}
`),writeReport(root,values.junit,()=>toJUnitXml(scenarioJUnitSuites(result,display))),writeReport(root,values.sarif,()=>`${JSON.stringify(scenarioSarif(result,root,VERSION),null,2)}
`),scenariosExitCode(result)}};export{command};
