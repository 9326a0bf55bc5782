/** A schema named in an `allOf`/`anyOf`/`oneOf` list: by position, or by the component it refers to. */
export interface SubschemaName {
  index?: number;
  component?: string;
  /** oasdiff named several at once. */
  several?: boolean;
}

/** One step of oasdiff's property path (`data/items/allOf[#/components/schemas/Pet]/name`). */
export type PathStep =
  | { kind: 'property'; name: string }
  | { kind: 'keyword'; name: string }
  | { kind: 'subschema'; list: string; base: SubschemaName; head: SubschemaName }
  | { kind: 'entry'; list: string; name: string };

export type RouteSection =
  | { kind: 'parameter'; in: string; name: string }
  | { kind: 'requestBody' }
  /** `status` is missing when the text names none (`the response's body became nullable`). */
  | { kind: 'response'; status?: string; header?: string };

/**
 * What a change names, read from oasdiff's check id and English text (`--lang en`): the operation part it
 * is in (parameter, request body, response, header, media type), the property path inside its schema, an
 * enum value, a subschema or an operation field. Walking it in a revision finds the element's line.
 */
export interface ChangeRoute {
  section?: RouteSection;
  mediaType?: { base: string; head: string };
  /** The property path as oasdiff wrote it, and its steps. */
  property?: { text: string; steps: PathStep[] };
  enumValue?: string;
  /** An item of the body's (or property's) `allOf`/`anyOf`/`oneOf`/`prefixItems` list. */
  subschema?: { list: string; name: SubschemaName };
  /** An entry of its `dependentSchemas` or `patternProperties`. */
  entry?: { list: string; name: string };
  /** A field of the operation (`operationId`, `tags`, `security`...) and the item value it names. */
  field?: { name: string; value?: string };
  /** A node outside the operations: `/components/schemas/Pet`, `/security`, `/webhooks/x`. */
  document?: string[];
}

interface Quoted {
  value: string;
  before: string;
  after: string;
}

const FIELDS: Array<[RegExp, string]> = [
  [/^api-operation-id-/, 'operationId'],
  [/^api-tag-/, 'tags'],
  [/^api-security-(added|removed|updated|scope-)/, 'security'],
  [/^(endpoint-deprecated|endpoint-reactivated|api-deprecated)/, 'deprecated'],
  [/^api-stability-/, 'x-stability-level'],
];

/** The route of a change; `{}` when the text names nothing beyond the operation. */
export function parseChangeRoute(id: string, text: string): ChangeRoute {
  const quoted = quotedValues(text);
  const route: ChangeRoute = {};
  const document = documentNode(id, quoted);
  if (document) return { document };
  for (const [pattern, name] of FIELDS) {
    if (!pattern.test(id)) continue;
    const value = name === 'tags' ? quoted[0]?.value : undefined;
    route.field = value === undefined ? { name } : { name, value };
    return route;
  }
  const headerProperty = /`([^`]*)` request header's property/.exec(text);
  const parameter = headerProperty
    ? ['', 'header', headerProperty[1]]
    : (/`(query|header|path|cookie)` request parameter `([^`]*)`/.exec(text) ??
      /\b(path) request parameter `([^`]*)`/.exec(text));
  if (parameter) {
    route.section = { kind: 'parameter', in: parameter[1] as string, name: parameter[2] as string };
  } else if (/^(response-|required-response-|optional-response-)/.test(id)) {
    const status =
      /status `([^`]*)`/.exec(text)?.[1] ??
      /the `([^`]*)` status/.exec(text)?.[1] ??
      /of response `([^`]*)`/.exec(text)?.[1];
    const header = /response header `([^`]*)`/.exec(text)?.[1];
    route.section = { kind: 'response', ...(status !== undefined ? { status } : {}), ...(header ? { header } : {}) };
  } else if (/^(request-|new-(required|optional)-request-)/.test(id)) {
    route.section = { kind: 'requestBody' };
  }
  const media = /media type `([^`]*)`(?: was changed to (?:a more \w+ media type )?`([^`]*)`)?/.exec(text);
  const named = media ? undefined : mediaTypeNoted(text);
  if (media) route.mediaType = { base: media[1] as string, head: media[2] ?? (media[1] as string) };
  else if (named !== undefined) route.mediaType = { base: named, head: named };
  const property = quoted.find(isPropertyPath);
  if (property) route.property = { text: property.value, steps: parsePropertyPath(property.value) };
  const enumValue = quoted.find(
    (q) => /enum value (removed )?$/.test(q.before) || (/ $/.test(q.before) && /^ enum value\b/.test(q.after)),
  );
  if (enumValue && !/x-extensible-enum value $/.test(enumValue.before)) route.enumValue = enumValue.value;
  const list = /`(allOf|anyOf|oneOf)` list|'(prefixItems)' list/.exec(text);
  const item = list ? quoted.find((q) => /^ (to|from) the /.test(q.after)) : undefined;
  if (list && item) route.subschema = { list: (list[1] ?? list[2]) as string, name: parseSubschema(item.value) };
  const entry = /(dependent schema|pattern property) `([^`]*)`/.exec(text);
  if (entry) {
    const list = entry[1] === 'dependent schema' ? 'dependentSchemas' : 'patternProperties';
    route.entry = { list, name: entry[2] as string };
  }
  return route;
}

/**
 * The media type oasdiff notes after a body change's text, `... (media type: text/json)`: each media type
 * of a body has its own schema, so the same words about two media types are two changes.
 */
export function mediaTypeNoted(text: string): string | undefined {
  return /\(media type: ([^)]*)\)/.exec(text)?.[1];
}

/** Changes outside operations, at a node of the document. */
function documentNode(id: string, quoted: Quoted[]): string[] | undefined {
  const first = quoted[0]?.value;
  if (first === undefined) return id.startsWith('api-global-security-') ? ['security'] : undefined;
  if (id === 'api-schema-removed') return ['components', 'schemas', first];
  if (id.startsWith('api-security-component-')) return ['components', 'securitySchemes', first];
  if (id.startsWith('api-global-security-')) return ['security'];
  if (id.startsWith('webhook-')) return ['webhooks', first];
  return undefined;
}

/** A quoted value is a property path when the text calls it a property: `property \`x\``, `\`x\` response property`. */
function isPropertyPath(q: Quoted): boolean {
  if (/^ (request|response)( read-only| write-only)?('s)? property/.test(q.after)) return true;
  return /\bproperty $/.test(q.before) && !/(pattern|discriminator) property $/.test(q.before);
}

function quotedValues(text: string): Quoted[] {
  const found: Quoted[] = [];
  const pattern = /`([^`]*)`/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    found.push({
      value: match[1] as string,
      before: text.slice(Math.max(0, start - 40), start),
      after: text.slice(end, end + 40),
    });
  }
  return found;
}

const KEYWORDS = new Set([
  'items',
  'additionalProperties',
  'contains',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
  'if',
  'then',
  'else',
  'contentSchema',
  'not',
]);

/** `a/items/allOf[subschema #2: Pet]/b` -> steps; `/` inside brackets belongs to the bracket. */
export function parsePropertyPath(text: string): PathStep[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const c = text[at];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '/' && depth === 0) {
      parts.push(text.slice(start, at));
      start = at + 1;
    }
  }
  parts.push(text.slice(start));
  return parts
    .filter((part) => part !== '')
    .map((part): PathStep => {
      const bracket = /^(allOf|anyOf|oneOf|prefixItems|patternProperties|dependentSchemas)\[(.*)\]$/.exec(part);
      if (bracket) {
        const [, list, inner] = bracket as unknown as [string, string, string];
        if (list === 'patternProperties' || list === 'dependentSchemas') return { kind: 'entry', list, name: inner };
        const [base = '', head = base] = inner.split(' -> ');
        return { kind: 'subschema', list, base: parseSubschema(base), head: parseSubschema(head) };
      }
      return KEYWORDS.has(part) ? { kind: 'keyword', name: part } : { kind: 'property', name: part };
    });
}

/** oasdiff names a subschema `subschema #2`, `subschema #2: Title` or `#/components/schemas/Pet`. */
export function parseSubschema(text: string): SubschemaName {
  if (text.includes(', ')) return { several: true };
  const component = /^#\/components\/schemas\/(.+)$/.exec(text.trim());
  if (component) return { component: component[1] as string };
  const index = /subschema #(\d+)/.exec(text);
  return index ? { index: Number(index[1]) - 1 } : {};
}
