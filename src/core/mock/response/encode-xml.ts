import { resolveLocalRef } from '../../contract/resolve-ref.js';
import type { JsonObject } from '../../contract/types.js';
import { isObject } from '../../source/json-object.js';
import { propertySchema } from '../params/convert-strings.js';

const MAX_DEPTH = 32;

/**
 * A value as XML the way its schema's `xml` objects describe it (OpenAPI "XML Object"): element names
 * (`name`, else the property name, else the component name for the root), `attribute` properties,
 * `wrapped` arrays, `namespace` + `prefix`. Keys the schema does not declare become elements of their name.
 */
export function encodeXml(document: JsonObject, schema: unknown, value: unknown): string {
  const rootName = xmlOf(document, schema).name ?? componentName(schema) ?? 'root';
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(document, schema, value, rootName, 0, true)}`;
}

interface XmlObject {
  name?: string;
  namespace?: string;
  prefix?: string;
  attribute?: boolean;
  wrapped?: boolean;
}

function element(
  document: JsonObject,
  schema: unknown,
  value: unknown,
  name: string,
  depth: number,
  root = false,
): string {
  const node = resolveLocalRef(document, schema);
  const xml = xmlOf(document, schema);
  const tag = qualified(xml, name);
  const namespace = namespaceAttribute(xml);
  if (depth > MAX_DEPTH) return `<${tag}${namespace}/>`;
  if (Array.isArray(value)) {
    const items = isObject(node) ? node.items : undefined;
    const itemName = xmlOf(document, items).name ?? (root ? (componentName(items) ?? 'item') : name);
    const children = value.map((item) => element(document, items, item, itemName, depth + 1)).join('');
    // A bare list cannot be a document's root: the root is always wrapped.
    if (xml.wrapped === true || root) return `<${tag}${namespace}>${children}</${tag}>`;
    return children;
  }
  if (isObject(value)) {
    let attributes = namespace;
    let children = '';
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) continue;
      const childSchema = isObject(node) ? propertySchema(document, node, key) : undefined;
      const childXml = xmlOf(document, childSchema);
      const childName = childXml.name ?? key;
      if (childXml.attribute === true && (child === null || typeof child !== 'object'))
        attributes += ` ${qualified(childXml, childName)}="${escapeXml(String(child ?? ''))}"`;
      else children += element(document, childSchema, child, childName, depth + 1);
    }
    return children === '' ? `<${tag}${attributes}/>` : `<${tag}${attributes}>${children}</${tag}>`;
  }
  if (value === null || value === undefined) return `<${tag}${namespace}/>`;
  return `<${tag}${namespace}>${escapeXml(String(value))}</${tag}>`;
}

function xmlOf(document: JsonObject, schema: unknown): XmlObject {
  const own = isObject(schema) ? schema.xml : undefined;
  const resolved = resolveLocalRef(document, schema);
  const xml = isObject(own) ? own : isObject(resolved) ? resolved.xml : undefined;
  return isObject(xml) ? (xml as XmlObject) : {};
}

/** `#/components/schemas/Pet` -> `Pet`: the element name OpenAPI gives a referenced schema. */
function componentName(schema: unknown): string | undefined {
  const ref = isObject(schema) ? schema.$ref : undefined;
  if (typeof ref !== 'string') return undefined;
  const name = ref.split('/').at(-1);
  return name && /^[A-Za-z_][\w.-]*$/.test(name) ? name : undefined;
}

function qualified(xml: XmlObject, name: string): string {
  const safe = /^[A-Za-z_][\w.-]*$/.test(name) ? name : name.replace(/^[^A-Za-z_]/, '_$&').replace(/[^\w.-]/g, '_');
  return xml.prefix ? `${xml.prefix}:${safe}` : safe;
}

function namespaceAttribute(xml: XmlObject): string {
  if (!xml.namespace) return '';
  return xml.prefix ? ` xmlns:${xml.prefix}="${escapeXml(xml.namespace)}"` : ` xmlns="${escapeXml(xml.namespace)}"`;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** True for `application/xml`, `text/xml`, `application/atom+xml`... */
export function isXmlMediaType(mediaType: string): boolean {
  const base = (mediaType.split(';')[0] ?? '').trim().toLowerCase();
  return base.endsWith('/xml') || base.endsWith('+xml');
}
