/** Timestamps are stored and answered as ISO-8601 UTC text with milliseconds, so they also sort as text. */
export function nowIso(): string {
  return new Date().toISOString();
}
