import { describe, expect, it } from 'vitest';
import { securityRequirementOf } from '../../../src/core/contract/security-requirements.js';
import type { JsonObject, Operation } from '../../../src/core/contract/types.js';

const document: JsonObject = {
  security: [{ apiKey: [] }, { basic: [], token: [] }],
  components: {
    securitySchemes: {
      apiKey: { type: 'apiKey', in: 'query', name: 'api_key' },
      basic: { type: 'http', scheme: 'Basic' },
      token: { $ref: '#/components/securitySchemes/oauth' },
      oauth: { type: 'oauth2', flows: {} },
      tls: { type: 'mutualTLS' },
    },
  },
};

function operation(extra: JsonObject = {}): Operation {
  return {
    method: 'get',
    path: '/x',
    operationId: undefined,
    pointer: '/paths/~1x/get',
    operation: extra,
    parameters: [],
  };
}

describe('security requirement of an operation', () => {
  it('takes the document level when the operation has none: OR of AND-groups, refs followed', () => {
    const requirement = securityRequirementOf(document, operation());
    expect(requirement?.pointer).toBe('/security');
    expect(requirement?.anonymousAllowed).toBe(false);
    expect(requirement?.alternatives).toEqual([
      [
        {
          kind: 'apiKey',
          name: 'apiKey',
          in: 'query',
          parameter: 'api_key',
          pointer: '/components/securitySchemes/apiKey',
        },
      ],
      [
        { kind: 'http', name: 'basic', scheme: 'basic', pointer: '/components/securitySchemes/basic' },
        { kind: 'oauth2', name: 'token', pointer: '/components/securitySchemes/token' },
      ],
    ]);
  });

  it('an operation-level `security: []` turns it off; `{}` allows anonymous access', () => {
    expect(securityRequirementOf(document, operation({ security: [] }))).toBeUndefined();
    const optional = securityRequirementOf(document, operation({ security: [{}, { apiKey: [] }] }));
    expect(optional?.anonymousAllowed).toBe(true);
    expect(optional?.pointer).toBe('/paths/~1x/get/security');
    expect(optional?.alternatives).toHaveLength(1);
  });

  it('names schemes a request cannot show, and schemes defined nowhere', () => {
    const requirement = securityRequirementOf(document, operation({ security: [{ tls: [] }, { missing: [] }] }));
    expect(requirement?.alternatives.map((group) => group.map((s) => s.kind))).toEqual([
      ['unsupported'],
      ['unsupported'],
    ]);
  });
});
