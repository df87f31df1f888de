import type { ColumnEdge, TableName } from '../model.js';
import type { Ast } from '../parse/index.js';
import type { Env } from './env.js';

/** What one statement does, before the script-level pass composes statements. */
export interface StatementOutcome {
  type: string;
  sources: Map<string, TableName>;
  targets: Map<string, TableName>;
  edges: ColumnEdge[];
  /** CTAS, CREATE VIEW, INSERT OVERWRITE replace the target's content; INSERT, UPDATE, MERGE add to it. */
  replacesTarget: boolean;
  /** The targets are temporary tables (CREATE TEMPORARY, SELECT INTO TEMP): followed through, not reported. */
  isTemporary: boolean;
  /** Tables removed by DROP. */
  dropped: string[];
  /** Renames (`from` → `to`, keys): the script pass moves what the script wrote under `from` to `to`. */
  renames: Array<{ from: string; to: string }>;
  /** Statements of a procedure or block body, analysed in its place. */
  nested: Ast[];
}

/** An outcome with nothing in it. */
export function emptyOutcome(type: string): StatementOutcome {
  return {
    type,
    sources: new Map(),
    targets: new Map(),
    edges: [],
    replacesTarget: false,
    isTemporary: false,
    dropped: [],
    renames: [],
    nested: [],
  };
}

/** Copies the tables the statement read (collected in `env.tables`) into the outcome's sources. */
export function withSources(outcome: StatementOutcome, env: Env): StatementOutcome {
  for (const [key, table] of env.tables) outcome.sources.set(key, table);
  return outcome;
}
