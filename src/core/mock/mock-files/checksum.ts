import { createHash } from 'node:crypto';

const CHECKSUM_LINE = /^# mockforge-checksum: ([0-9a-f]{16})\n/m;

/** The first 16 hex digits of the SHA-256 of the data part of a file (everything after the header). */
export function checksumOf(data: string): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 16);
}

/**
 * True when a file still holds exactly what `mockforge generate` wrote (its data matches the checksum in
 * its header): it may be regenerated. A file without the line, or edited since, is the user's.
 */
export function isUntouched(text: string): boolean {
  const match = CHECKSUM_LINE.exec(text);
  if (!match) return false;
  const data = text.slice((match.index ?? 0) + match[0].length);
  return checksumOf(data) === match[1];
}

export function checksumLine(data: string): string {
  return `# mockforge-checksum: ${checksumOf(data)}\n`;
}
