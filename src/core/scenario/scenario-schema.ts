/** JSON Schema of a scenario file: the tutorial's format plus the documented extensions (README "Cross-service scenarios"). */
const status = {
  anyOf: [
    { type: 'integer', minimum: 100, maximum: 599 },
    {
      type: 'string',
      pattern:
        '^\\s*([1-5](xx|XX|\\d\\d)(\\s*-\\s*[1-5]\\d\\d)?)(\\s*,\\s*([1-5](xx|XX|\\d\\d)(\\s*-\\s*[1-5]\\d\\d)?))*\\s*$',
    },
    {
      type: 'array',
      minItems: 1,
      items: {
        anyOf: [
          { type: 'integer', minimum: 100, maximum: 599 },
          { type: 'string', pattern: '^\\s*[1-5](xx|XX|\\d\\d)(\\s*-\\s*[1-5]\\d\\d)?\\s*$' },
        ],
      },
    },
  ],
};

const timeout = {
  anyOf: [
    { type: 'number', exclusiveMinimum: 0 },
    { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*(ms|s)?\\s*$' },
  ],
};

const scalar = { type: ['string', 'number', 'boolean'] };

export const scenarioSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'steps'],
  properties: {
    name: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    timeout,
    steps: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'service', 'request'],
        properties: {
          name: { type: 'string', minLength: 1 },
          service: { type: 'string', minLength: 1 },
          request: {
            type: 'object',
            additionalProperties: false,
            required: ['path'],
            properties: {
              method: {
                type: 'string',
                pattern:
                  '^(?:[Gg][Ee][Tt]|[Pp][Uu][Tt]|[Pp][Oo][Ss][Tt]|[Dd][Ee][Ll][Ee][Tt][Ee]|[Oo][Pp][Tt][Ii][Oo][Nn][Ss]|[Hh][Ee][Aa][Dd]|[Pp][Aa][Tt][Cc][Hh])$',
              },
              path: { type: 'string', pattern: '^/' },
              query: {
                type: 'object',
                additionalProperties: { anyOf: [scalar, { type: 'array', items: scalar }] },
              },
              headers: { type: 'object', additionalProperties: scalar },
              body: {},
            },
          },
          response: {
            type: 'object',
            additionalProperties: false,
            properties: {
              status,
              headers: { type: 'object', additionalProperties: scalar },
              body: {},
            },
          },
          capture: {
            type: 'object',
            propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
            additionalProperties: { type: 'string', pattern: '^\\$' },
          },
          match: { enum: ['subset', 'exact'] },
          timeout,
        },
      },
    },
  },
} as const;
