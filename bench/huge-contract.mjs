// Writes a generated OpenAPI 3.0 contract of about `bytes` bytes (block YAML, deterministic): resources with
// a list/create path and an item path (get/put/delete), path and query parameters, request bodies and
// responses referring to component schemas, examples and descriptions, in the proportions of real
// contracts. Used by bench/huge.bench.mjs; `node bench/huge-contract.mjs <bytes> <file>` writes one by hand.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const FIELDS = ['name', 'status', 'region', 'owner', 'created_at', 'updated_at', 'size', 'tags', 'notes', 'kind'];

function resourceYaml(i) {
  const name = `Resource${i}`;
  const path = `/v1/resources-${i}`;
  const properties = FIELDS.map((field, f) => {
    if (field === 'tags')
      return `        ${field}:\n          type: array\n          items: { type: string, maxLength: 64 }\n          description: Labels of resource ${i}.`;
    if (field === 'size')
      return `        ${field}:\n          type: integer\n          format: int32\n          minimum: 0\n          maximum: ${1000 + i}\n          description: Size in GiB.`;
    if (field === 'status')
      return `        ${field}:\n          type: string\n          enum: [active, pending, deleted, archived]\n          description: Life-cycle state of the resource.`;
    if (field.endsWith('_at'))
      return `        ${field}:\n          type: string\n          format: date-time\n          description: When it was ${field.slice(0, -3)}.`;
    return `        ${field}:\n          type: string\n          maxLength: ${32 + f}\n          description: The ${field} of resource ${i}, shown in listings and audit logs.`;
  }).join('\n');
  const schemas = `    ${name}:
      type: object
      required: [id, name, status]
      properties:
        id:
          type: string
          pattern: '^res-[0-9a-f]{8}$'
          description: Unique identifier.
${properties}
        parent:
          $ref: '#/components/schemas/${i % 10 > 0 ? `Resource${i - 1}` : 'Error'}'
    ${name}List:
      type: object
      properties:
        items:
          type: array
          items:
            $ref: '#/components/schemas/${name}'
        next:
          type: string
          nullable: true
`;
  const example = `                id: res-${(i % 0xffffffff).toString(16).padStart(8, '0')}
                name: example ${i}
                status: active
                region: eu-west-${i % 3}`;
  const paths = `  ${path}:
    get:
      operationId: list${name}
      summary: List resource ${i}
      description: Returns a page of resource ${i} records, newest first.
      tags: [group-${i % 40}]
      parameters:
        - name: limit
          in: query
          schema: { type: integer, minimum: 1, maximum: 200, default: 20 }
        - name: cursor
          in: query
          schema: { type: string }
      responses:
        '200':
          description: A page of records.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/${name}List'
        default:
          $ref: '#/components/responses/Problem'
    post:
      operationId: create${name}
      summary: Create resource ${i}
      tags: [group-${i % 40}]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/${name}'
      responses:
        '201':
          description: Created.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/${name}'
              example:
${example}
        default:
          $ref: '#/components/responses/Problem'
  ${path}/{id}:
    parameters:
      - $ref: '#/components/parameters/Id'
    get:
      operationId: get${name}
      summary: Get resource ${i}
      tags: [group-${i % 40}]
      responses:
        '200':
          description: The record.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/${name}'
        '404':
          $ref: '#/components/responses/Problem'
    put:
      operationId: replace${name}
      tags: [group-${i % 40}]
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/${name}'
      responses:
        '200':
          description: Replaced.
        default:
          $ref: '#/components/responses/Problem'
    delete:
      operationId: delete${name}
      tags: [group-${i % 40}]
      responses:
        '204':
          description: Deleted.
        default:
          $ref: '#/components/responses/Problem'
`;
  return { paths, schemas };
}

/**
 * The contract's text, just under `bytes` long. The last DELETE response has no description, so `lint`
 * reports one warning at the end of the file (locating it is part of what is measured).
 */
export function hugeContract(bytes) {
  const head = `openapi: 3.0.3
info:
  title: Generated huge API
  version: 1.0.0
servers:
  - url: https://api.example.test
paths:
`;
  const tail = `components:
  parameters:
    Id:
      name: id
      in: path
      required: true
      schema: { type: string }
  responses:
    Problem:
      description: A problem.
      content:
        application/problem+json:
          schema:
            $ref: '#/components/schemas/Error'
  schemas:
    Error:
      type: object
      required: [title]
      properties:
        title: { type: string }
        status: { type: integer }
`;
  const paths = [];
  const schemas = [];
  let size = head.length + tail.length;
  for (let i = 0; ; i++) {
    const part = resourceYaml(i);
    size += part.paths.length + part.schemas.length;
    if (size > bytes) break;
    paths.push(part.paths);
    schemas.push(part.schemas);
  }
  const last = paths.length - 1;
  paths[last] = paths[last].replace("        '204':\n          description: Deleted.\n", "        '204': {}\n");
  return { text: `${head}${paths.join('')}${tail}${schemas.join('')}`, resources: paths.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [bytes, file] = process.argv.slice(2);
  if (!bytes || !file) {
    console.error('usage: node bench/huge-contract.mjs <bytes> <file>');
    process.exit(2);
  }
  const { text, resources } = hugeContract(Number(bytes));
  writeFileSync(file, text);
  console.log(`${file}: ${text.length} bytes, ${resources} resources, ${resources * 5} operations`);
}
