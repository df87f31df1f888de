/**
 * Brackets nested deeper than this make esbuild (and any JavaScript parser) slow: 100,000 levels of `[` took
 * esbuild about 10 s on the 2-core machine, which a 1 MiB upload can hold. No hand-written integration nests
 * anywhere near it.
 */
export const MAX_NESTING_DEPTH = 1000;

/**
 * Where the source first nests brackets (`(`, `[`, `{`) deeper than `limit`, as esbuild counts lines (1-based)
 * and columns (0-based); undefined when it never does. A linear scan that does not parse: brackets inside
 * strings and comments count too, which can only make it refuse a file that nests nearly `limit` deep anyway.
 */
export function findExcessiveNesting(
  source: string,
  limit = MAX_NESTING_DEPTH,
): { line: number; column: number } | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) {
      line += 1;
      lineStart = i + 1;
    } else if (c === 40 || c === 91 || c === 123) {
      depth += 1;
      if (depth > limit) return { line, column: i - lineStart };
    } else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth -= 1;
  }
  return undefined;
}
