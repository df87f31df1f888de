import { closeSync, openSync, readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { importLimits, TextLineSplitter } from './text-lines.js';

const CHUNK_BYTES = 1 << 20;

export interface FileLinesOptions {
  /** The name errors give (the uploaded file's name); the path by default. */
  name?: string | undefined;
  /** The longest line in bytes; `SEXTANT_IMPORT_MAX_LINE_BYTES` by default. */
  maxLineBytes?: number | undefined;
}

/**
 * The lines of a UTF-8 text file with their 1-based numbers, read synchronously in 1 MiB chunks (for a worker
 * thread, where blocking reads cost nothing and spare a promise per line). Lines, UTF-8 and length checks are
 * {@link TextLineSplitter}'s, shared with {@link readStreamLines}, so both JSONL readers answer alike.
 * `onBytes` is told how many bytes were read after each chunk; `chunkBytes` is the buffer's size.
 */
export function* readFileLines(
  path: string,
  options: FileLinesOptions & { onBytes?: ((bytes: number) => void) | undefined; chunkBytes?: number } = {},
): Generator<{ text: string; line: number }> {
  const splitter = splitterFor(path, options);
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(options.chunkBytes ?? CHUNK_BYTES);
    let bytes = 0;
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      bytes += read;
      yield* read === 0 ? splitter.end() : splitter.push(buffer.subarray(0, read));
      options.onBytes?.(bytes);
      if (read === 0) return;
    }
  } finally {
    closeSync(fd);
  }
}

/** The same lines as {@link readFileLines}, from a stream (the JSONL reader on this thread). */
export async function* readStreamLines(
  input: Readable,
  options: FileLinesOptions & { name: string },
): AsyncGenerator<{ text: string; line: number }> {
  const splitter = splitterFor(options.name, options);
  for await (const chunk of input) {
    yield* splitter.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  }
  yield* splitter.end();
}

function splitterFor(path: string, options: FileLinesOptions): TextLineSplitter {
  return new TextLineSplitter(options.name ?? path, options.maxLineBytes ?? importLimits().maxLineBytes);
}
