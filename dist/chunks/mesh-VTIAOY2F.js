import { createRequire as __mfCreateRequire } from 'node:module'; const require = __mfCreateRequire(import.meta.url);
import {
  compilePathTemplate,
  splitPath
} from "./chunk-DBPOXZL2.js";
import {
  configScenarioFiles,
  globSync
} from "./chunk-HE2PU5F4.js";
import {
  loadProject
} from "./chunk-DCWLXHLC.js";
import {
  appendPointer,
  didYouMean,
  isInside,
  problemsError,
  require_dist
} from "./chunk-SOK6ZPY4.js";
import {
  VERSION
} from "./chunk-Q4L6FTGJ.js";
import {
  displayPath
} from "./chunk-5G4X4ALD.js";
import {
  HEALTH_PATH
} from "./chunk-Z67XE7QP.js";
import {
  parseOptions
} from "./chunk-UEZDGRG4.js";
import {
  ErrorCode,
  MockforgeError,
  __toESM
} from "./chunk-RIB3W43H.js";

// src/cli/commands/mesh.ts
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

// src/core/mesh/generate-mesh.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/mesh/workload.ts
import { createHash } from "node:crypto";

// src/core/mesh/types.ts
var MESH_TYPES = ["istio", "linkerd", "consul"];
var MOUNT_DIR = "/etc/mockforge";

// src/core/mesh/workload.ts
function commonLabels(plan) {
  return {
    "app.kubernetes.io/name": "mockforge",
    "app.kubernetes.io/instance": plan.name,
    "app.kubernetes.io/component": "mock",
    "app.kubernetes.io/managed-by": "mockforge"
  };
}
function selectorLabels(plan) {
  return { "app.kubernetes.io/name": "mockforge", "app.kubernetes.io/instance": plan.name };
}
function metadata(plan, name, extra = {}) {
  return {
    name,
    namespace: plan.namespace,
    labels: commonLabels(plan),
    ...Object.keys(extra).length > 0 ? { annotations: extra } : {}
  };
}
function buildConfigMap(plan, files) {
  const byKey = [...files].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const data = Object.fromEntries(byKey.filter((f) => f.text).map((f) => [f.key, f.content.toString("utf8")]));
  const binary = Object.fromEntries(byKey.filter((f) => !f.text).map((f) => [f.key, f.content.toString("base64")]));
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: metadata(plan, plan.name),
    data,
    ...Object.keys(binary).length > 0 ? { binaryData: binary } : {}
  };
}
var portName = (port) => `http-${port}`;
function buildDeployment(plan, files, configMap) {
  const types = new Set(plan.workspaces.flatMap((w) => w.mesh ? [w.mesh.type] : []));
  const probePort = portName(plan.workspaces[0]?.port ?? 0);
  const probe = (periodSeconds, failureThreshold) => ({
    httpGet: { path: HEALTH_PATH, port: probePort },
    periodSeconds,
    timeoutSeconds: 2,
    failureThreshold
  });
  const checksum = createHash("sha256").update(JSON.stringify(configMap)).digest("hex");
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: metadata(plan, plan.name),
    spec: {
      replicas: 1,
      strategy: { type: "Recreate" },
      selector: { matchLabels: selectorLabels(plan) },
      template: {
        metadata: {
          labels: { ...commonLabels(plan), ...types.has("istio") ? { "sidecar.istio.io/inject": "true" } : {} },
          annotations: {
            "mockforge/config-checksum": checksum,
            ...types.has("linkerd") ? { "linkerd.io/inject": "enabled" } : {}
          }
        },
        spec: {
          automountServiceAccountToken: false,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: 1e3,
            runAsGroup: 1e3,
            seccompProfile: { type: "RuntimeDefault" }
          },
          containers: [
            {
              name: "mockforge",
              image: plan.image,
              imagePullPolicy: "IfNotPresent",
              args: ["serve", "--config", `${MOUNT_DIR}/${plan.configKey}`, "--host", "0.0.0.0"],
              ports: plan.workspaces.map((w) => ({ name: portName(w.port), containerPort: w.port, protocol: "TCP" })),
              readinessProbe: probe(5, 3),
              livenessProbe: probe(10, 6),
              resources: {
                requests: { cpu: "50m", memory: "128Mi" },
                limits: { cpu: "1", memory: "512Mi" }
              },
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ["ALL"] }
              },
              volumeMounts: [{ name: "project", mountPath: MOUNT_DIR, readOnly: true }]
            }
          ],
          volumes: [
            {
              name: "project",
              configMap: { name: plan.name, items: files.map((f) => ({ key: f.key, path: f.path })) }
            }
          ]
        }
      }
    }
  };
}
function buildServices(plan) {
  return plan.workspaces.map((w) => ({
    apiVersion: "v1",
    kind: "Service",
    metadata: metadata(plan, w.serviceName, { "mockforge/workspace": w.name }),
    spec: {
      type: "ClusterIP",
      selector: selectorLabels(plan),
      ports: [{ name: "http", port: w.port, targetPort: portName(w.port), protocol: "TCP", appProtocol: "http" }]
    }
  }));
}

// src/core/mesh/consul.ts
var API_VERSION = "consul.hashicorp.com/v1alpha1";
function buildConsul(plan, workspace) {
  const mesh = workspace.mesh;
  if (!mesh) return [];
  const meta = (name) => metadata(plan, name, { "mockforge/workspace": workspace.name });
  const routes = mesh.routes.flatMap((route) => {
    const destination = { service: route.destinations[0]?.service ?? workspace.serviceName };
    if (route.match.length === 0) return [{ destination }];
    return route.match.map((m) => ({ match: { http: toHttpMatch(m.uri) }, destination }));
  });
  return [
    {
      apiVersion: API_VERSION,
      kind: "ServiceDefaults",
      metadata: meta(workspace.serviceName),
      spec: { protocol: "http" }
    },
    {
      apiVersion: API_VERSION,
      kind: "ServiceResolver",
      metadata: meta(workspace.serviceName),
      spec: { connectTimeout: "5s" }
    },
    ...mesh.hosts.map((host) => ({
      apiVersion: API_VERSION,
      kind: "ServiceRouter",
      metadata: meta(host.split(".")[0] ?? host),
      spec: { routes }
    }))
  ];
}
function toHttpMatch(uri) {
  if (uri.exact !== void 0) return { pathExact: uri.exact };
  if (uri.regex !== void 0) return { pathRegex: uri.regex };
  return { pathPrefix: uri.prefix ?? "/" };
}

// src/core/mesh/istio.ts
var MAX_CONNECTIONS = 1024;
function buildIstio(plan, workspace) {
  const mesh = workspace.mesh;
  if (!mesh) return [];
  const mockHost = mesh.routes.flatMap((r) => r.destinations).find((d) => d.isMock)?.host ?? workspace.serviceName;
  const virtualService = {
    apiVersion: "networking.istio.io/v1beta1",
    kind: "VirtualService",
    metadata: metadata(plan, workspace.serviceName, { "mockforge/workspace": workspace.name }),
    spec: {
      hosts: mesh.hosts,
      http: mesh.routes.map((route) => ({
        ...route.match.length > 0 ? { match: route.match.map((m) => ({ uri: { ...m.uri } })) } : {},
        route: route.destinations.map((d) => ({
          destination: { host: d.host, ...d.port !== void 0 ? { port: { number: d.port } } : {} },
          ...d.weight !== void 0 ? { weight: d.weight } : {}
        }))
      }))
    }
  };
  const destinationRule = {
    apiVersion: "networking.istio.io/v1beta1",
    kind: "DestinationRule",
    metadata: metadata(plan, workspace.serviceName, { "mockforge/workspace": workspace.name }),
    spec: {
      host: mockHost,
      trafficPolicy: { connectionPool: { tcp: { maxConnections: MAX_CONNECTIONS } } }
    }
  };
  return [virtualService, destinationRule];
}

// src/core/mesh/linkerd.ts
function buildLinkerd(plan, workspace) {
  const mesh = workspace.mesh;
  if (!mesh) return [];
  return [
    {
      apiVersion: "gateway.networking.k8s.io/v1",
      kind: "HTTPRoute",
      metadata: metadata(plan, workspace.serviceName, { "mockforge/workspace": workspace.name }),
      spec: {
        parentRefs: mesh.hosts.map((host) => ({ group: "core", kind: "Service", name: host.split(".")[0] ?? host })),
        rules: mesh.routes.map((route) => ({
          ...route.match.length > 0 ? { matches: route.match.map((m) => ({ path: toPathMatch(m.uri) })) } : {},
          backendRefs: route.destinations.map((d) => ({
            name: d.service,
            port: d.servicePort ?? workspace.port,
            ...d.weight !== void 0 ? { weight: d.weight } : {}
          }))
        }))
      }
    }
  ];
}
function toPathMatch(uri) {
  if (uri.exact !== void 0) return { type: "Exact", value: uri.exact };
  if (uri.regex !== void 0) return { type: "RegularExpression", value: uri.regex };
  return { type: "PathPrefix", value: uri.prefix ?? "/" };
}

// src/core/mesh/served-prefix.ts
function isUriServed(uri, paths) {
  if (uri.regex !== void 0) return true;
  const templates = paths.map(compilePathTemplate);
  if (uri.exact !== void 0) {
    const parts2 = splitPath(uri.exact);
    return templates.some(
      (t) => t.wildcardTail ? parts2.length >= t.segments.length && t.segments.every((s, i) => fullyMatches(s, parts2[i])) : parts2.length === t.segments.length && t.segments.every((s, i) => fullyMatches(s, parts2[i]))
    );
  }
  const prefix = uri.prefix ?? "/";
  const parts = prefix.replace(/^\/+/, "").split("/");
  return templates.some(
    ({ segments, wildcardTail }) => parts.every((part, i) => {
      const segment = segments[i];
      const last = i === parts.length - 1;
      if (segment === void 0) return wildcardTail || last && part === "" && i === 0;
      return last ? startsMatching(segment, part) : fullyMatches(segment, part);
    })
  );
}
function fullyMatches(segment, part) {
  if (segment.kind === "literal") return segment.value === part;
  if (segment.kind === "mixed") return segment.pattern.test(part);
  return part !== "";
}
function startsMatching(segment, part) {
  if (segment.kind === "literal") return segment.value.startsWith(part);
  return true;
}

// src/core/mesh/plan-routes.ts
var DNS_LABEL = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
function mockServiceName(ws, mesh, hosts, problem) {
  const found = /* @__PURE__ */ new Map();
  mesh.virtualService?.routes.forEach((route, r) => {
    route.route.forEach((destination, d) => {
      const host = destination.destination.host;
      if (!hosts.includes(host) && !found.has(host)) {
        found.set(host, appendPointer(mesh.pointer, "virtual_service", "routes", r, "route", d, "destination", "host"));
      }
    });
  });
  const [first, second] = [...found];
  if (second) {
    problem(
      second[1],
      `workspace '${ws.name}' routes to two mock hosts, '${first?.[0]}' and '${second[0]}': mockforge makes one Service per workspace`
    );
  }
  if (!first) return `${dnsLabel(ws.name)}-mock`;
  const name = first[0].split(".")[0] ?? "";
  if (!DNS_LABEL.test(name)) {
    problem(
      first[1],
      `'${first[0]}' cannot name a Kubernetes Service (lower-case letters, digits and '-', 63 at most)`
    );
  }
  return name;
}
function planRoutes(ws, mesh, hosts, serviceName, type, project, problem) {
  const written = mesh.virtualService?.routes ?? [];
  if (written.length === 0) {
    return [
      { match: [], destinations: [{ host: serviceName, isMock: true, service: serviceName, servicePort: ws.port }] }
    ];
  }
  const contract = project.contracts.get(ws.name);
  const base = contract?.basePath ?? "";
  const served = [...contract?.operations.map((o) => base + o.path) ?? [], ...ws.endpoints.map((e) => base + e.path)];
  return written.map((route, r) => {
    const routePointer = appendPointer(mesh.pointer, "virtual_service", "routes", r);
    (route.match ?? []).forEach((match, m) => {
      const uri = match.uri ?? {};
      if (isUriServed(uri, served)) return;
      const kind = uri.exact !== void 0 ? "exact" : "prefix";
      problem(
        appendPointer(routePointer, "match", m, "uri", kind),
        `${kind} '${uri.exact ?? uri.prefix}' matches no path that workspace '${ws.name}' serves (${[...new Set(served)].slice(0, 5).join(", ") || "none"})`
      );
    });
    if (type === "consul" && route.route.length > 1) {
      problem(
        appendPointer(routePointer, "route", 1),
        "a Consul ServiceRouter sends each match to one service; weighted splits need a ServiceSplitter, which mockforge does not write"
      );
    }
    const destinations = route.route.map((d, i) => {
      const isMock = !hosts.includes(d.destination.host);
      const written2 = d.destination.port?.number;
      const servicePort = written2 ?? (isMock ? ws.port : void 0);
      if (type === "linkerd" && servicePort === void 0) {
        problem(
          appendPointer(routePointer, "route", i, "destination"),
          `a Gateway API backendRef to '${d.destination.host}' needs a port: add port: { number: ... }`
        );
      }
      return {
        host: d.destination.host,
        ...written2 !== void 0 ? { port: written2 } : {},
        ...d.weight !== void 0 ? { weight: d.weight } : {},
        isMock,
        service: isMock ? serviceName : d.destination.host.split(".")[0] ?? d.destination.host,
        ...servicePort !== void 0 ? { servicePort } : {}
      };
    });
    return { match: route.match ?? [], destinations };
  });
}
function dnsLabel(text) {
  const label = text.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^[^a-z]+/, "").slice(0, 57).replace(/-+$/, "");
  return label || "mockforge";
}

// src/core/mesh/plan-mesh.ts
function planMesh(project, options) {
  const { config } = project;
  const problems = [];
  const problem = (pointer, message) => problems.push({ location: config.locate(pointer), message });
  const where = (pointer) => {
    const { file, line } = config.locate(pointer);
    return `${file.slice(config.root.length + 1) || file}:${line}`;
  };
  const hostOwners = /* @__PURE__ */ new Map();
  const serviceOwners = /* @__PURE__ */ new Map();
  let namespace;
  const workspaces = config.workspaces.map((ws) => {
    if (ws.port === 0) {
      problem(ws.pointer, `workspace '${ws.name}' has no port: its Kubernetes Service needs a fixed one`);
    }
    const mesh = ws.serviceMesh;
    const type = mesh ? checkMeshType(mesh, problem) : void 0;
    const enabled = mesh?.enabled === true && type !== void 0 ? mesh : void 0;
    const written = enabled?.virtualService?.hosts ?? [];
    const hosts = enabled ? written.length > 0 ? written : [ws.name] : [];
    enabled?.virtualService?.hosts.forEach((host, index) => {
      const pointer = appendPointer(enabled.pointer, "virtual_service", "hosts", index);
      const owner = hostOwners.get(host);
      if (owner && owner.workspace !== ws.name) {
        problem(
          pointer,
          `host '${host}' is already routed by workspace '${owner.workspace}' (${where(owner.pointer)})`
        );
      }
      hostOwners.set(host, { workspace: ws.name, pointer });
      if (type !== "istio" && !DNS_LABEL.test(host.split(".")[0] ?? "")) {
        problem(pointer, `host '${host}' does not start with a Kubernetes Service name, which ${type} routes need`);
      }
    });
    const serviceName = enabled ? mockServiceName(ws, enabled, hosts, problem) : `${dnsLabel(ws.name)}-mock`;
    const taken = serviceOwners.get(serviceName);
    if (taken)
      problem(ws.pointer, `workspaces '${taken}' and '${ws.name}' would both get the Service '${serviceName}'`);
    serviceOwners.set(serviceName, ws.name);
    if (enabled?.namespace !== void 0 && options.namespace === void 0) {
      if (namespace && namespace.value !== enabled.namespace) {
        problem(
          `${enabled.pointer}/namespace`,
          `namespace '${enabled.namespace}' differs from '${namespace.value}' (${where(namespace.pointer)}): one Deployment serves every workspace, so all objects share one namespace`
        );
      }
      namespace ??= { value: enabled.namespace, pointer: `${enabled.pointer}/namespace` };
    }
    const planned = { name: ws.name, port: ws.port, serviceName };
    if (enabled && type) {
      const routes = planRoutes(ws, enabled, hosts, serviceName, type, project, problem);
      planned.mesh = { type, hosts, routes };
    }
    return planned;
  });
  const namespaceName = options.namespace ?? namespace?.value ?? "default";
  if (!DNS_LABEL.test(namespaceName)) {
    if (options.namespace !== void 0 || !namespace) {
      throw new MockforgeError(ErrorCode.UsageInvalid, `namespace '${namespaceName}' is not a DNS label`);
    }
    problem(namespace.pointer, `namespace '${namespaceName}' is not a DNS label (lower-case letters, digits, '-')`);
  }
  if (problems.length > 0) {
    const sorted = [...problems].sort((a, b) => a.location.line - b.location.line);
    throw problemsError(ErrorCode.MeshInvalid, sorted, 'see "mockforge mesh" in README.md');
  }
  const configKey = config.file.slice(config.root.length + 1);
  return {
    name: `${dnsLabel(config.unifiedState.workspaceId)}-mocks`,
    namespace: namespaceName,
    image: options.image,
    configKey,
    workspaces
  };
}
function checkMeshType(mesh, problem) {
  if (MESH_TYPES.includes(mesh.meshType)) return mesh.meshType;
  const guess = didYouMean(mesh.meshType, MESH_TYPES);
  problem(
    `${mesh.pointer}/mesh_type`,
    `unknown mesh_type '${mesh.meshType}'; ${guess ? `did you mean '${guess}'?` : `expected one of: ${MESH_TYPES.join(", ")}`}`
  );
  return void 0;
}

// src/core/mesh/project-files.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { relative, sep } from "node:path";
var CONFIG_MAP_LIMIT = 1024 * 1024 - 16 * 1024;
var MOCK_DATA_FILES_LIMIT = 1e3;
function collectProjectFiles(project) {
  const { config } = project;
  const notices = [];
  const absolute = /* @__PURE__ */ new Set([config.file, ...config.sharedSchemaFiles]);
  for (const contract of project.contracts.values()) for (const file of contract.sourceMap.files) absolute.add(file);
  for (const file of configScenarioFiles(config)) absolute.add(file);
  for (const workspace of config.workspaces) {
    for (const endpoint of workspace.endpoints) {
      if (!endpoint.fromMock || !existsSync(endpoint.fromMock)) continue;
      const found = globSync(["**/*"], { cwd: endpoint.fromMock, absolute: true, onlyFiles: true, dot: false });
      if (found.length > MOCK_DATA_FILES_LIMIT) {
        throw new MockforgeError(
          ErrorCode.MeshInvalid,
          `${endpoint.fromMock} holds more than ${MOCK_DATA_FILES_LIMIT} files`,
          {
            location: config.locate(`${endpoint.pointer}/response/from_mock`),
            hint: "a ConfigMap holds 1 MiB at most: bake large mock data into the image instead"
          }
        );
      }
      for (const file of found) absolute.add(file);
    }
  }
  const files = [];
  for (const file of absolute) {
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    if (!isInside(config.root, file)) {
      notices.push(`${file} lies outside ${config.root} (a link?): not put into the ConfigMap`);
      continue;
    }
    const content = readFileSync(file);
    const path = relative(config.root, file).split(sep).join("/");
    files.push({ path, key: "", content, text: isUtf8(content) });
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  assignKeys(files);
  const total = files.reduce((sum, f) => sum + f.content.length + f.key.length, 0);
  if (total > CONFIG_MAP_LIMIT) {
    throw new MockforgeError(
      ErrorCode.MeshInvalid,
      `the project's files take ${total} bytes; a ConfigMap holds ${CONFIG_MAP_LIMIT} at most`,
      {
        location: config.locate(""),
        hint: "bake the contracts and mock data into the image (see the Dockerfile) instead"
      }
    );
  }
  return { files, notices };
}
function assignKeys(files) {
  const used = /* @__PURE__ */ new Set();
  for (const file of files) {
    let base = file.path.replace(/\//g, "_").replace(/[^-._a-zA-Z0-9]/g, "-");
    if (base.length > 240 || /^\.+$/.test(base)) base = `file-${used.size + 1}`;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    file.key = key;
  }
}
function isUtf8(content) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(content);
    return true;
  } catch {
    return false;
  }
}

// src/core/mesh/generate-mesh.ts
var MESH_FILE_NAMES = [
  "configmap.yaml",
  "deployment.yaml",
  "destinationrule.yaml",
  "httproute.yaml",
  "service.yaml",
  "servicedefaults.yaml",
  "serviceresolver.yaml",
  "servicerouter.yaml",
  "virtualservice.yaml"
];
function generateMesh(configPath, options) {
  const project = loadProject(configPath);
  const plan = planMesh(project, options);
  const collected = collectProjectFiles(project);
  const notices = [...collected.notices];
  if (!plan.workspaces.some((w) => w.mesh)) {
    notices.push("no workspace has service_mesh.enabled: true; wrote the Kubernetes objects without mesh routing");
  }
  return { plan, files: buildMeshFiles(plan, collected.files), notices };
}
function buildMeshFiles(plan, projectFiles) {
  const configMap = buildConfigMap(plan, projectFiles);
  const objects = [
    configMap,
    buildDeployment(plan, projectFiles, configMap),
    ...buildServices(plan),
    ...plan.workspaces.flatMap((w) => {
      if (w.mesh?.type === "istio") return buildIstio(plan, w);
      if (w.mesh?.type === "linkerd") return buildLinkerd(plan, w);
      if (w.mesh?.type === "consul") return buildConsul(plan, w);
      return [];
    })
  ];
  return MESH_FILE_NAMES.map((name) => ({
    name,
    objects: objects.filter((o) => `${o.kind.toLowerCase()}.yaml` === name)
  })).filter((file) => file.objects.length > 0);
}
function renderMeshFile(file) {
  const header = "# Written by `mockforge mesh` from mockforge.yaml; edit mockforge.yaml and run it again.\n";
  const documents = file.objects.map((object) => (0, import_yaml.stringify)(object, { lineWidth: 0, aliasDuplicateObjects: false }));
  return `${header}${documents.map((d) => `---
${d}`).join("")}`;
}

// src/cli/commands/mesh.ts
var DEFAULT_IMAGE = `mockforge:${VERSION}`;
var command = {
  name: "mesh",
  summary: "write Kubernetes and service-mesh manifests for the mocks",
  usage: `
Usage: mockforge mesh [--config mockforge.yaml] [--output k8s] [--namespace NAME] [--image IMAGE]

Writes the Kubernetes objects that run the workspace mocks in a cluster, one file per kind:
  configmap.yaml     mockforge.yaml, the contracts, shared schemas, scenarios and mock data
  deployment.yaml    one pod running 'mockforge serve' for every workspace (one process, one state store)
  service.yaml       a Service per workspace on its port (e.g. users-service-mock)
and the routing of every workspace with service_mesh.enabled:
  istio              virtualservice.yaml, destinationrule.yaml
  linkerd            httproute.yaml (Gateway API)
  consul             servicedefaults.yaml, serviceresolver.yaml, servicerouter.yaml
Apply them with 'kubectl apply -f <output>'. Files of kinds no longer produced are removed from <output>.

Options:
  --config <file>      project config (default: mockforge.yaml)
  --output <dir>       where to write (default: k8s); '-' prints every file to stdout
                       (mockforge mesh --output - | kubectl apply -f -)
  --namespace <name>   namespace of every object (default: service_mesh.namespace, else 'default')
  --image <image>      the mock image, built from the Dockerfile (default: ${DEFAULT_IMAGE})
`,
  async run(argv, context) {
    const { values } = parseOptions(
      argv,
      {
        config: { type: "string" },
        output: { type: "string" },
        namespace: { type: "string" },
        image: { type: "string" }
      },
      "mesh"
    );
    const manifests = generateMesh(resolve(context.cwd, values.config ?? "mockforge.yaml"), {
      image: values.image ?? DEFAULT_IMAGE,
      ...values.namespace !== void 0 ? { namespace: values.namespace } : {}
    });
    for (const notice of manifests.notices) context.stderr(`notice: ${notice}
`);
    if (values.output === "-") {
      for (const file of manifests.files) context.stdout(renderMeshFile(file));
      return 0;
    }
    const output = resolve(context.cwd, values.output ?? "k8s");
    mkdirSync(output, { recursive: true });
    const written = new Set(manifests.files.map((f) => f.name));
    for (const name of MESH_FILE_NAMES) if (!written.has(name)) rmSync(join(output, name), { force: true });
    for (const file of manifests.files) {
      writeFileSync(join(output, file.name), renderMeshFile(file));
      const kinds = [...new Set(file.objects.map((o) => o.kind))].join(", ");
      context.stdout(`${displayPath(join(output, file.name), context.cwd)}: ${file.objects.length} ${kinds}
`);
    }
    const routed = manifests.plan.workspaces.filter((w) => w.mesh);
    context.stderr(
      `mockforge mesh: ${manifests.plan.workspaces.length} workspace(s) in namespace '${manifests.plan.namespace}', ${routed.length} routed (${routed.map((w) => `${w.name} via ${w.mesh?.type}`).join(", ") || "none"})
`
    );
    return 0;
  }
};
export {
  DEFAULT_IMAGE,
  command
};
