/** A piece of a script between semicolons, with where it starts (1-based). */
export interface ScriptChunk {
  text: string;
  line: number;
  column: number;
}

/**
 * Splits a script at top-level semicolons, skipping quoted strings, quoted identifiers, dollar-quoted bodies
 * and comments. Used only after the whole script failed to parse, so that one bad statement does not hide the
 * lineage of the others. The MySQL client's `DELIMITER $$` directive (in dumps with procedures and triggers)
 * changes the separator. Otherwise semicolons inside `BEGIN ... END` bodies do split (we cannot know the block
 * structure without parsing); such a body then fails piecewise and is reported.
 */
export function splitStatements(sql: string): ScriptChunk[] {
  const chunks: ScriptChunk[] = [];
  const locate = makeLocator(sql);
  let delimiter = ';';
  let start = 0;
  let i = 0;
  const push = (end: number) => {
    const text = sql.slice(start, end);
    if (text.trim() !== '') chunks.push({ text, ...locate(start) });
  };
  while (i < sql.length) {
    const ch = sql[i];
    const directive =
      i === 0 || sql[i - 1] === '\n' ? /^DELIMITER[ \t]+(\S+)[^\n]*/i.exec(sql.slice(i, i + 64)) : null;
    if (directive) {
      push(i);
      delimiter = directive[1] as string;
      i += directive[0].length;
      start = i;
    } else if (sql.startsWith(delimiter, i)) {
      push(i);
      i += delimiter.length;
      start = i;
    } else if (ch === "'" || ch === '"' || ch === '`') i = skipQuoted(sql, i, ch);
    else if (ch === '[') i = skipQuoted(sql, i, ']');
    else if (ch === '-' && sql[i + 1] === '-') i = skipUntil(sql, i, '\n');
    else if (ch === '/' && sql[i + 1] === '*') i = skipUntil(sql, i + 2, '*/');
    else if (ch === '$' && delimiter === ';') i = skipDollarQuoted(sql, i);
    else i++;
  }
  push(sql.length);
  return chunks;
}

/** 1-based line and column of a string offset. */
export function positionAt(sql: string, offset: number): { line: number; column: number } {
  return makeLocator(sql)(offset);
}

/** A function from offsets to 1-based line and column, with the line starts found once (big scripts). */
function makeLocator(sql: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = sql.indexOf('\n'); i >= 0; i = sql.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] as number) + 1 };
  };
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
