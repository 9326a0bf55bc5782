import { resolveLocalRef } from '../contract/resolve-ref.js';
import type { JsonObject, Operation } from '../contract/types.js';
import { arrayItems, declaredProperties, propertySchema, schemaShape } from '../mock/params/convert-strings.js';
import { isObject } from '../source/json-object.js';

/**
 * The parameters a request sends (the required ones) whose value OpenAPI defines no serialization for: an
 * array of objects or of arrays (AWS's `Tags` in the query, in every style), or an object with such
 * properties in a style other than `deepObject`. validate writes them as JSON text, which a service may
 * read or refuse: a refusal says nothing about the service. A `content` parameter names its own media
 * type and is fine. Labels like `query Tags (an array of objects)`.
 */
export function unserializableParameters(document: JsonObject, operation: Operation): string[] {
  const found: string[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.required !== true || parameter.content !== undefined) continue;
    const where = String(parameter.in);
    const schema = resolveLocalRef(document, parameter.schema);
    if (!isObject(schema)) continue;
    const shape = schemaShape(document, schema);
    const label = `${where} ${String(parameter.name)}`;
    if (shape === 'array') {
      const items = schemaShape(document, arrayItems(document, schema));
      if (items !== 'primitive') found.push(`${label} (an array of ${items}s)`);
    } else if (shape === 'object' && parameter.style !== 'deepObject') {
      const nested = [...declaredProperties(document, schema)].find(
        (name) => schemaShape(document, propertySchema(document, schema, name)) !== 'primitive',
      );
      if (nested !== undefined) found.push(`${label} (an object whose '${nested}' is not a primitive value)`);
    }
  }
  return found;
}
