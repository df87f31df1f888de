import type { Ast } from './ast.js';

/*
 * The statement shapes the DML and MERGE analysis reads, as sqlparser-rs serialises them. Only the fields read
 * are listed; expressions, FROM items and object names below them stay `Ast` (see ast.ts). Fields that moved
 * between parser versions list both shapes.
 */

/** A FROM item and its joins. */
export interface TableWithJoins {
  relation?: Ast;
  joins?: Ast[];
}

/** `SET c = expr` (`target.ColumnName`), `SET (a, b) = (…)` (`target.Tuple`); older parsers name it `id`. */
export interface Assignment {
  target?: { ColumnName?: Ast; Tuple?: Ast[] };
  id?: Ast[];
  value: Ast;
}

/** `INSERT INTO t [(columns)] source`; `table` is an object name, or `{ TableName }` in newer parsers. */
export interface Insert {
  table?: Ast;
  columns?: Ast[];
  source?: Ast;
  overwrite?: boolean;
}

/** `UPDATE t SET … [FROM …] [WHERE …]`. */
export interface Update {
  table?: TableWithJoins;
  assignments?: Assignment[];
  /** FROM after SET (PostgreSQL) or before it (Snowflake); older parsers give the list itself. */
  from?: { AfterSet?: TableWithJoins[]; BeforeSet?: TableWithJoins[] } | TableWithJoins[] | null;
  selection?: Ast;
}

/** `DELETE [tables] FROM … [USING …] [WHERE …]`. */
export interface Delete {
  /** MySQL's multi-table form names its targets before FROM. */
  tables?: Ast[];
  from?: { WithFromKeyword?: TableWithJoins[]; WithoutKeyword?: TableWithJoins[] };
  using?: TableWithJoins[] | null;
  selection?: Ast;
}

/** `MERGE INTO table USING source ON on WHEN … THEN …`. */
export interface Merge {
  table: Ast;
  source: Ast;
  on: Ast;
  clauses?: MergeClause[];
}

/** `WHEN [NOT] MATCHED [AND predicate] THEN action`. */
export interface MergeClause {
  predicate?: Ast;
  action?: MergeAction;
}

/** `UPDATE SET …`, `INSERT …`, or the unit variant `"Delete"`. */
export type MergeAction = string | { Update?: { assignments?: Assignment[] }; Insert?: MergeInsert };

/** `INSERT [(columns)] VALUES (…)` or `INSERT ROW` (the unit variant `"Row"`). */
export interface MergeInsert {
  columns?: Ast[];
  kind?: string | { Values?: { rows?: Array<Ast[] | { content?: Ast[] }> } };
}
