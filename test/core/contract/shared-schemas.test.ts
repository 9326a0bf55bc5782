import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import { ECOMMERCE, lineOf } from '../../helpers/temp-project.js';

const contracts = join(ECOMMERCE, 'contracts');
const shared = join(contracts, 'shared-schemas.yaml');
const sharedText = readFileSync(shared, 'utf8');

describe('the tutorial contracts', () => {
  it('resolve #/components/schemas/User from the shared schema file next to them', () => {
    const users = loadContract(join(contracts, 'users-service.yaml'));
    const schemas = (users.document.components as any).schemas;
    expect(schemas.User.properties.email).toEqual({ type: 'string' });
    expect(users.sourceMap.files).toEqual([join(contracts, 'users-service.yaml'), shared]);
  });

  it('map bundled nodes back to lines in the shared file', () => {
    const users = loadContract(join(contracts, 'users-service.yaml'));
    const email = users.sourceMap.locate('/components/schemas/User/properties/email');
    expect(email).toMatchObject({ file: shared, line: lineOf(sharedText, 'email:'), column: 9, exact: true });
    const userSection = lineOf(sharedText, '    User:');
    expect(users.sourceMap.locate('/components/schemas/User')).toMatchObject({ file: shared, line: userSection });
  });

  it('warn about refs defined nowhere with file and line, and treat them as any', () => {
    const orders = loadContract(join(contracts, 'orders-service.yaml'));
    const ordersText = readFileSync(join(contracts, 'orders-service.yaml'), 'utf8');
    const unresolved = orders.diagnostics.filter((d) => d.code === 'MF_REF_UNRESOLVED');
    expect(unresolved.map((d) => [d.location.file, d.location.line, d.severity])).toEqual([
      [join(contracts, 'orders-service.yaml'), lineOf(ordersText, 'CreateOrderRequest'), 'warning'],
      [shared, lineOf(sharedText, 'OrderItem'), 'warning'],
    ]);
    expect(unresolved[0]?.message).toContain("'CreateOrderRequest' is defined nowhere");
    expect(unresolved[1]?.message).toContain("'OrderItem'");
    const schemas = (orders.document.components as any).schemas;
    expect(schemas.CreateOrderRequest).toEqual({});
    expect(schemas.Order.properties.items.items).toEqual({ $ref: '#/components/schemas/OrderItem' });
  });

  it('infer the undeclared {id} path parameter and report it, with the missing response description', () => {
    const products = loadContract(join(contracts, 'products-service.yaml'));
    const text = readFileSync(join(contracts, 'products-service.yaml'), 'utf8');
    const codes = products.diagnostics.map((d) => [d.code, d.location.line]);
    expect(codes).toEqual([
      ['MF_LINT_RESPONSE_DESCRIPTION', lineOf(text, "'200':")],
      ['MF_LINT_PATH_PARAMETER', lineOf(text, '/api/products/{id}:')],
    ]);
    const [operation] = products.operations;
    expect(operation?.parameters).toEqual([{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }]);
  });
});
