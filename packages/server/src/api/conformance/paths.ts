/**
 * The four spellings of one API path that Secoda's docs use (compat.md §8): with and without the `/api/v1`
 * prefix, with and without the trailing slash. Conformance tests replay each documented request under all four.
 */
export function spellingsOf(path: string): string[] {
  const bare = path.replace(/^\/api\/v1/, '').replace(/\/$/, '');
  return [`/api/v1${bare}`, `/api/v1${bare}/`, bare, `${bare}/`];
}

/** Query strings go after the path's spelling. */
export function withQuery(path: string, query: Record<string, string>): string {
  return `${path}?${new URLSearchParams(query).toString()}`;
}
