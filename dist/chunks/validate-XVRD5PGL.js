import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{parseOptions}from"./chunk-I4D3KYJI.js";import{coverageLines,planTargets,validateAll}from"./chunk-UYRP637F.js";import"./chunk-7NUHDI4B.js";import"./chunk-IQQD3U5J.js";import"./chunk-2BEFUSVI.js";import"./chunk-YG4S3NKK.js";import"./chunk-HWZDIC5V.js";import"./chunk-EX4Z4OPC.js";import"./chunk-SPX7JFW5.js";import"./chunk-A6HSYDM5.js";import"./chunk-PAWUX2VS.js";import"./chunk-5SCYT27C.js";import"./chunk-SU5H5NVT.js";import{createProgress}from"./chunk-COZG4CCY.js";import"./chunk-5O6GJVBR.js";import{createHttpTransport}from"./chunk-V4LRRL56.js";import{validateExitCode,validateJUnitSuites,validateSarif}from"./chunk-SCICGXEO.js";import{toJUnitXml}from"./chunk-C222TQSL.js";import"./chunk-47RAZGAL.js";import{displayPath,writeReport}from"./chunk-5XWMZ6QX.js";import{VERSION}from"./chunk-GWO32N6F.js";import"./chunk-MHF5I4EV.js";import"./chunk-GGHH7WMP.js";import"./chunk-YBBVJHHQ.js";import"./chunk-RHH7BTX5.js";import"./chunk-RRLXHIZY.js";import{ErrorCode,MockforgeError}from"./chunk-W6OKWA7A.js";import"./chunk-RN25MAYC.js";function formatValidate(result,display){let out=[];for(let target of result.targets){let checked=target.operations.filter(o=>o.responses>0).length;out.push(`${target.name} -> ${target.target}: ${checked} operation(s) checked, ${target.findings.length} finding(s)`);let byOperation=new Map;for(let finding of target.findings)byOperation.set(finding.operation,[...byOperation.get(finding.operation)??[],finding]);for(let[operation,findings2]of byOperation){out.push(`  ${operation}`);for(let f of findings2){let actual=f.actual===void 0?"":` (actual: ${JSON.stringify(f.actual)?.slice(0,120)})`;out.push(`    ${display(f.location.file)}:${f.location.line}: ${f.check}: ${f.message}${actual}`),f.negative&&out.push(`      sent: ${f.negative.how} (${f.negative.field}); expected ${f.negative.expected}`),out.push(`      reproduce: ${f.curl}`)}}for(let problem of target.contractProblems)out.push(`  ${display(problem.location.file)}:${problem.location.line}: contract problem: ${problem.message} (${problem.operation} not validated)`);for(let problem of target.problems)out.push(`  target ${problem.kind}: ${problem.operation}: ${problem.message} (${problem.attempts} attempt(s))`),out.push(`      reproduce: ${problem.curl}`);out.push(...coverageLines(target.coverage))}let findings=result.targets.reduce((n,t)=>n+t.findings.length,0),problems=result.targets.reduce((n,t)=>n+t.problems.length,0);return out.push(`${result.responses} response(s) checked in ${(result.timeMs/1e3).toFixed(2)} s: ${findings} finding(s)${problems?`, ${problems} target problem(s)`:""}`),`${out.join(`
`)}
`}var command={name:"validate",summary:"check a running service against its contract",usage:`
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
  --quiet                 no progress lines
`,async run(argv,context){let{values}=parseOptions(argv,{contract:{type:"string"},target:{type:"string",multiple:!0},config:{type:"string"},header:{type:"string",multiple:!0},unsafe:{type:"boolean"},stateful:{type:"boolean"},negative:{type:"boolean"},"no-negative":{type:"boolean"},"negative-budget":{type:"string"},seed:{type:"string"},concurrency:{type:"string"},timeout:{type:"string"},budget:{type:"string"},retries:{type:"string"},json:{type:"string"},junit:{type:"string"},sarif:{type:"string"},quiet:{type:"boolean"}},"validate"),headers=parseHeaders(values.header??[]),planned=planTargets({cwd:context.cwd,progress:createProgress(context.stderr),targets:values.target??[],...values.contract?{contract:values.contract}:{},...values.config?{config:values.config}:{}});for(let target of planned){let errors=target.contract.diagnostics.filter(d=>d.severity==="error");for(let d of errors.slice(0,5))context.stderr(`${displayPath(d.location.file,context.cwd)}:${d.location.line}: warning: ${d.message} [${d.code}]
`);errors.length>5&&context.stderr(`... and ${errors.length-5} more contract problem(s): see 'mockforge lint'
`)}let mode=values.stateful?"stateful":values.unsafe?"unsafe":"safe";if(values.negative&&values["no-negative"])throw new MockforgeError(ErrorCode.UsageInvalid,"give --negative or --no-negative, not both");let concurrency=positive(values.concurrency??"4","--concurrency"),transport=createHttpTransport({connections:concurrency}),display=file=>displayPath(file,context.cwd),result;try{result=await validateAll(planned,{transport,mode,headers,concurrency,...values["no-negative"]?{negative:!1}:values.negative?{negative:!0}:{},negativeBudget:nonNegative(values["negative-budget"]??"10","--negative-budget",1e3),...values.seed!==void 0?{seed:values.seed}:{},requestTimeoutMs:positive(values.timeout??"10000","--timeout"),budgetMs:positive(values.budget??"120","--budget")*1e3,retries:nonNegative(values.retries??"2","--retries",10),progress:createProgress(context.stderr),...values.quiet?{}:{onTarget:target=>context.stderr(`validating ${target.name} against ${target.target} (${mode})
`),onOperation:(_target,op,findings)=>{if(op.skipped?.startsWith("writes"))return;let state=op.skipped?`skipped (${op.skipped})`:findings.length?`${findings.length} finding(s)`:"ok";context.stderr(`  ${op.operation}: ${state}
`)}}})}finally{await transport.close()}context.stdout(formatValidate(result,display));let root=context.cwd;return writeReport(root,values.json,()=>`${JSON.stringify(result,null,2)}
`),writeReport(root,values.junit,()=>toJUnitXml(validateJUnitSuites(result,display))),writeReport(root,values.sarif,()=>`${JSON.stringify(validateSarif(result,root,VERSION),null,2)}
`),validateExitCode(result)}};function parseHeaders(values){let headers={};for(let value of values){let index=value.indexOf(":");if(index<=0)throw new MockforgeError(ErrorCode.UsageInvalid,`--header '${value}' is not of the form 'Name: value'`);headers[value.slice(0,index).trim().toLowerCase()]=value.slice(index+1).trim()}return headers}function positive(value,option){let n=Number(value);if(!Number.isFinite(n)||n<=0)throw new MockforgeError(ErrorCode.UsageInvalid,`${option} must be a positive number`);return n}function nonNegative(value,option,max){let n=Number(value);if(!Number.isInteger(n)||n<0||n>max)throw new MockforgeError(ErrorCode.UsageInvalid,`${option} must be an integer from 0 to ${max}`);return n}export{command};
