import type { AnalyzeOptions, SchemaMap } from '../src/index.js';

/**
 * One `.sql` case, in the manner of sqlglot's optimizer fixtures: header comments give the options and the
 * expectations, the rest of the file is the SQL.
 *
 *   -- dialect: postgres
 *   -- default_schema: public          (also default_database)
 *   -- schema: {"public.t": ["a", "b"]}
 *   -- expect sources: public.t, public.u      (exact set; "-" for none)
 *   -- expect targets: public.x
 *   -- expect intermediates: tmp
 *   -- expect edge: public.t.a -> public.x.a          (direct edges: exact set when any is given; "-" for none)
 *   -- expect indirect: public.t.k -> public.x.a      (must be present)
 *   -- expect no-edge: public.t.z -> public.x.a       (must be absent, any kind)
 *   -- expect error: parse_error at 3:10               (code and position of a diagnostic)
 *   -- expect statements: insert, drop                 (statement types in order)
 *
 * A result-set column (plain SELECT) is written `(result).col`.
 */
export interface CaseFile {
  options: AnalyzeOptions;
  sources?: string[];
  targets?: string[];
  intermediates?: string[];
  directEdges?: string[];
  indirectEdges: string[];
  absentEdges: string[];
  errors: string[];
  statementTypes?: string[];
  sql: string;
}

const list = (value: string): string[] =>
  value.trim() === '-'
    ? []
    : value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);

/** Parses the header of a case file; throws naming the line for a header it does not understand. */
export function parseCaseFile(text: string, file: string): CaseFile {
  const result: CaseFile = { options: {}, indirectEdges: [], absentEdges: [], errors: [], sql: text };
  text.split('\n').forEach((line, i) => {
    const header = /^--\s*(expect [a-z-]+|dialect|default_schema|default_database|schema):\s*(.*)$/.exec(
      line.trim(),
    );
    if (!header) return;
    const [, key, value = ''] = header;
    switch (key) {
      case 'dialect':
        result.options.dialect = value.trim();
        break;
      case 'default_schema':
        result.options.defaultSchema = value.trim();
        break;
      case 'default_database':
        result.options.defaultDatabase = value.trim();
        break;
      case 'schema':
        result.options.schema = JSON.parse(value) as SchemaMap;
        break;
      case 'expect sources':
        result.sources = list(value);
        break;
      case 'expect targets':
        result.targets = list(value);
        break;
      case 'expect intermediates':
        result.intermediates = list(value);
        break;
      case 'expect edge':
        result.directEdges = [
          ...(result.directEdges ?? []),
          ...(value.trim() === '-' ? [] : [normalizeEdge(value)]),
        ];
        break;
      case 'expect indirect':
        result.indirectEdges.push(normalizeEdge(value));
        break;
      case 'expect no-edge':
        result.absentEdges.push(normalizeEdge(value));
        break;
      case 'expect error':
        result.errors.push(value.trim());
        break;
      case 'expect statements':
        result.statementTypes = list(value);
        break;
      default:
        throw new Error(`${file}:${i + 1}: unknown header "${key}"`);
    }
  });
  return result;
}

function normalizeEdge(value: string): string {
  return value.trim().replace(/\s*->\s*/, ' -> ');
}

/** Writes an edge the way case files do: `table.column -> table.column`. */
export function edgeText(edge: {
  from: { table: string | null; column: string };
  to: { table: string | null; column: string };
}): string {
  const side = (ref: { table: string | null; column: string }) => `${ref.table ?? '(result)'}.${ref.column}`;
  return `${side(edge.from)} -> ${side(edge.to)}`;
}
