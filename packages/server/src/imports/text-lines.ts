import { isUtf8 } from 'node:buffer';
import { InputError } from '../errors/index.js';
import { firstInvalidUtf8 } from '../lib/first-invalid-utf8.js';

const LF = 0x0a;
const CR = 0x0d;
const LINE_BREAK = /\r\n|\n|\r/;

/** The longest line of an imported file (JSONL line, CSV line or record), in bytes. */
export const DEFAULT_MAX_LINE_BYTES = 4 << 20;
/** The longest CSV field, in bytes. */
export const DEFAULT_MAX_FIELD_BYTES = 1 << 20;

export interface ImportLimits {
  maxLineBytes: number;
  maxFieldBytes: number;
}

/**
 * The import limits: `SEXTANT_IMPORT_MAX_LINE_BYTES` and `SEXTANT_IMPORT_MAX_FIELD_BYTES` override the defaults.
 * Read per import from the environment (not the server's config), so the CLI's local imports obey them too.
 */
export function importLimits(env: NodeJS.ProcessEnv = process.env): ImportLimits {
  return {
    maxLineBytes: positive(env.SEXTANT_IMPORT_MAX_LINE_BYTES, DEFAULT_MAX_LINE_BYTES),
    maxFieldBytes: positive(env.SEXTANT_IMPORT_MAX_FIELD_BYTES, DEFAULT_MAX_FIELD_BYTES),
  };
}

function positive(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return text !== undefined && text !== '' && Number.isInteger(value) && value > 0 ? value : fallback;
}

/**
 * Splits the bytes of a text file into numbered lines as they arrive, chunk by chunk, for both JSONL readers (the
 * streamed one and the worker's) and the CSV check, so all three number lines and refuse bad text identically:
 * - line breaks are `\n`, `\r\n` and a lone `\r`, as node:readline counts them;
 * - invalid UTF-8 is `invalid_file` with its line, column (bytes, 1-based) and byte offset in the file; the check
 *   is one native `isUtf8` per chunk, the byte-by-byte search only runs to locate an error;
 * - a line longer than `maxLineBytes` is `invalid_file` naming it, thrown as soon as the unfinished line passes
 *   the limit: at most the limit plus one chunk is ever held, whatever the file.
 */
export class TextLineSplitter {
  /** Bytes of the unfinished last line held between chunks. */
  bufferedBytes = 0;
  private pending: Buffer = Buffer.alloc(0);
  private line = 0;
  /** File offset of `pending`'s first byte. */
  private offset = 0;

  constructor(
    private readonly file: string,
    private readonly maxLineBytes: number,
  ) {}

  /** The complete lines that `chunk` ends; the rest waits for the next chunk. */
  push(chunk: Buffer): Array<{ text: string; line: number }> {
    const data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    // A `\r` at the very end may be the first half of `\r\n`: it waits with its line.
    const searchEnd = data[data.length - 1] === CR ? data.length - 2 : data.length - 1;
    const cut =
      searchEnd < 0 ? 0 : Math.max(data.lastIndexOf(LF, searchEnd), data.lastIndexOf(CR, searchEnd)) + 1;
    const lines = cut > 0 ? this.split(data.subarray(0, cut), false) : [];
    this.keep(data.subarray(cut));
    return lines;
  }

  /** The last line, if the file does not end with a break. */
  end(): Array<{ text: string; line: number }> {
    const rest = this.pending;
    this.keep(Buffer.alloc(0));
    return rest.length > 0 ? this.split(rest, true) : [];
  }

  private keep(rest: Buffer): void {
    // A copy: the caller may reuse the chunk's memory (the worker reads into one buffer).
    this.pending = Buffer.from(rest);
    this.bufferedBytes = rest.length;
    if (rest.length > this.maxLineBytes) throw this.tooLong(this.line + 1);
  }

  /** Lines of `bytes`, which ends with a break unless `isLast`. */
  private split(bytes: Buffer, isLast: boolean): Array<{ text: string; line: number }> {
    if (!isUtf8(bytes)) throw this.notUtf8(bytes, firstInvalidUtf8(bytes));
    const pieces = bytes.toString('utf8').split(LINE_BREAK);
    // Text ending in a break splits into a last empty piece that is not a line.
    if (!isLast || pieces.at(-1) === '') pieces.pop();
    const lines = pieces.map((text) => ({ text, line: ++this.line }));
    this.offset += bytes.length;
    if (bytes.length > this.maxLineBytes) {
      // Only a chunk longer than the limit can hold a line that is: measure its long-looking lines.
      const long = lines.find(
        (l) => l.text.length * 3 > this.maxLineBytes && Buffer.byteLength(l.text) > this.maxLineBytes,
      );
      if (long) throw this.tooLong(long.line);
    }
    return lines;
  }

  private tooLong(line: number): InputError {
    return new InputError(
      'invalid_file',
      `${this.file}: line ${line} is longer than ${this.maxLineBytes} bytes (SEXTANT_IMPORT_MAX_LINE_BYTES)`,
      { file: this.file, line, limit: this.maxLineBytes },
    );
  }

  private notUtf8(bytes: Buffer, at: number): InputError {
    let line = this.line + 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
      const byte = bytes[i];
      if (byte === LF || (byte === CR && bytes[i + 1] !== LF)) {
        line++;
        lineStart = i + 1;
      }
    }
    const column = at - lineStart + 1;
    const offset = this.offset + at;
    return new InputError(
      'invalid_file',
      `${this.file}: line ${line}, column ${column} (byte ${offset}) is not valid UTF-8; save the file as UTF-8`,
      { file: this.file, line, column, offset },
    );
  }
}
