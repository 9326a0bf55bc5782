/** One HTTP request as sent (for the transport and for the curl reproduction). */
export interface PlannedRequest {
  method: string;
  /** Absolute URL. */
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface TransportResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  body: string;
  /** The body was cut at the size limit: its schema is not checked (a cut body is not drift). */
  truncated?: boolean;
}

/** Sends one request; rejects with a TargetProblem-classifiable error when the target cannot answer. */
export type Transport = (request: PlannedRequest, timeoutMs: number) => Promise<TransportResponse>;
