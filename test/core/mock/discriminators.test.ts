// Request bodies with a discriminator (@readme/oas-examples discriminators.yaml): the branch the value maps
// to is checked (so overlapping branches are not "more than one match"); a value no branch has is a 422.
import { describe, expect, it } from 'vitest';
import { getJson, oasExample, startSpec } from './mock-helpers.js';

const patch = (url: string, path: string, body: unknown) =>
  getJson(`${url}/anything${path}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('discriminators.yaml', () => {
  it('with a mapping: the mapped branch is checked; an unmapped value is refused', async () => {
    const { url } = await startSpec(oasExample('3.0/yaml/discriminators.yaml'));
    expect((await patch(url, '/discriminator-with-mapping', { discrim: 'Option One', optionone: 1 })).status).toBe(200);
    const wrong = await patch(url, '/discriminator-with-mapping', { discrim: 'Option One', optionone: 'x' });
    expect(wrong.status).toBe(422);
    expect((wrong.body as { errors: Array<{ name: string }> }).errors.map((e) => e.name)).toEqual(['/optionone']);
    expect((await patch(url, '/discriminator-with-mapping', { discrim: 'Option Three' })).status).toBe(422);
  });

  it('without a mapping: the component name is the value', async () => {
    const { url } = await startSpec(oasExample('3.0/yaml/discriminators.yaml'));
    const path = '/discriminator-with-no-mapping';
    expect((await patch(url, path, { discrim: 'OptionTwoNoDisc', optiontwo: 'b' })).status).toBe(200);
    expect((await patch(url, path, { discrim: 'OptionTwoNoDisc', optiontwo: 2 })).status).toBe(422);
  });

  it('embedded in the branches\' common parent (Pet): the value picks Cat or Dog, no "more than one match"', async () => {
    const { url } = await startSpec(oasExample('3.0/yaml/discriminators.yaml'));
    const path = '/embedded-discriminator';
    expect((await patch(url, path, { pet_type: 'Cat', hunts: true, age: 3 })).status).toBe(200);
    expect((await patch(url, path, { pet_type: 'Dog', bark: true, breed: 'Husky' })).status).toBe(200);
    const wrong = await patch(url, path, { pet_type: 'Dog', breed: 'Poodle' });
    expect(wrong.status).toBe(422);
    expect((wrong.body as { errors: Array<{ name: string }> }).errors.map((e) => e.name)).toEqual(['/breed']);
    expect((await patch(url, path, { pet_type: 'Fish' })).status).toBe(422);
  });
});
