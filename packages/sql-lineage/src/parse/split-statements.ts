/** A piece of a script between semicolons, with where it starts (1-based). */
export interface ScriptChunk {
  text: string;
  line: number;
  column: number;
}

/**
 * Splits a script at top-level semicolons, skipping quoted strings, quoted identifiers, dollar-quoted bodies
 * and comments. Used only after the whole script failed to parse, so that one bad statement does not hide the
 * lineage of the others. Semicolons inside `BEGIN ... END` bodies do split (we cannot know the block structure
 * without parsing); such a body then fails piecewise and is reported.
 */
export function splitStatements(sql: string): ScriptChunk[] {
  const chunks: ScriptChunk[] = [];
  let start = 0;
  let i = 0;
  const push = (end: number) => {
    const text = sql.slice(start, end);
    if (text.trim() !== '') chunks.push({ text, ...positionAt(sql, start) });
  };
  while (i < sql.length) {
    const ch = sql[i];
    if (ch === "'" || ch === '"' || ch === '`') i = skipQuoted(sql, i, ch);
    else if (ch === '[') i = skipQuoted(sql, i, ']');
    else if (ch === '-' && sql[i + 1] === '-') i = skipUntil(sql, i, '\n');
    else if (ch === '/' && sql[i + 1] === '*') i = skipUntil(sql, i + 2, '*/');
    else if (ch === '$') i = skipDollarQuoted(sql, i);
    else if (ch === ';') {
      push(i);
      start = i + 1;
      i++;
    } else i++;
  }
  push(sql.length);
  return chunks;
}

/** 1-based line and column of a string offset. */
export function positionAt(sql: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (sql.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function skipQuoted(sql: string, open: number, close: string): number {
  let i = open + 1;
  while (i < sql.length) {
    if (sql[i] === close) {
      if (sql[i + 1] === close && close !== ']')
        i += 2; // doubled quote escapes itself
      else return i + 1;
    } else if (sql[i] === '\\' && close === "'") i += 2;
    else i++;
  }
  return i;
}

function skipUntil(sql: string, from: number, end: string): number {
  const at = sql.indexOf(end, from);
  return at < 0 ? sql.length : at + end.length;
}

function skipDollarQuoted(sql: string, at: number): number {
  const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(at, at + 64))?.[0];
  if (!tag) return at + 1;
  return skipUntil(sql, at + tag.length, tag);
}
