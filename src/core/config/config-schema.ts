/** JSON Schema of mockforge.yaml: the tutorial's format plus the keys mockforge adds (documented in README). */
const faults = {
  type: 'object',
  additionalProperties: false,
  properties: {
    latency_ms: {
      oneOf: [
        { type: 'integer', minimum: 0, maximum: 600000 },
        {
          type: 'object',
          additionalProperties: false,
          required: ['min', 'max'],
          properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 0 } },
        },
      ],
    },
    error_rate: { type: 'number', minimum: 0, maximum: 1 },
    error_status: { type: 'integer', minimum: 400, maximum: 599 },
  },
} as const;

const uriMatch = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  maxProperties: 1,
  properties: { prefix: { type: 'string' }, exact: { type: 'string' }, regex: { type: 'string' } },
} as const;

const serviceMesh = {
  type: 'object',
  additionalProperties: false,
  properties: {
    enabled: { type: 'boolean' },
    mesh_type: { type: 'string' },
    namespace: { type: 'string' },
    virtual_service: {
      type: 'object',
      additionalProperties: false,
      properties: {
        hosts: { type: 'array', items: { type: 'string', minLength: 1 } },
        routes: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            properties: {
              match: {
                type: 'array',
                items: { type: 'object', additionalProperties: false, properties: { uri: uriMatch } },
              },
              route: {
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['destination'],
                  properties: {
                    destination: {
                      type: 'object',
                      additionalProperties: false,
                      required: ['host'],
                      properties: {
                        host: { type: 'string', minLength: 1 },
                        port: {
                          type: 'object',
                          additionalProperties: false,
                          properties: { number: { type: 'integer' } },
                        },
                      },
                    },
                    weight: { type: 'integer', minimum: 0, maximum: 100 },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;

const endpoint = {
  type: 'object',
  additionalProperties: false,
  required: ['path'],
  properties: {
    path: { type: 'string', pattern: '^/' },
    method: {
      oneOf: [
        {
          type: 'string',
          pattern: '^(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE|get|put|post|delete|options|head|patch|trace|\\*)$',
        },
        { type: 'array', items: { type: 'string' }, minItems: 1 },
      ],
    },
    response: {
      type: 'object',
      additionalProperties: false,
      properties: {
        from_mock: { type: 'string', minLength: 1 },
        status: { type: 'integer', minimum: 100, maximum: 599 },
        headers: { type: 'object', additionalProperties: { type: 'string' } },
        body: {},
      },
    },
    faults,
  },
} as const;

const workspace = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' },
    port: { type: 'integer', minimum: 0, maximum: 65535 },
    proxy_port: { type: 'integer', minimum: 0, maximum: 65535 },
    contract: { type: 'string', minLength: 1 },
    target: { type: 'string', pattern: '^https?://' },
    env: { type: 'array', items: { type: 'string', pattern: '^[A-Z_][A-Z0-9_]*$' } },
    validation: {
      oneOf: [
        { type: 'boolean' },
        {
          type: 'object',
          additionalProperties: false,
          properties: { requests: { type: 'boolean' }, responses: { type: 'boolean' } },
        },
      ],
    },
    security: { type: 'boolean' },
    cors: { type: 'boolean' },
    faults,
    endpoints: { type: 'array', items: endpoint },
    service_mesh: serviceMesh,
  },
} as const;

export const configSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['workspaces'],
  properties: {
    version: { const: 1 },
    contracts_dir: { type: 'string', minLength: 1 },
    shared_schemas: { type: 'array', items: { type: 'string', minLength: 1 } },
    scenarios: { type: 'array', items: { type: 'string', minLength: 1 } },
    workspaces: { type: 'array', minItems: 1, items: workspace },
    core: {
      type: 'object',
      additionalProperties: false,
      properties: {
        consistency: {
          type: 'object',
          additionalProperties: false,
          properties: {
            enabled: { type: 'boolean' },
            unified_state: {
              type: 'object',
              additionalProperties: false,
              properties: {
                workspace_id: { type: 'string', minLength: 1 },
                store: { type: 'string', minLength: 1 },
                persona_graph: {
                  type: 'object',
                  additionalProperties: false,
                  properties: { enabled: { type: 'boolean' } },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;
