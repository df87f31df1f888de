import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK_BYTES = 1 << 20;
const LF = 0x0a;
const CR = 0x0d;
const LINE_BREAK = /\r\n|\n|\r/;

/**
 * The lines of a UTF-8 text file with their 1-based numbers, read synchronously in 1 MiB chunks (for a worker
 * thread, where blocking reads cost nothing and spare a promise per line). Line breaks are `\n`, `\r\n` and a
 * lone `\r`, as node:readline counts them, so line numbers match the streamed reader's. `onBytes` is told how
 * many bytes were read after each chunk; `chunkBytes` is the first buffer's size.
 */
export function* readFileLines(
  path: string,
  options: { onBytes?: ((bytes: number) => void) | undefined; chunkBytes?: number } = {},
): Generator<{ text: string; line: number }> {
  const fd = openSync(path, 'r');
  try {
    let buffer: Buffer = Buffer.allocUnsafe(options.chunkBytes ?? CHUNK_BYTES);
    let kept = 0; // bytes of an unfinished line carried over from the previous chunk
    let line = 0;
    let bytes = 0;
    for (;;) {
      if (kept === buffer.length) buffer = grow(buffer); // one line longer than the buffer
      const read = readSync(fd, buffer, kept, buffer.length - kept, null);
      bytes += read;
      const end = kept + read;
      // Lines end at the last break in the chunk; a `\r` at its very end may be the first half of `\r\n`, so it
      // waits for the next chunk with its line.
      const cut = read === 0 ? end : lastBreak(buffer, buffer[end - 1] === CR ? end - 1 : end);
      if (cut > 0) {
        const text = buffer.toString('utf8', 0, cut);
        const lines = text.split(LINE_BREAK);
        // Text ending in a break splits into a last empty piece that is not a line.
        const complete = read === 0 && !/[\r\n]$/.test(text) ? lines.length : lines.length - 1;
        for (let i = 0; i < complete; i++) yield { text: lines[i]!, line: ++line };
        buffer.copy(buffer, 0, cut, end);
        kept = end - cut;
      } else {
        kept = end;
      }
      options.onBytes?.(bytes);
      if (read === 0) return;
    }
  } finally {
    closeSync(fd);
  }
}

/** Index just past the last line break in `buffer[0, end)`, or 0 when there is none. */
function lastBreak(buffer: Buffer, end: number): number {
  for (let i = end - 1; i >= 0; i--) {
    const byte = buffer[i];
    if (byte === LF || byte === CR) return i + 1;
  }
  return 0;
}

function grow(buffer: Buffer): Buffer {
  const larger = Buffer.allocUnsafe(buffer.length * 2);
  buffer.copy(larger);
  return larger;
}
