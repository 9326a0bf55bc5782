import type { SourceLocation } from '../errors.js';

/** Expected status: a list of inclusive ranges (`200` is [200, 200], `2xx` is [200, 299]). */
export interface StatusExpectation {
  /** As written, for messages. */
  text: string;
  ranges: Array<[number, number]>;
}

export type MatchMode = 'subset' | 'exact';

export interface ScenarioRequest {
  /** Upper-case. */
  method: string;
  /** May hold `${var}` placeholders, substituted at run time. */
  path: string;
  query: Record<string, string | number | boolean | Array<string | number | boolean>>;
  headers: Record<string, string>;
  body?: unknown;
  hasBody: boolean;
}

export interface ScenarioExpectedResponse {
  status: StatusExpectation;
  headers: Record<string, string>;
  body?: unknown;
  hasBody: boolean;
}

export interface ScenarioStep {
  /** 0-based position in `steps`. */
  index: number;
  name: string;
  service: string;
  request: ScenarioRequest;
  response: ScenarioExpectedResponse;
  /** Variable name -> JSONPath into the response body (`$.id`). */
  capture: Record<string, string>;
  match: MatchMode;
  timeoutMs: number;
  /** JSON pointer of the step in the scenario file, e.g. `/steps/2`. */
  pointer: string;
  /** Where the step starts (its `name:` line). */
  location: SourceLocation;
}

export interface Scenario {
  /** Absolute path. */
  file: string;
  name: string;
  description: string;
  steps: ScenarioStep[];
  /** Where any pointer of the file was written (nearest existing ancestor for a missing key). */
  locate(pointer: string): SourceLocation;
}
