/**
 * JSON Schemas for the Consul config-entry CRDs mockforge writes (consul.hashicorp.com/v1alpha1), from
 * Consul's documented fields (service-defaults, service-resolver, service-router references). No package
 * ships them, so these are strict: an unknown or misspelt field fails.
 */
const metadata = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 },
    namespace: { type: 'string' },
    labels: { type: 'object', additionalProperties: { type: 'string' } },
    annotations: { type: 'object', additionalProperties: { type: 'string' } },
  },
  additionalProperties: false,
} as const;

const duration = { type: 'string', pattern: '^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$' } as const;

const crd = (kind: string, spec: object) => ({
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  additionalProperties: false,
  properties: {
    apiVersion: { const: 'consul.hashicorp.com/v1alpha1' },
    kind: { const: kind },
    metadata,
    spec,
  },
});

export const serviceDefaultsSchema = crd('ServiceDefaults', {
  type: 'object',
  additionalProperties: false,
  properties: {
    protocol: { enum: ['tcp', 'http', 'http2', 'grpc'] },
    mode: { enum: ['direct', 'transparent'] },
    mutualTLSMode: { enum: ['', 'strict', 'permissive'] },
    maxInboundConnections: { type: 'integer', minimum: 0 },
    localConnectTimeoutMs: { type: 'integer', minimum: 0 },
    localRequestTimeoutMs: { type: 'integer', minimum: 0 },
    externalSNI: { type: 'string' },
  },
});

export const serviceResolverSchema = crd('ServiceResolver', {
  type: 'object',
  additionalProperties: false,
  properties: {
    defaultSubset: { type: 'string' },
    subsets: { type: 'object' },
    redirect: {
      type: 'object',
      additionalProperties: false,
      properties: {
        service: { type: 'string' },
        serviceSubset: { type: 'string' },
        namespace: { type: 'string' },
        partition: { type: 'string' },
        datacenter: { type: 'string' },
        peer: { type: 'string' },
      },
    },
    failover: { type: 'object' },
    connectTimeout: duration,
    requestTimeout: duration,
    loadBalancer: { type: 'object' },
  },
});

const pathFields = ['pathExact', 'pathPrefix', 'pathRegex'] as const;

export const serviceRouterSchema = crd('ServiceRouter', {
  type: 'object',
  additionalProperties: false,
  properties: {
    routes: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          match: {
            type: 'object',
            additionalProperties: false,
            properties: {
              http: {
                type: 'object',
                additionalProperties: false,
                properties: {
                  pathExact: { type: 'string', pattern: '^/' },
                  pathPrefix: { type: 'string', pattern: '^/' },
                  pathRegex: { type: 'string' },
                  caseInsensitive: { type: 'boolean' },
                  methods: { type: 'array', items: { type: 'string' } },
                  header: { type: 'array', items: { type: 'object' } },
                  queryParam: { type: 'array', items: { type: 'object' } },
                },
                // Consul allows at most one of the path matchers.
                not: {
                  anyOf: pathFields.flatMap((a, i) => pathFields.slice(i + 1).map((b) => ({ required: [a, b] }))),
                },
              },
            },
          },
          destination: {
            type: 'object',
            additionalProperties: false,
            required: ['service'],
            properties: {
              service: { type: 'string', minLength: 1 },
              serviceSubset: { type: 'string' },
              namespace: { type: 'string' },
              partition: { type: 'string' },
              prefixRewrite: { type: 'string' },
              requestTimeout: duration,
              idleTimeout: duration,
              numRetries: { type: 'integer', minimum: 0 },
              retryOnConnectFailure: { type: 'boolean' },
              retryOn: { type: 'array', items: { type: 'string' } },
              retryOnStatusCodes: { type: 'array', items: { type: 'integer' } },
              requestHeaders: { type: 'object' },
              responseHeaders: { type: 'object' },
            },
          },
        },
      },
    },
  },
});
