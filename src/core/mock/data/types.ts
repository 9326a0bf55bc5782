import type { JsonObject } from '../../contract/types.js';

/** What a value is generated for: the bundled contract (refs local), its dialect, the direction and a seed. */
export interface GenerateContext {
  document: JsonObject;
  openapi: '3.0' | '3.1';
  /** `request` omits readOnly properties, `response` omits writeOnly ones. */
  direction: 'request' | 'response';
  seed: string;
  /** Where the value sits (property names, array indexes): part of the seed and the source of name hints. */
  propertyPath?: string[];
  /**
   * Which `oneOf`/`anyOf` branch to take (index modulo the branch count; default 0, the first). Retries
   * with another variant get past `oneOf` branches that overlap (see generateFitting).
   */
  variant?: number;
  /**
   * The compiled validator's verdict on a schema node of `document` (in this direction). Given, a `oneOf`
   * value is made to fit exactly one branch (see generateOneOf); without it branches are taken as they come.
   */
  fitsNode?: (schema: object) => (value: unknown) => boolean;
}

/** The state of one step of the walk through a schema. */
export interface Walk {
  context: GenerateContext;
  path: string[];
  /** `$ref`s entered on the way here: a ref seen twice means recursion, so only required data follows. */
  refs: string[];
  /** The component (or property) the current object stands for: `User` gives `id: user_123`. */
  entity: string | undefined;
  depth: number;
  /** The `oneOf` branch to take at this node (set by generateOneOf for the node it is searching). */
  branch?: number;
  /** What is left of the `oneOf` search budget of one generated value (nested searches multiply). */
  budget: { left: number };
}

/** A schema with refs followed, `allOf` merged and one `oneOf`/`anyOf` branch chosen. */
export interface FlatSchema extends JsonObject {
  /** Patterns of merged `allOf` branches beyond the first (checked, not generated from). */
  'x-mf-patterns'?: string[];
}
