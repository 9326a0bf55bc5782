import type { ParameterLocation } from '../params/parameter-spec.js';

/** One reason a request does not fit its operation, as listed in a 422 problem. */
export interface RequestIssue {
  in: ParameterLocation | 'body' | 'security';
  /** Parameter name, the JSON pointer inside the body, or the security scheme(s). */
  name: string;
  message: string;
  /** `file:line` of the contract node that was violated. */
  location?: string;
  /** The schema keyword that failed (`required`, `maximum`...), when a schema did. */
  keyword?: string;
}
