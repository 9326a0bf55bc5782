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
  export function load(text: string, options?: { filename?: string; json?: boolean }): unknown;
}
