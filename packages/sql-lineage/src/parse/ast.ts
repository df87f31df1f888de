/**
 * The parser's JSON AST (sqlparser-rs, serialised by serde): enums are objects with one key naming the
 * variant (`{ Select: {...} }`), unit variants are strings (`"None"`). It is deliberately untyped here: the
 * typings shipped with sqlparser-ts lag behind the Rust AST, and only `parse/`, `scope/` and `lineage/` read it.
 */
// biome-ignore lint/suspicious/noExplicitAny: the parser's JSON AST has no trustworthy static type (see above).
export type Ast = any;

/** The single variant key of an enum node (`{ Select: {...} }` → `Select`), or the string of a unit variant. */
export function variantOf(node: Ast): string | undefined {
  if (typeof node === 'string') return node;
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
  for (const key in node) return key;
  return undefined;
}

/** An identifier as the parser gives it. */
export interface Ident {
  value: string;
  quote_style?: string | null;
}

/**
 * The parts of an object name. sqlparser-rs writes them as `[{ Identifier: ident }]`; older shapes and some
 * statements use bare idents. Parts with a dot inside a single quoted identifier (BigQuery `proj.ds.t` in
 * backticks) are already split by the parser.
 */
export function objectNameParts(name: Ast): Ident[] {
  const list: Ast[] = Array.isArray(name) ? name : (name?.ObjectName ?? name?.TableName ?? []);
  const parts: Ident[] = [];
  for (const part of list) {
    const ident = part?.Identifier ?? part;
    if (ident && typeof ident.value === 'string') parts.push(ident);
  }
  return parts;
}

/** The first source position found in a subtree (depth-first), used to locate statements. */
export function firstPosition(node: Ast, depth = 0): { line: number; column: number } | undefined {
  if (node === null || typeof node !== 'object' || depth > 12) return undefined;
  const span = node.span;
  if (span?.start && typeof span.start.line === 'number' && span.start.line > 0) return span.start;
  for (const key in node) {
    const found = firstPosition(node[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}
