import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import{b as k,e as b}from"./chunk-TDUZ4AXC.js";import{a as M}from"./chunk-WBM4AXFO.js";import"./chunk-GE3V6N2R.js";import"./chunk-6QCHLJ3R.js";import{a as C}from"./chunk-2QNULMTI.js";import{b as v,e as $}from"./chunk-7MCNSSKL.js";import"./chunk-KZKTTDRL.js";import"./chunk-TYF2K76T.js";import{a as u}from"./chunk-WLH7NY7M.js";import"./chunk-DGP6E6JU.js";import"./chunk-OW3QMDHI.js";import"./chunk-VHMZYMIT.js";import"./chunk-GTPTGPZH.js";import"./chunk-FO4LOU6I.js";import"./chunk-N3TJB4P7.js";import"./chunk-RV36J3XP.js";import{a as g,b as h}from"./chunk-6GP4U2LO.js";import{a as p}from"./chunk-SHISDDGJ.js";import{existsSync as A}from"node:fs";import{resolve as y}from"node:path";var T={name:"generate",summary:"write editable mock data (one YAML file per operation) from a contract",usage:`
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
  --seed <s>             seed of the generated data (default: ${k})
  --force                overwrite files edited by hand
`,async run(a,o){let{values:t}=M(a,{"from-openapi":{type:"string"},output:{type:"string"},config:{type:"string"},seed:{type:"string"},force:{type:"boolean"}},"generate"),r=t["from-openapi"],n=t.output,f={seed:t.seed??k,force:t.force??!1,root:o.cwd},i=p(()=>new h(g.UsageInvalid,"generate needs --from-openapi <contract> and --output <dir>",{hint:"mockforge generate --from-openapi contracts/users-service.yaml --output mocks/users-service/ (or, next to mockforge.yaml, no options: every from_mock folder)"}),"usage");if(r||n){if(!r||!n)throw i();let m=$(y(o.cwd,r),{progress:v(o.stderr)});return _(m,y(o.cwd,n),f,o),0}let c=y(o.cwd,t.config??"mockforge.yaml");if(t.config===void 0&&!A(c))throw i();let e=C(c),s=0;for(let m of e.config.workspaces){let w=e.contracts.get(m.name),l=[...new Set(m.endpoints.flatMap(d=>d.fromMock?[d.fromMock]:[]))];if(!w||l.length===0){o.stderr(`${m.name}: no from_mock folder, nothing to generate
`);continue}for(let d of l)_(w,d,f,o);s+=l.length}if(s===0)throw new h(g.UsageInvalid,`no workspace of ${u(c,o.cwd)} has a from_mock folder`,{hint:"add 'response: {from_mock: mocks/<service>/}' to an endpoint, or pass --from-openapi and --output"});return 0}};function _(a,o,t,r){let n=p(e=>u(e,r.cwd),"show");for(let e of a.diagnostics.filter(s=>s.severity==="error"))r.stderr(`${n(e.location.file)}:${e.location.line}: ${e.severity}: ${e.message} [${e.code}]
`);let f=b(a,o,t),i=new Map;for(let e of f){i.set(e.outcome,(i.get(e.outcome)??0)+1);let s=e.outcome==="kept"?" (edited by hand; --force overwrites)":"";r.stdout(`${e.outcome.padEnd(11)} ${n(e.file)}  ${e.operation}${s}
`)}let c=[...i].map(([e,s])=>`${s} ${e}`).join(", ");r.stderr(`${a.title||n(a.file)}: ${f.length} operation(s) -> ${n(o)}${c?` (${c})`:""}
`)}p(_,"generateInto");export{T as command};
