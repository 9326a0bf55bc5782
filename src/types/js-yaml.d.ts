// The part of js-yaml 4 that mockforge uses (the package ships no types).
declare module 'js-yaml' {
  export interface Mark {
    line: number;
    column: number;
  }
  export class YAMLException extends Error {
    reason: string;
    mark: Mark | undefined;
  }
  export type Schema = object;
  export const CORE_SCHEMA: Schema;
  export function load(text: string, options?: { filename?: string; json?: boolean; schema?: Schema }): unknown;
}
