import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{buildProxyReport,formatProxyReport,proxyExitCode,proxyJUnitSuites,proxySarif}from"./chunk-5BW6O5G3.js";import{parseOptions}from"./chunk-4UDHA4NV.js";import"./chunk-VV2DB5QW.js";import{toJUnitXml}from"./chunk-C222TQSL.js";import"./chunk-47RAZGAL.js";import{parseJournal}from"./chunk-VMSA26ZQ.js";import{readUpState,removeUpState,stopBackground}from"./chunk-HW3PNJAN.js";import"./chunk-MNM7WQK3.js";import{displayPath,writeReport}from"./chunk-5XWMZ6QX.js";import"./chunk-GGHH7WMP.js";import{VERSION}from"./chunk-GWO32N6F.js";import"./chunk-6UC2EE6L.js";import"./chunk-YBBVJHHQ.js";import{ErrorCode,MockforgeError}from"./chunk-LBJIYYRV.js";import"./chunk-RN25MAYC.js";import{existsSync,readFileSync}from"node:fs";import{dirname,resolve}from"node:path";var command={name:"down",summary:"stop the mocks and the proxy started with `up`; report what the proxy saw",usage:`
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
`,async run(argv,context){let{values}=parseOptions(argv,{config:{type:"string"},timeout:{type:"string"},json:{type:"string"},junit:{type:"string"},sarif:{type:"string"},"fail-on":{type:"string"}},"down"),failOn=(values["fail-on"]??"ERR").toUpperCase();if(failOn!=="ERR"&&failOn!=="NEVER")throw new MockforgeError(ErrorCode.UsageInvalid,`--fail-on '${values["fail-on"]}': use ERR or never`);let configFile=resolve(context.cwd,values.config??"mockforge.yaml"),root=existsSync(configFile)||values.config?dirname(configFile):context.cwd,mocks=readUpState(root,"mocks"),proxy=readUpState(root,"proxy");if(!mocks&&!proxy)return context.stderr(`mockforge down: nothing is up
`),0;let timeout=Number(values.timeout??5e3),stop=async(state,kind)=>{let how=await stopBackground(state.pid,Number.isFinite(timeout)&&timeout>=0?timeout:5e3,kind==="proxy"?"proxy":"serve");removeUpState(root,kind);let text=existsSync(state.journalFile)?readFileSync(state.journalFile,"utf8"):"",entries=text.split(`
`).filter(Boolean).length;return context.stderr(`mockforge down: ${kind} pid ${state.pid} ${how==="not-running"?"was not running":how}; journal ${displayPath(state.journalFile,context.cwd)} (${entries} request(s))
`),text};if(mocks&&await stop(mocks,"mocks"),!proxy)return 0;let report=buildProxyReport(parseJournal(await stop(proxy,"proxy"))),display=file=>displayPath(file,context.cwd);return context.stdout(formatProxyReport(report,display)),writeReport(context.cwd,values.json,()=>`${JSON.stringify(report,null,2)}
`),writeReport(context.cwd,values.junit,()=>toJUnitXml(proxyJUnitSuites(report,display))),writeReport(context.cwd,values.sarif,()=>`${JSON.stringify(proxySarif(report,context.cwd,VERSION),null,2)}
`),failOn==="NEVER"?0:proxyExitCode(report)}};export{command};
