import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{DEFAULT_SEED,writeMockFiles}from"./chunk-5Q6SX4BL.js";import{parseOptions}from"./chunk-4UDHA4NV.js";import"./chunk-QBBMMX6Z.js";import"./chunk-HXTXFGNE.js";import{loadProject}from"./chunk-DB5JAKVN.js";import{createProgress,loadContract}from"./chunk-KGSXYE6U.js";import"./chunk-2CEGAELV.js";import"./chunk-5O6GJVBR.js";import{displayPath}from"./chunk-5XWMZ6QX.js";import"./chunk-GGHH7WMP.js";import"./chunk-GWO32N6F.js";import"./chunk-DKTYVDFF.js";import"./chunk-VONPUS5U.js";import"./chunk-65NS57KX.js";import"./chunk-P54EFP4V.js";import{ErrorCode,MockforgeError}from"./chunk-LBJIYYRV.js";import"./chunk-RN25MAYC.js";import{existsSync}from"node:fs";import{resolve}from"node:path";var command={name:"generate",summary:"write editable mock data (one YAML file per operation) from a contract",usage:`
Usage: mockforge generate --from-openapi <contract> --output <dir> [--seed <s>] [--force]
       mockforge generate [--config mockforge.yaml] [--seed <s>] [--force]

Writes one YAML file per operation of the contract into <dir>: for every documented status its headers
and, per media type, the body the mock serves (the contract's example when it fits its own schema,
otherwise data generated from the schema) and its named examples. Shared schemas next to the contract
are found as for every command. The same contract and seed give byte-identical files.
Point a workspace's 'response: from_mock: <dir>' at the folder; hand edits are served.
Without --from-openapi and --output: every 'from_mock' folder of mockforge.yaml, from its workspace's
contract (the tutorial's three commands in one).

A file edited by hand (its data no longer matches the checksum in its header) is kept; --force
overwrites it. Files of operations the contract no longer has are left alone.

Options:
  --from-openapi <file>  the OpenAPI 3.0/3.1 contract (YAML or JSON)
  --output <dir>         folder for the mock data files (created if missing)
  --config <file>        without the two above: the project whose from_mock folders to fill
                         (default: mockforge.yaml)
  --seed <s>             seed of the generated data (default: ${DEFAULT_SEED})
  --force                overwrite files edited by hand
`,async run(argv,context){let{values}=parseOptions(argv,{"from-openapi":{type:"string"},output:{type:"string"},config:{type:"string"},seed:{type:"string"},force:{type:"boolean"}},"generate"),from=values["from-openapi"],output=values.output,settings={seed:values.seed??DEFAULT_SEED,force:values.force??!1,root:context.cwd},usage=()=>new MockforgeError(ErrorCode.UsageInvalid,"generate needs --from-openapi <contract> and --output <dir>",{hint:"mockforge generate --from-openapi contracts/users-service.yaml --output mocks/users-service/ (or, next to mockforge.yaml, no options: every from_mock folder)"});if(from||output){if(!from||!output)throw usage();let contract=loadContract(resolve(context.cwd,from),{progress:createProgress(context.stderr)});return generateInto(contract,resolve(context.cwd,output),settings,context),0}let configPath=resolve(context.cwd,values.config??"mockforge.yaml");if(values.config===void 0&&!existsSync(configPath))throw usage();let project=loadProject(configPath),folders=0;for(let workspace of project.config.workspaces){let contract=project.contracts.get(workspace.name),dirs=[...new Set(workspace.endpoints.flatMap(e=>e.fromMock?[e.fromMock]:[]))];if(!contract||dirs.length===0){context.stderr(`${workspace.name}: no from_mock folder, nothing to generate
`);continue}for(let dir of dirs)generateInto(contract,dir,settings,context);folders+=dirs.length}if(folders===0)throw new MockforgeError(ErrorCode.UsageInvalid,`no workspace of ${displayPath(configPath,context.cwd)} has a from_mock folder`,{hint:"add 'response: {from_mock: mocks/<service>/}' to an endpoint, or pass --from-openapi and --output"});return 0}};function generateInto(contract,outputDir,settings,context){let show=file=>displayPath(file,context.cwd);for(let d of contract.diagnostics.filter(d2=>d2.severity==="error"))context.stderr(`${show(d.location.file)}:${d.location.line}: ${d.severity}: ${d.message} [${d.code}]
`);let written=writeMockFiles(contract,outputDir,settings),counts=new Map;for(let file of written){counts.set(file.outcome,(counts.get(file.outcome)??0)+1);let note=file.outcome==="kept"?" (edited by hand; --force overwrites)":"";context.stdout(`${file.outcome.padEnd(11)} ${show(file.file)}  ${file.operation}${note}
`)}let summary=[...counts].map(([outcome,n])=>`${n} ${outcome}`).join(", ");context.stderr(`${contract.title||show(contract.file)}: ${written.length} operation(s) -> ${show(outputDir)}${summary?` (${summary})`:""}
`)}export{command};
