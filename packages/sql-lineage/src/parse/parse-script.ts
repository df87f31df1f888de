import { type DialectInput, init, parse } from '@guanmingchiu/sqlparser-ts';
import type { Diagnostic } from '../model.js';
import { type Ast, firstPosition } from './ast.js';
import { recognizeStatement, rewritesFor } from './rewrite-unparsed.js';
import { positionAt, type ScriptChunk, splitStatements } from './split-statements.js';

// The WASM module is compiled once when this package is first imported (~70 ms), so `analyze` can stay
// synchronous. This file is the only importer of the npm parser (see PARSER.md for why this one).
await init();

/** One parsed top-level statement and the 1-based line it starts on. */
export interface ParsedStatement {
  node: Ast;
  line: number;
  /** Taken from a procedure or block body (where `SELECT ... INTO x` assigns variables in most dialects). */
  inBlock?: boolean;
}

/** Statements that parsed, and one `parse_error` diagnostic per piece that did not. */
export interface ParsedScript {
  statements: ParsedStatement[];
  errors: Diagnostic[];
}

/**
 * Parses a script. The whole text is tried first (fast path, and the only way to parse `BEGIN ... END` bodies);
 * if that fails, the script is split at top-level semicolons and each piece is parsed alone, so that one bad
 * statement costs only its own lineage. Never throws.
 */
export function parseScript(sql: string, parserDialect: string): ParsedScript {
  const whole = tryParse(sql, parserDialect);
  if (whole.ok) return { statements: locate(whole.nodes, 1), errors: [] };
  const body = blockBody(sql);
  if (body) {
    const inner = parseScript(body.text, parserDialect);
    if (inner.statements.length > 0) return shiftLines(inner, body.line - 1);
  }
  const statements: ParsedStatement[] = [];
  const errors: Diagnostic[] = [];
  const chunks = splitStatements(sql);
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i] as ScriptChunk;
    const result = tryParse(chunk.text, parserDialect);
    if (result.ok) {
      statements.push(...locate(result.nodes, chunk.line));
      continue;
    }
    const body = chunks.length > 1 ? blockBody(chunk.text) : undefined;
    if (body) {
      const inner = shiftLines(parseScript(body.text, parserDialect), chunk.line + body.line - 2);
      statements.push(...inner.statements);
      errors.push(...inner.errors);
      continue;
    }
    const line = chunk.line + result.line - 1;
    const column = result.line === 1 ? chunk.column + result.column - 1 : result.column;
    // T-SQL scripts often omit semicolons: "end of statement expected" where a new statement starts means
    // two statements; parse them apart.
    const cut = /^Expected: end of statement, found: (\S+)/.exec(result.message);
    const offset = cut ? offsetOf(chunk.text, result.line, result.column) : 0;
    const head = chunk.text.slice(0, offset);
    if (cut && offset > 0 && head.trim() !== '') {
      if (STATEMENT_START.test(cut[1] ?? '')) {
        chunks.splice(i, 1, { ...chunk, text: head }, { text: chunk.text.slice(offset), line, column });
        i--;
        continue;
      }
      // A clause the parser does not know at the end of a statement (Spark `USING csv`, `CROSS JOIN ... ON`):
      // the part before it usually carries the lineage. Kept, with a warning that the rest was ignored.
      const partial = tryParse(head, parserDialect);
      if (partial.ok) {
        statements.push(...locate(partial.nodes, chunk.line));
        const message = `${result.message}; the statement was analysed up to here, the rest ignored`;
        errors.push({ severity: 'warning', code: 'partial_parse', message, line, column });
        continue;
      }
    }
    errors.push({ severity: 'error', code: 'parse_error', message: result.message, line, column });
  }
  return { statements, errors };
}

/** Keywords that begin a statement (for splitting scripts without semicolons). */
const STATEMENT_START =
  /^(select|insert|update|delete|merge|create|drop|alter|with|truncate|exec|execute|declare|set|if|begin|print|use|go)$/i;

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

/** `CREATE [OR REPLACE] [kind] VIEW|TABLE name <options> AS <query>`: 1 = up to the name, 3 = the query. */
const CREATE_WITH_OPTIONS =
  /^((?:\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*CREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:TEMP|TEMPORARY|MATERIALIZED|SECURE|TRANSIENT|LOCAL|GLOBAL)\s+)*(?:VIEW|TABLE)\s+(?:IF\s+NOT\s+EXISTS\s+)?[^\s(]+)([\s\S]*?)\bAS\s+(\(?\s*(?:SELECT|WITH)\b[\s\S]*)$/i;

/** `INSERT INTO t [(cols)] ( <query> )`: 1 = up to the column list, 2 = the query inside the parentheses. */
const INSERT_PARENTHESISED_QUERY =
  /^((?:\s|--[^\n]*\n)*INSERT\s+(?:INTO|OVERWRITE\s+TABLE)\s+[^\s(]+\s*(?:\([^()]*\)\s*)?)\(\s*((?:WITH|SELECT)\b[\s\S]*)\)\s*;?\s*$/i;

type ParseAttempt = { ok: true; nodes: Ast[] } | { ok: false; message: string; line: number; column: number };

function tryParse(sql: string, dialect: string): ParseAttempt {
  const first = parseOnce(sql, dialect);
  if (first.ok) return first;
  // Query logs and test suites often label SQL with the wrong dialect (Hive's INSERT OVERWRITE ... PARTITION
  // sent as postgres); the permissive generic dialect gets a second chance before we give up.
  if (dialect !== 'generic') {
    const generic = parseOnce(sql, 'generic');
    if (generic.ok) return generic;
  }
  // Table and view options the parser does not know (Snowflake `WITH TAG (...)`, Redshift `AUTO REFRESH YES`,
  // `DISTKEY`/`SORTKEY`): they say nothing about lineage, so the statement is retried without them.
  const createAs = CREATE_WITH_OPTIONS.exec(sql);
  if (createAs?.[2]?.trim()) {
    const retry = parseOnce(`${createAs[1]} AS ${createAs[3]}`, dialect);
    if (retry.ok) return retry;
  }
  // `INSERT INTO t (WITH ... SELECT ...)`: a parenthesised query with a WITH clause, retried without the
  // parentheses.
  const insertParens = INSERT_PARENTHESISED_QUERY.exec(sql);
  if (insertParens) {
    const retry = parseOnce(`${insertParens[1]} ${insertParens[2]}`, dialect);
    if (retry.ok) return retry;
  }
  // DB2/Netezza date arithmetic (`d + 30 days`, used by the TPC-DS query texts) is not SQL any parser knows;
  // rewritten to an interval it parses, and the lineage is the same.
  if (/\b\d+\s+days\b/i.test(sql)) {
    const retry = parseOnce(sql.replace(/\b(\d+)\s+days\b/gi, "INTERVAL '$1' DAY"), dialect);
    if (retry.ok) return retry;
  }
  // Clauses the parser misreads and statements only another grammar (or none) has: see rewrite-unparsed.ts.
  for (const rewrite of rewritesFor(sql)) {
    const retry = parseOnce(rewrite.sql, rewrite.retryDialect ?? dialect);
    if (retry.ok) return retry;
  }
  const recognized = recognizeStatement(sql);
  if (recognized) return { ok: true, nodes: [recognized] };
  return first;
}

function parseOnce(sql: string, dialect: string): ParseAttempt {
  // A failed parse throws; recovery may try several times, and capturing stack traces we never read is the
  // costly part of an exception in V8.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return { ok: true, nodes: parse(sql, dialect as DialectInput) as Ast[] };
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    const at = /at Line: (\d+), Column: (\d+)/.exec(message);
    return {
      ok: false,
      message: message.replace(/^sql parser error: /, '').replace(/ at Line: \d+, Column: \d+$/, ''),
      line: at ? Number(at[1]) : 1,
      column: at ? Number(at[2]) : 1,
    };
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/**
 * The body of a text that is one procedure or block, for bodies the parser does not take as they are:
 * `CREATE PROCEDURE ... AS $$ ... $$` (PostgreSQL procedures, Snowflake Scripting), `CREATE PROCEDURE p()
 * BEGIN ... END` (BigQuery, MySQL), a bare `BEGIN ... END` and a plpgsql `DECLARE ... BEGIN ... END`. The
 * statements inside still carry the lineage. `undefined` when the text is anything else (e.g. a whole script).
 */
function blockBody(sql: string): { text: string; line: number } | undefined {
  const lead = /^(?:\s+|--[^\n]*\n?|\/\*[\s\S]*?\*\/)*/.exec(sql)?.[0].length ?? 0;
  const text = sql.slice(lead);
  const quoted = /^CREATE\b[^;]*?\b(?:PROCEDURE|FUNCTION)\b[^;]*?\$(\w*)\$([\s\S]*?)\$\1\$([\s\S]*)$/i.exec(
    text,
  );
  if (quoted?.[2] && /^[\s\w;=',()]*$/.test(quoted[3] ?? '')) {
    const start = lead + text.indexOf(`$${quoted[1]}$`) + (quoted[1]?.length ?? 0) + 2;
    return { text: quoted[2], line: positionAt(sql, start).line };
  }
  const head = /^(?:CREATE\b[^;]*?\b(?:PROCEDURE|FUNCTION)\b[^;]*?|DECLARE\b[\s\S]*?)?\bBEGIN\b/i.exec(text);
  const end = /\bEND\b\s*\w*\s*;?\s*$/i.exec(text);
  if (!head || !end || end.index <= head[0].length) return undefined;
  const start = lead + head[0].length;
  return { text: sql.slice(start, lead + end.index), line: positionAt(sql, start).line };
}

function shiftLines(script: ParsedScript, by: number): ParsedScript {
  return {
    statements: script.statements.map((s) => ({ ...s, line: s.line + by, inBlock: true })),
    errors: script.errors.map((e) => ({ ...e, line: e.line + by })),
  };
}

function locate(nodes: Ast[], lineOffset: number): ParsedStatement[] {
  return nodes.map((node) => ({ node, line: (firstPosition(node)?.line ?? 1) + lineOffset - 1 }));
}
