import type { Diagnostic } from '../contract/types.js';
import { ErrorCode, MockforgeError } from '../errors.js';
import type { DiffLocation } from './types.js';

const REF_PROBLEMS = new Set<string>([
  ErrorCode.RefRefused,
  ErrorCode.RefUnresolved,
  ErrorCode.RefInvalid,
  ErrorCode.RefCycle,
]);
const LISTED = 20;

/**
 * A side whose refs could not all be followed (refused, unreadable, missing in their file, looping) would
 * be compared with "any" in their place: a refused ref would read as a breaking type change, a missing file
 * as no change at all. The diff stops instead, naming every such ref at its line; the tutorial's gap (a
 * `#/components/...` defined in no file, a warning) is compared as written.
 */
export function assertComplete(
  contract: { file: string; diagnostics: readonly Diagnostic[] },
  present: (location: DiffLocation) => DiffLocation,
): void {
  const problems = contract.diagnostics.filter((d) => d.severity === 'error' && REF_PROBLEMS.has(d.code));
  const [first] = problems;
  if (!first) return;
  const where = (d: Diagnostic) => {
    const at = present(d.location);
    return `${at.file}:${at.line}${at.ref ? ` @ ${at.ref}` : ''}`;
  };
  const listed = problems.slice(0, LISTED).map((d) => `\n  ${where(d)}: ${d.message} [${d.code}]`);
  const more = problems.length > LISTED ? `\n  ... and ${problems.length - LISTED} more` : '';
  const file = present({ file: contract.file, line: 1, column: 1 }).file;
  throw new MockforgeError(
    first.code as ErrorCode,
    `${problems.length} $ref(s) of ${file} cannot be followed:${listed.join('')}${more}\nnothing was compared: part of the contract is out of sight`,
    {
      location: present(first.location),
      hint: 'fix or remove these refs (run mockforge lint on the contract); a diff that cannot see all of a contract never passes',
    },
  );
}
