import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{a as j}from"./chunk-WBM4AXFO.js";import{b as C}from"./chunk-TYF2K76T.js";import{a as v}from"./chunk-NMYWWBKS.js";import{a as h}from"./chunk-WLH7NY7M.js";import{a as w}from"./chunk-DGP6E6JU.js";import{j as $}from"./chunk-N3TJB4P7.js";import"./chunk-RV36J3XP.js";import{a as u,b as g}from"./chunk-6GP4U2LO.js";import{a as m}from"./chunk-SHISDDGJ.js";import{existsSync as R,statSync as E}from"node:fs";import{basename as x,join as P,relative as k,resolve as y}from"node:path";import{basename as F,extname as N}from"node:path";var D=3001;function S(a){let t=[],n=[],s=[];for(let e of[...a].sort((r,c)=>r.path.localeCompare(c.path))){let r=e.document;r===void 0?s.push({path:e.path,why:"does not parse as YAML or JSON"}):C(r)?t.push(e):typeof r?.openapi=="string"&&/^3\./.test(r.openapi)&&r.paths!==void 0?n.push(e):r?.swagger!==void 0?s.push({path:e.path,why:"Swagger 2.0: convert it to OpenAPI 3 first"}):s.push({path:e.path,why:"not an OpenAPI 3 contract nor a component file"})}let i=q(t),f=m(e=>{let r=JSON.stringify(e.document).matchAll(/"#\/components\/schemas\/([^"/]+)"/g);return Math.min(...[...r].map(c=>i.get(c[1])??Number.POSITIVE_INFINITY))},"rank"),b=n.map(e=>({c:e,rank:f(e)})).sort((e,r)=>e.rank-r.rank),p=new Set;return{workspaces:b.map(({c:e},r)=>{let c=F(e.path,N(e.path)).toLowerCase().replace(/[^a-z0-9_.-]+/g,"-").replace(/^[^a-z0-9]+/,""),o=c||"service";for(let d=2;p.has(o);d++)o=`${c}-${d}`;return p.add(o),{name:o,port:D+r,contract:e.path}}),shared:t.map(e=>e.path),skipped:s}}m(S,"planInit");function q(a){let t=new Map;for(let n of a){let s=n.document.components?.schemas??{};for(let i of Object.keys(s))t.has(i)||t.set(i,t.size)}return t}m(q,"sharedSchemaOrder");function O(a,t){let n=["# mockforge.yaml, written by `mockforge init`: one workspace mock per contract. Edit freely.","# Check it with `mockforge lint`; serve the mocks with `mockforge serve` (or `mockforge up`).",""];t.contractsDir!=="contracts"&&n.push(`contracts_dir: ${l(t.contractsDir)}`,""),a.shared.length>0&&n.push("# Component files the contracts may $ref without defining the schemas themselves.",`shared_schemas: [${a.shared.map(l).join(", ")}]`,""),n.push("# Scenario files (cross-service flows) for `mockforge scenarios`; none yet is fine.","scenarios: ['scenarios/**/*.yaml']","","workspaces:");for(let s of a.workspaces){let i=s.contract===`${t.contractsDir}/${s.name}.yaml`;n.push(`  - name: ${s.name}`,`    port: ${s.port}`),i?n.push(`    # contract: ${s.contract}   (found by the name)`):n.push(`    contract: ${l(s.contract)}`),n.push("    # target: http://localhost:8081   the real service, for `mockforge validate`","    # endpoints: [{ path: /api/..., method: GET, response: { from_mock: mocks/<name>/ } }]   see `mockforge generate`","")}return n.push("# Unified state: every mock shares one store, so the same id is the same record on every port.","core:","  consistency:","    enabled: true","    unified_state:",`      workspace_id: ${l(t.projectName)}`,"      persona_graph:","        enabled: true",""),n.join(`
`)}m(O,"renderInitConfig");function A(a){return`# Written by \`mockforge init --github\`: breaking changes, scenarios and drift on every pull request.
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
          command: check                   # diff vs the PR base + scenarios against mocks${a==="mockforge.yaml"?"":`
          config: ${l(a)}`}
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        with: { sarif_file: .mockforge/reports }
`}m(A,"renderInitWorkflow");function l(a){return/^[A-Za-z0-9_./-]+$/.test(a)&&!/^(true|false|null|yes|no|on|off|~)$/i.test(a)?a:`'${a.replace(/'/g,"''")}'`}m(l,"quote");var I=".github/workflows/contracts.yml",H={name:"init",summary:"write mockforge.yaml for the contracts of a project",usage:`
Usage: mockforge init [--contracts-dir contracts] [--github] [--force]

Finds the OpenAPI contracts (and the shared component files they $ref) in the contracts folder and writes a
commented mockforge.yaml next to it: one workspace per contract, named after the file, ports from 3001.
It passes 'mockforge lint' as written. An existing file is never overwritten without --force.

Options:
  --contracts-dir <dir>  where the contracts are (default: contracts)
  --config <file>        the file to write (default: mockforge.yaml)
  --github               also write ${I}: the pull-request check (diff, scenarios,
                         one sticky comment, SARIF upload) with the permissions it needs
  --force                overwrite files that exist
`,async run(a,t){let{values:n}=j(a,{"contracts-dir":{type:"string"},config:{type:"string"},github:{type:"boolean"},force:{type:"boolean"}},"init"),s=y(t.cwd,n.config??"mockforge.yaml"),i=y(s,".."),f=y(t.cwd,n["contracts-dir"]??"contracts");if(!E(f,{throwIfNoEntry:!1})?.isDirectory())throw new g(u.ContractNotFound,`${h(f,t.cwd)} is not a folder`,{hint:"run in the project folder, or say where the contracts are with --contracts-dir"});let p=[s,...n.github?[P(i,I)]:[]].filter(o=>R(o));if(p.length>0&&!n.force)throw new g(u.UsageInvalid,`${p.map(o=>h(o,t.cwd)).join(" and ")} already exist${p.length===1?"s":""}; nothing was written`,{hint:"--force overwrites"});let e=(await v("**/*.{yaml,yml,json}",{cwd:f,absolute:!0,followSymbolicLinks:!1})).map(o=>{let d=k(i,o).split("\\").join("/");try{return{path:d,document:$(o).value}}catch{return{path:d,document:void 0}}}),r=S(e);for(let o of r.skipped)t.stderr(`mockforge init: skipped ${o.path}: ${o.why}
`);if(r.workspaces.length===0)throw new g(u.ContractNotFound,`no OpenAPI 3 contract in ${h(f,t.cwd)}`,{hint:"a contract has `openapi: 3.x` and `paths`; say where they are with --contracts-dir"});let c=k(i,f).split("\\").join("/")||".";w(s,O(r,{contractsDir:c,projectName:x(i)}));for(let o of r.workspaces)t.stdout(`${o.name}: port ${o.port}, ${o.contract}
`);if(r.shared.length>0&&t.stdout(`shared schemas: ${r.shared.join(", ")}
`),t.stderr(`mockforge init: wrote ${h(s,t.cwd)}
`),n.github){let o=P(i,I);w(o,A(k(i,s).split("\\").join("/"))),t.stderr(`mockforge init: wrote ${h(o,t.cwd)}
`)}return t.stderr(`next: 'mockforge lint', then 'mockforge up' or 'mockforge serve'
`),0}};export{H as command};
