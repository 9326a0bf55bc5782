import { existsSync } from 'node:fs';
import type { EndpointConfig, FaultConfig, WorkspaceConfig } from '../../config/types.js';
import { splitPathKey } from '../../contract/path-key.js';
import { type SecurityRequirement, securityRequirementOf } from '../../contract/security-requirements.js';
import type { LoadedContract, Operation } from '../../contract/types.js';
import { onFirstUse } from '../../on-first-use.js';
import { SchemaValidator, type ValidateValue } from '../../schema/schema-validator.js';
import { safeDecode } from '../../source/safe-decode.js';
import { resolveNode } from '../contract-node.js';
import { mergeFaults } from '../faults.js';
import { compileResponses, type OperationResponses } from '../response/response-spec.js';
import { compilePathTemplate, matchPathTemplate, type PathTemplate, splitPath } from '../routing/path-template.js';
import { type RoutableEntry, RouteTable } from '../routing/route-table.js';
import type { ResourceRole } from '../state/handle-resource.js';
import type { Resource } from '../state/resources.js';
import { compileRequestValidator, type RequestValidator } from '../validation/request-validator.js';

export interface MockRoute extends RoutableEntry {
  /** `contract`: an operation; `config`: an endpoint with a static response; `state`: implied by unified state. */
  source: 'contract' | 'config' | 'state';
  operation: Operation | undefined;
  responses: OperationResponses | undefined;
  /** Declared request media types (always) and, once compiled, the validators. */
  requestValidator: RequestValidator | undefined;
  /** Compiles the validators (on first use or during warm-up) and stores them in `requestValidator`. */
  compileRequestValidator: (() => RequestValidator) | undefined;
  endpoint: EndpointConfig | undefined;
  faults: FaultConfig | undefined;
  resource: { resource: Resource; role: ResourceRole } | undefined;
  /** Serialized bodies by record or example object, so unchanged data is validated and encoded once. */
  cache: WeakMap<object, Map<string, PreparedBody>>;
  /** For `state` routes: validates a list or a record against the resource's schema. */
  stateValidator: ValidateValue | undefined;
  /** The operation's security requirement, when the workspace enforces it. */
  security: SecurityRequirement | undefined;
}

export interface PreparedBody {
  bytes: Buffer;
  responseErrors: string[];
}

export interface PreparedWorkspace {
  config: WorkspaceConfig;
  contract: LoadedContract;
  baseSegments: string[];
  table: RouteTable<MockRoute>;
  /** Operations with servers of their own, matched on the whole request path (no base path cut). */
  elsewhere: RouteTable<MockRoute> | undefined;
  validator: SchemaValidator;
  notices: string[];
  /** CORS headers and preflight answers (the config's `cors:`, else on when listening on loopback). */
  cors: boolean;
}

export interface PrepareOptions {
  /** Resources of this contract, when unified state is on (their routes become stateful). */
  resources: Resource[] | undefined;
}

/** Compiles routes, request validators and response specs of one workspace, once, at boot. */
export function prepareWorkspace(
  config: WorkspaceConfig,
  contract: LoadedContract,
  options: PrepareOptions,
): PreparedWorkspace {
  const validator = new SchemaValidator(contract);
  const enforceSecurity = config.validateRequests && config.enforceSecurity !== false;
  const notices: string[] = [];
  for (const endpoint of config.endpoints) {
    if (endpoint.fromMock && !existsSync(endpoint.fromMock)) {
      notices.push(
        `${config.name}: ${endpoint.fromMock} does not exist: serving data generated from the contract (run 'mockforge generate' to write editable data)`,
      );
    }
  }
  const routes: MockRoute[] = [];
  const declared = new Set<string>();
  // Each endpoint glob compiled once (matched against every operation, then every route).
  const globs = new Map(config.endpoints.map((endpoint) => [endpoint, compilePathTemplate(endpoint.path)]));
  const covers = (endpoint: EndpointConfig, template: PathTemplate, method: string) =>
    endpointCovers(endpoint, globs.get(endpoint) as PathTemplate, template, method);
  const elsewhere: MockRoute[] = [];
  for (const operation of contract.operations) {
    const key = splitPathKey(operation.path);
    const template = compilePathTemplate(key.path);
    const method = operation.method.toUpperCase();
    declared.add(`${method} ${operation.path}`);
    const endpoint = config.endpoints.find((e) => covers(e, template, method));
    // An operation with servers of its own (an upload host, another base path) routes on its full path.
    (operation.basePath === undefined ? routes : elsewhere).push({
      method,
      template:
        operation.basePath === undefined
          ? template
          : compilePathTemplate(`${decodedPath(operation.basePath)}${key.path}`),
      conditions: key.conditions,
      source: 'contract',
      operation,
      responses: compileResponses(contract, operation),
      requestValidator: compileRequestValidator(contract, operation, validator, false),
      compileRequestValidator: config.validateRequests
        ? () => compileRequestValidator(contract, operation, validator, true)
        : undefined,
      endpoint,
      faults: mergeFaults(config.faults, endpoint?.faults),
      resource: findRole(options.resources, operation.path),
      cache: new WeakMap(),
      stateValidator: undefined,
      security: enforceSecurity ? securityRequirementOf(contract.document, operation) : undefined,
    });
  }
  for (const resource of options.resources ?? []) {
    const implied: Array<[string, string | undefined, ResourceRole]> = [
      ['GET', resource.collectionPath, 'collection'],
      ['GET', resource.itemPath ?? `${resource.collectionPath}/{${resource.idField}}`, 'item'],
    ];
    for (const [method, path, role] of implied) {
      if (!path || declared.has(`${method} ${path}`)) continue;
      declared.add(`${method} ${path}`);
      // Refs into `paths` are not in the validator's registry: use the record schema node itself.
      const schema = resource.schemaPointer ? (resolveNode(contract.document, resource.schemaPointer)?.node ?? {}) : {};
      routes.push({
        method,
        template: compilePathTemplate(path),
        source: 'state',
        operation: undefined,
        responses: undefined,
        requestValidator: undefined,
        compileRequestValidator: undefined,
        endpoint: undefined,
        faults: config.faults,
        resource: { resource, role },
        cache: new WeakMap(),
        stateValidator: compiledOnFirstUse(() =>
          validator.forSchema(role === 'collection' ? { type: 'array', items: schema } : schema, '', 'response'),
        ),
        security: undefined,
      });
    }
  }
  for (const endpoint of config.endpoints) {
    if (endpoint.body === undefined && endpoint.status === undefined) continue;
    const template = globs.get(endpoint) as PathTemplate;
    const covered = routes.some((r) => r.source === 'contract' && covers(endpoint, r.template, r.method));
    if (covered) continue;
    for (const method of endpoint.methods.length > 0 ? endpoint.methods : ['*']) {
      routes.push({
        method,
        template,
        source: 'config',
        operation: undefined,
        responses: undefined,
        requestValidator: undefined,
        compileRequestValidator: undefined,
        endpoint,
        faults: mergeFaults(config.faults, endpoint.faults),
        resource: undefined,
        cache: new WeakMap(),
        stateValidator: undefined,
        security: undefined,
      });
    }
  }
  return {
    config,
    contract,
    baseSegments: splitPath(contract.basePath).map(safeDecode),
    table: new RouteTable(routes),
    elsewhere: elsewhere.length > 0 ? new RouteTable(elsewhere) : undefined,
    validator,
    notices,
    cors: config.cors ?? true,
  };
}

/** A validator made when first called: a project boots without preparing what no request reaches. */
function compiledOnFirstUse(compile: () => ValidateValue): ValidateValue {
  const compiled = onFirstUse(compile);
  return (value) => compiled()(value);
}

/** `/my%20api` -> `/my api`: request paths are matched decoded, segment by segment. */
function decodedPath(path: string): string {
  return splitPath(path)
    .map((segment) => `/${safeDecode(segment)}`)
    .join('');
}

/** A config glob (`/api/orders/*`, methods) covers an operation template when every literal agrees. */
function endpointCovers(endpoint: EndpointConfig, glob: PathTemplate, template: PathTemplate, method: string) {
  if (endpoint.methods.length > 0 && !endpoint.methods.includes(method)) return false;
  const texts = template.segments.map((s) => (s.kind === 'literal' ? s.value : '{}'));
  const params = matchPathTemplate(glob, texts);
  return params !== undefined;
}

function findRole(resources: Resource[] | undefined, path: string): MockRoute['resource'] {
  for (const resource of resources ?? []) {
    if (resource.collectionPath === path) return { resource, role: 'collection' };
    if (resource.itemPath === path) return { resource, role: 'item' };
  }
  return undefined;
}

/** The route's request validators, compiled now if warm-up has not reached it yet. */
export function requestValidatorOf(route: MockRoute): RequestValidator | undefined {
  if (route.compileRequestValidator) {
    route.requestValidator = route.compileRequestValidator();
    route.compileRequestValidator = undefined;
  }
  return route.requestValidator;
}

/**
 * Compiles every route's validators after the ports listen, a few milliseconds at a time, so a large
 * project answers health checks and requests at once and is fully compiled moments later. One queue for
 * all workspaces: the event loop is never held for more than one slice, however many workspaces there are.
 */
export function warmUpWorkspaces(workspaces: PreparedWorkspace[], isClosed: () => boolean): Promise<void> {
  const pending = workspaces
    .flatMap((workspace) => [...workspace.table.routes, ...(workspace.elsewhere?.routes ?? [])])
    .filter((r) => r.compileRequestValidator);
  let next = 0;
  return new Promise((resolve) => {
    const step = () => {
      const until = performance.now() + WARM_UP_SLICE_MS;
      while (next < pending.length && performance.now() < until && !isClosed())
        requestValidatorOf(pending[next++] as MockRoute);
      if (next === pending.length || isClosed()) resolve();
      else setImmediate(step);
    };
    setImmediate(step);
  });
}

/** Longest time warm-up holds the event loop before letting waiting requests through. */
const WARM_UP_SLICE_MS = 4;
