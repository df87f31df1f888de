import type { Ast, Ident } from './ast.js';

/**
 * Second chances for statements the parser rejects, each keeping the statement's lineage. Two kinds:
 *
 * - rewrites: the text minus a clause that says nothing about lineage, or in another dialect's grammar that
 *   has the statement (`retryDialect`);
 * - recognisers: a whole statement the parser has no grammar for, read here and returned as a small
 *   synthetic node that `lineage/statements.ts` understands.
 *
 * Only tried after the normal parse failed, so well-formed SQL never pays for them.
 */
export interface Retry {
  sql: string;
  /** Parse in this dialect instead of the statement's own. */
  retryDialect?: string;
}

/** Rewrites worth a second parse, in the order to try them (none when nothing applies). */
export function rewritesFor(sql: string): Retry[] {
  const retries: Retry[] = [];
  const withoutProperties = removeClauses(sql, PROPERTY_CLAUSE);
  if (withoutProperties !== sql) retries.push({ sql: withoutProperties });
  const withoutFields = removeStructFieldExclusions(sql);
  if (withoutFields !== sql) retries.push({ sql: withoutFields });
  if (COPY_INTO.test(sql)) {
    // Azure Synapse / Fabric `COPY INTO t FROM 'url' [WITH (...)]`: Snowflake's grammar has the statement; the
    // load options say nothing about lineage.
    retries.push({ sql: removeClauses(sql, /\bWITH\s*(?=\()/gi), retryDialect: 'snowflake' });
  }
  return retries;
}

/** Hive/Spark storage properties: their values are regexes and paths whose escapes the parser misreads. */
const PROPERTY_CLAUSE = /\b(?:WITH\s+SERDEPROPERTIES|TBLPROPERTIES)\s*(?=\()/gi;

const COPY_INTO = /^(?:\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*COPY\s+INTO\b/i;

/** Removes each match of `head` together with the parenthesised list after it (quotes and escapes honoured). */
function removeClauses(sql: string, head: RegExp): string {
  let out = '';
  let from = 0;
  for (const match of sql.matchAll(head)) {
    if (match.index < from) continue;
    const close = closingParen(sql, match.index + match[0].length);
    if (close < 0) return sql;
    out += `${sql.slice(from, match.index)} `;
    from = close + 1;
  }
  return from === 0 ? sql : out + sql.slice(from);
}

/** Index of the `)` closing the `(` at `open`, skipping quoted text with backslash escapes; -1 if none. */
function closingParen(sql: string, open: number): number {
  let depth = 0;
  for (let i = open; i < sql.length; i++) {
    const ch = sql[i];
    if (ch === "'" || ch === '"' || ch === '`') {
      for (i++; i < sql.length && sql[i] !== ch; i++) if (sql[i] === '\\') i++;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Databricks/BigQuery `* EXCEPT (col.field)` leaves out a field of a struct column; the column itself stays in
 * the output, so for lineage the item is dropped (and the whole clause when nothing else is listed).
 */
function removeStructFieldExclusions(sql: string): string {
  return sql.replace(
    /\*(\s*)(EXCEPT|EXCLUDE)\s*\(([^()]*)\)/gi,
    (whole, space: string, word: string, list) => {
      const items = String(list).split(',');
      const columns = items.filter((item) => !/^\s*[\w`"]+\s*\.\s*[\w`"]+/.test(item));
      if (columns.length === items.length) return whole;
      return columns.length === 0 ? '*' : `*${space}${word} (${columns.join(',')})`;
    },
  );
}

/** An identifier part: "quoted", `quoted`, [quoted] or bare. */
const PART = String.raw`(?:"(?:[^"]|"")+"|\x60(?:[^\x60]|\x60\x60)+\x60|\[[^\]]+\]|[A-Za-z_][\w$]*)`;
const NAME = String.raw`${PART}(?:\s*\.\s*${PART})*`;

/**
 * Hive `ALTER TABLE t EXCHANGE PARTITION (spec) WITH TABLE s`: moves the partition's rows from s into t.
 * Returned as `{ ExchangePartition: { name, source } }` with the parser's object-name shape.
 */
const EXCHANGE_PARTITION = new RegExp(
  String.raw`^(?:\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*ALTER\s+TABLE\s+(${NAME})\s+EXCHANGE\s+PARTITION\s*\([^()]*\)\s*WITH\s+TABLE\s+(${NAME})\s*;?\s*$`,
  'i',
);

/**
 * Spark/Hive session and catalog commands the parser lacks, which move no data: `REFRESH TABLE t`,
 * `ADD JAR path`, `CREATE [TEMPORARY] FUNCTION f AS 'cls' USING JAR 'path'`, `SET key` (shows a setting).
 */
const NO_LINEAGE: Array<[string, RegExp]> = [
  ['RefreshTable', /^REFRESH\s+(?:TABLE\s+)?[^\s;]+\s*;?\s*$/i],
  ['AddResource', /^(?:ADD|LIST)\s+(?:JARS?|FILES?|ARCHIVES?)\b[^;]*;?\s*$/i],
  [
    'CreateFunction',
    /^CREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?FUNCTION\b[^;]*\bUSING\s+(?:JAR|FILE|ARCHIVE)\b[^;]*;?\s*$/i,
  ],
  ['ShowSetting', /^SET\s+[\w.]+\s*;?\s*$/i],
];

const LEADING_COMMENTS = /^(?:\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*/;

/** A synthetic node for a statement the parser has no grammar for, or `undefined`. */
export function recognizeStatement(sql: string): Ast | undefined {
  const exchange = EXCHANGE_PARTITION.exec(sql);
  if (exchange) {
    return {
      ExchangePartition: { name: objectName(exchange[1] ?? ''), source: objectName(exchange[2] ?? '') },
    };
  }
  const text = sql.slice(LEADING_COMMENTS.exec(sql)?.[0].length ?? 0);
  for (const [kind, pattern] of NO_LINEAGE) if (pattern.test(text)) return { [kind]: {} };
  return undefined;
}

/** `a."B".[c]` → the parser's `[{ Identifier: { value, quote_style } }]`. */
function objectName(text: string): Ast[] {
  const parts = text.match(new RegExp(PART, 'g')) ?? [];
  return parts.map((part) => ({ Identifier: unquote(part) }));
}

function unquote(part: string): Ident {
  const open = part[0] ?? '';
  if (open === '"' || open === '`') {
    return { value: part.slice(1, -1).replaceAll(open + open, open), quote_style: open };
  }
  if (open === '[') return { value: part.slice(1, -1), quote_style: '[' };
  return { value: part, quote_style: null };
}
