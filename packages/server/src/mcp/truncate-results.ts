/** The longest tool result, in characters: assistants pay for every one, and a whole graph helps no one. */
export const MAX_RESULT_CHARS = 60_000;
/** The longest text field of an entity returned whole. */
export const MAX_FIELD_CHARS = 8_000;

/** The first `limit` items, and a note saying how many there were when some were left out. */
export function limitList<T>(
  items: readonly T[],
  limit: number,
  what: string,
  total = items.length,
): { items: T[]; note: string | undefined } {
  if (total <= limit && items.length <= limit) return { items: [...items], note: undefined };
  const shown = items.slice(0, limit);
  return {
    items: shown,
    note: `truncated: showing ${shown.length} of ${total} ${what}; raise limit or narrow the request to see more`,
  };
}

/** An entity with its long text fields cut, and a `note` naming them. */
export function limitText(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const copy: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  const cut: string[] = [];
  for (const [key, value] of Object.entries(copy)) {
    if (typeof value === 'string' && value.length > MAX_FIELD_CHARS) {
      copy[key] = value.slice(0, MAX_FIELD_CHARS);
      cut.push(`${key} (${value.length} characters)`);
    }
  }
  if (cut.length > 0) copy.note = `truncated to ${MAX_FIELD_CHARS} characters: ${cut.join(', ')}`;
  return copy;
}
