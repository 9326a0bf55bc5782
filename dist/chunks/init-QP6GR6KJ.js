import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{parseOptions}from"./chunk-4UDHA4NV.js";import{isSharedSchemaDocument}from"./chunk-5O6GJVBR.js";import{glob}from"./chunk-SU5H5NVT.js";import{displayPath}from"./chunk-5XWMZ6QX.js";import{writeFileAtomic}from"./chunk-GGHH7WMP.js";import{readSourceFile}from"./chunk-65NS57KX.js";import"./chunk-P54EFP4V.js";import{ErrorCode,MockforgeError}from"./chunk-LBJIYYRV.js";import"./chunk-RN25MAYC.js";import{existsSync,statSync}from"node:fs";import{basename as basename2,join,relative,resolve}from"node:path";import{basename,extname}from"node:path";var FIRST_PORT=3001;function planInit(candidates){let shared=[],contracts=[],skipped=[];for(let candidate of[...candidates].sort((a,b)=>a.path.localeCompare(b.path))){let doc=candidate.document;doc===void 0?skipped.push({path:candidate.path,why:"does not parse as YAML or JSON"}):isSharedSchemaDocument(doc)?shared.push(candidate):typeof doc?.openapi=="string"&&/^3\./.test(doc.openapi)&&doc.paths!==void 0?contracts.push(candidate):doc?.swagger!==void 0?skipped.push({path:candidate.path,why:"Swagger 2.0: convert it to OpenAPI 3 first"}):skipped.push({path:candidate.path,why:"not an OpenAPI 3 contract nor a component file"})}let order=sharedSchemaOrder(shared),rank=candidate=>{let refs=JSON.stringify(candidate.document).matchAll(/"#\/components\/schemas\/([^"/]+)"/g);return Math.min(...[...refs].map(m=>order.get(m[1])??Number.POSITIVE_INFINITY))},ranked=contracts.map(c=>({c,rank:rank(c)})).sort((a,b)=>a.rank-b.rank),names=new Set;return{workspaces:ranked.map(({c},index)=>{let stem=basename(c.path,extname(c.path)).toLowerCase().replace(/[^a-z0-9_.-]+/g,"-").replace(/^[^a-z0-9]+/,""),name=stem||"service";for(let n=2;names.has(name);n++)name=`${stem}-${n}`;return names.add(name),{name,port:FIRST_PORT+index,contract:c.path}}),shared:shared.map(s=>s.path),skipped}}function sharedSchemaOrder(shared){let order=new Map;for(let file of shared){let schemas=file.document.components?.schemas??{};for(let name of Object.keys(schemas))order.has(name)||order.set(name,order.size)}return order}function renderInitConfig(plan,options){let lines=["# mockforge.yaml, written by `mockforge init`: one workspace mock per contract. Edit freely.","# Check it with `mockforge lint`; serve the mocks with `mockforge serve` (or `mockforge up`).",""];options.contractsDir!=="contracts"&&lines.push(`contracts_dir: ${quote(options.contractsDir)}`,""),plan.shared.length>0&&lines.push("# Component files the contracts may $ref without defining the schemas themselves.",`shared_schemas: [${plan.shared.map(quote).join(", ")}]`,""),lines.push("# Scenario files (cross-service flows) for `mockforge scenarios`; none yet is fine.","scenarios: ['scenarios/**/*.yaml']","","workspaces:");for(let w of plan.workspaces){let inferred=w.contract===`${options.contractsDir}/${w.name}.yaml`;lines.push(`  - name: ${w.name}`,`    port: ${w.port}`),inferred?lines.push(`    # contract: ${w.contract}   (found by the name)`):lines.push(`    contract: ${quote(w.contract)}`),lines.push("    # target: http://localhost:8081   the real service, for `mockforge validate`","    # endpoints: [{ path: /api/..., method: GET, response: { from_mock: mocks/<name>/ } }]   see `mockforge generate`","")}return lines.push("# Unified state: every mock shares one store, so the same id is the same record on every port.","core:","  consistency:","    enabled: true","    unified_state:",`      workspace_id: ${quote(options.projectName)}`,"      persona_graph:","        enabled: true",""),lines.join(`
`)}function renderInitWorkflow(configPath){return`# Written by \`mockforge init --github\`: breaking changes, scenarios and drift on every pull request.
name: contracts
on: pull_request
# checks: the check run with annotations at the contract lines; pull-requests: the sticky comment;
# security-events: the SARIF upload to code scanning.
permissions: { contents: read, checks: write, pull-requests: write, security-events: write }
jobs:
  contracts:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with: { fetch-depth: 0 }           # the base commit must exist for the diff
      - uses: mockforge/mockforge-action@v1
        with:
          command: check                   # diff vs the PR base + scenarios against mocks${configPath==="mockforge.yaml"?"":`
          config: ${quote(configPath)}`}
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        with: { sarif_file: .mockforge/reports }
`}function quote(value){return/^[A-Za-z0-9_./-]+$/.test(value)&&!/^(true|false|null|yes|no|on|off|~)$/i.test(value)?value:`'${value.replace(/'/g,"''")}'`}var WORKFLOW=".github/workflows/contracts.yml",command={name:"init",summary:"write mockforge.yaml for the contracts of a project",usage:`
Usage: mockforge init [--contracts-dir contracts] [--github] [--force]

Finds the OpenAPI contracts (and the shared component files they $ref) in the contracts folder and writes a
commented mockforge.yaml next to it: one workspace per contract, named after the file, ports from 3001.
It passes 'mockforge lint' as written. An existing file is never overwritten without --force.

Options:
  --contracts-dir <dir>  where the contracts are (default: contracts)
  --config <file>        the file to write (default: mockforge.yaml)
  --github               also write ${WORKFLOW}: the pull-request check (diff, scenarios,
                         one sticky comment, SARIF upload) with the permissions it needs
  --force                overwrite files that exist
`,async run(argv,context){let{values}=parseOptions(argv,{"contracts-dir":{type:"string"},config:{type:"string"},github:{type:"boolean"},force:{type:"boolean"}},"init"),configFile=resolve(context.cwd,values.config??"mockforge.yaml"),root=resolve(configFile,".."),contractsDir=resolve(context.cwd,values["contracts-dir"]??"contracts");if(!statSync(contractsDir,{throwIfNoEntry:!1})?.isDirectory())throw new MockforgeError(ErrorCode.ContractNotFound,`${displayPath(contractsDir,context.cwd)} is not a folder`,{hint:"run in the project folder, or say where the contracts are with --contracts-dir"});let existing=[configFile,...values.github?[join(root,WORKFLOW)]:[]].filter(file=>existsSync(file));if(existing.length>0&&!values.force)throw new MockforgeError(ErrorCode.UsageInvalid,`${existing.map(f=>displayPath(f,context.cwd)).join(" and ")} already exist${existing.length===1?"s":""}; nothing was written`,{hint:"--force overwrites"});let candidates=(await glob("**/*.{yaml,yml,json}",{cwd:contractsDir,absolute:!0,followSymbolicLinks:!1})).map(file=>{let path=relative(root,file).split("\\").join("/");try{return{path,document:readSourceFile(file).value}}catch{return{path,document:void 0}}}),plan=planInit(candidates);for(let s of plan.skipped)context.stderr(`mockforge init: skipped ${s.path}: ${s.why}
`);if(plan.workspaces.length===0)throw new MockforgeError(ErrorCode.ContractNotFound,`no OpenAPI 3 contract in ${displayPath(contractsDir,context.cwd)}`,{hint:"a contract has `openapi: 3.x` and `paths`; say where they are with --contracts-dir"});let contractsPath=relative(root,contractsDir).split("\\").join("/")||".";writeFileAtomic(configFile,renderInitConfig(plan,{contractsDir:contractsPath,projectName:basename2(root)}));for(let w of plan.workspaces)context.stdout(`${w.name}: port ${w.port}, ${w.contract}
`);if(plan.shared.length>0&&context.stdout(`shared schemas: ${plan.shared.join(", ")}
`),context.stderr(`mockforge init: wrote ${displayPath(configFile,context.cwd)}
`),values.github){let workflow=join(root,WORKFLOW);writeFileAtomic(workflow,renderInitWorkflow(relative(root,configFile).split("\\").join("/"))),context.stderr(`mockforge init: wrote ${displayPath(workflow,context.cwd)}
`)}return context.stderr(`next: 'mockforge lint', then 'mockforge up' or 'mockforge serve'
`),0}};export{command};
