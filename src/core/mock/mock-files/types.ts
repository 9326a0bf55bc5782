/** One media type of a response in a mock data file. */
export interface MockMediaData {
  mediaType: string;
  /** The body served by default; undefined when the file gives none (the server falls back to the contract). */
  body: { value: unknown } | undefined;
  /** Named examples (`Prefer: example=<name>`). */
  examples: Map<string, unknown>;
  line: number;
}

/** One response (status key as in the contract: `200`, `4XX`, `default`) of a mock data file. */
export interface MockResponseData {
  status: string;
  headers: Record<string, unknown>;
  content: Map<string, MockMediaData>;
  line: number;
}

/** The mock data of one operation, read from one file. */
export interface MockOperationData {
  file: string;
  method: string;
  path: string;
  /** Pointer of the operation in the bundled contract (how the server names operations). */
  operationPointer: string;
  responses: Map<string, MockResponseData>;
}

/** Mock data that does not fit the contract: served anyway (hand edits win), reported as a warning. */
export interface MockFileWarning {
  file: string;
  line: number;
  message: string;
}

/** Everything read from one mock data folder. */
export interface MockData {
  dir: string;
  /** By operation pointer. */
  operations: Map<string, MockOperationData>;
  warnings: MockFileWarning[];
}

/** A file as `mockforge generate` would write it. */
export interface RenderedMockFile {
  /** File name inside the output folder. */
  name: string;
  /** `GET /api/users/{id}`. */
  operation: string;
  text: string;
}
