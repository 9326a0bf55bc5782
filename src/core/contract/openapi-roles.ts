/**
 * What an OpenAPI node is, from where it sits: the bundler decides by this where a `$ref` at that node
 * goes (the matching `components` section, or inlined), never by guessing from the target's content.
 */
export type Role =
  | 'document'
  | 'paths'
  | 'pathItem'
  | 'operation'
  | 'parameters'
  | 'parameter'
  | 'requestBody'
  | 'responses'
  | 'response'
  | 'content'
  | 'mediaType'
  | 'encodings'
  | 'encoding'
  | 'headers'
  | 'header'
  | 'examples'
  | 'example'
  | 'links'
  | 'link'
  | 'callbacks'
  | 'callback'
  | 'schema'
  | 'schemaMap'
  | 'schemaList'
  | 'securityScheme'
  | 'components'
  | 'requestBodies'
  | 'securitySchemes'
  | 'value';

/** The `components` section a ref at a node of this role is bundled into; undefined: inline it. */
export const COMPONENT_SECTIONS: Partial<Record<Role, string>> = {
  schema: 'schemas',
  parameter: 'parameters',
  requestBody: 'requestBodies',
  response: 'responses',
  header: 'headers',
  example: 'examples',
  link: 'links',
  callback: 'callbacks',
  securityScheme: 'securitySchemes',
};

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

const SCHEMA_CHILD: Record<string, Role> = {
  properties: 'schemaMap',
  patternProperties: 'schemaMap',
  definitions: 'schemaMap',
  $defs: 'schemaMap',
  dependentSchemas: 'schemaMap',
  allOf: 'schemaList',
  anyOf: 'schemaList',
  oneOf: 'schemaList',
  prefixItems: 'schemaList',
  items: 'schema',
  additionalItems: 'schema',
  additionalProperties: 'schema',
  unevaluatedItems: 'schema',
  unevaluatedProperties: 'schema',
  propertyNames: 'schema',
  contains: 'schema',
  not: 'schema',
  if: 'schema',
  then: 'schema',
  else: 'schema',
  contentSchema: 'schema',
};

const CHILDREN: Partial<Record<Role, Record<string, Role>>> = {
  document: { paths: 'paths', components: 'components', webhooks: 'paths' },
  components: {
    schemas: 'schemaMap',
    parameters: 'parameters',
    responses: 'responses',
    requestBodies: 'requestBodies',
    headers: 'headers',
    examples: 'examples',
    links: 'links',
    callbacks: 'callbacks',
    securitySchemes: 'securitySchemes',
    pathItems: 'paths',
  },
  pathItem: { parameters: 'parameters' },
  operation: { parameters: 'parameters', requestBody: 'requestBody', responses: 'responses', callbacks: 'callbacks' },
  parameter: { schema: 'schema', content: 'content', examples: 'examples' },
  header: { schema: 'schema', content: 'content', examples: 'examples' },
  requestBody: { content: 'content' },
  response: { headers: 'headers', content: 'content', links: 'links' },
  mediaType: { schema: 'schema', examples: 'examples', encoding: 'encodings' },
  encoding: { headers: 'headers' },
  schema: SCHEMA_CHILD,
};

/** Maps whose every entry has one role (extensions `x-...` excepted). */
const ENTRY_ROLES: Partial<Record<Role, Role>> = {
  paths: 'pathItem',
  parameters: 'parameter',
  responses: 'response',
  requestBodies: 'requestBody',
  securitySchemes: 'securityScheme',
  content: 'mediaType',
  encodings: 'encoding',
  headers: 'header',
  examples: 'example',
  links: 'link',
  callbacks: 'callback',
  callback: 'pathItem',
  schemaMap: 'schema',
  schemaList: 'schema',
};

/** The role of `parent[key]`. Extensions, examples, descriptions and anything unknown are plain values. */
export function childRole(parent: Role, key: string): Role {
  if (parent === 'value') return 'value';
  if (parent === 'pathItem' && METHODS.has(key)) return 'operation';
  const fixed = CHILDREN[parent]?.[key];
  if (fixed) return fixed;
  const entry = ENTRY_ROLES[parent];
  if (entry && (parent === 'schemaMap' || parent === 'schemaList' || !key.startsWith('x-'))) return entry;
  return 'value';
}
