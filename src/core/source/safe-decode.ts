/** A percent-decoded URL segment; one that is not valid percent-encoding (`100%`) stays as it is. */
export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
