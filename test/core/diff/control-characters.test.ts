import { expect, it } from 'vitest';
import { tempProject } from '../../helpers/temp-project.js';
import { diffIn } from './git-repo.js';

/** DocuSign's description holds C1 control characters (U+0080, U+0099) in its texts, as JSON allows. */
const contract = (properties: string[]) =>
  JSON.stringify(
    {
      openapi: '3.0.3',
      info: { title: 't', version: '1', description: 'Envelope\u0080s and \u0099 marks' },
      paths: {
        '/a': {
          get: {
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': {
                    schema: {
                      type: 'object',
                      properties: Object.fromEntries(properties.map((p) => [p, { type: 'string' }])),
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    null,
    2,
  );

it('a JSON contract with C1 control characters in its texts is diffed (oasdiff reads the YAML written for it)', async () => {
  const dir = tempProject({ 'base.json': contract(['x', 'y']), 'head.json': contract(['x']) });
  const result = await diffIn(dir, { base: 'base.json', head: 'head.json', versionPolicy: false, failOn: 'never' });
  expect(result.contracts[0]?.changes.map((change) => change.id)).toEqual(['response-optional-property-removed']);
});
