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
  const response =
    operation.responses.get(String(status)) ??
    operation.responses.get(`${String(status)[0]}XX`) ??
    operation.responses.get('default');
  return response?.content.get(mediaType);
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
  const response =
    operation?.responses.get(String(status)) ??
    operation?.responses.get(`${String(status)[0]}XX`) ??
    operation?.responses.get('default');
  return response?.headers ?? {};
}
