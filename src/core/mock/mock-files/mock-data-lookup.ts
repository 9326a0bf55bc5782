import { byStatus } from '../response/status-key.js';
import type { MockData, MockMediaData } from './types.js';

/**
 * The mock file data for a response: the exact status, then its range (`4XX`), then `default`; the media
 * type as negotiated. With `example`, the named example. Undefined when the files say nothing about it.
 */
export function findMockMedia(
  data: MockData,
  operationPointer: string,
  status: number,
  mediaType: string,
): MockMediaData | undefined {
  const operation = data.operations.get(operationPointer);
  if (!operation) return undefined;
  return byStatus(operation.responses, status)?.content.get(mediaType);
}

/** The body to serve (`Prefer: example=<name>` picks a named example), if the files give one. */
export function findMockBody(
  data: MockData,
  operationPointer: string,
  status: number,
  mediaType: string,
  example?: string,
): { value: unknown } | undefined {
  const media = findMockMedia(data, operationPointer, status, mediaType);
  if (!media) return undefined;
  if (example !== undefined) return media.examples.has(example) ? { value: media.examples.get(example) } : undefined;
  return media.body;
}

/** Response headers given by the files for a status (exact, range, default). */
export function findMockHeaders(data: MockData, operationPointer: string, status: number): Record<string, unknown> {
  const operation = data.operations.get(operationPointer);
  return (operation && byStatus(operation.responses, status)?.headers) ?? {};
}
