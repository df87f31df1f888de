import { once } from 'node:events';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { InputError } from '../errors/index.js';
import { firstInvalidUtf8 } from '../lib/first-invalid-utf8.js';
import { readFileLines, readStreamLines } from './file-lines.js';
import { TextLineSplitter } from './text-lines.js';

const dir = mkdtempSync(join(tmpdir(), 'sextant-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What node:readline (the streamed JSONL reader) makes of a file: the reference the worker's reader must match. */
async function readlineLines(path: string): Promise<string[]> {
  const lines: string[] = [];
  const reader = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  reader.on('line', (line) => lines.push(line));
  await once(reader, 'close');
  return lines;
}

async function streamLines(path: string, chunk: number): Promise<Array<{ text: string; line: number }>> {
  const lines: Array<{ text: string; line: number }> = [];
  const input = createReadStream(path, { highWaterMark: chunk });
  for await (const line of readStreamLines(input, { name: 'f' })) lines.push(line);
  return lines;
}

async function errorOfBoth(path: string, chunk: number): Promise<InputError[]> {
  const sync = (() => {
    try {
      for (const _ of readFileLines(path, { chunkBytes: chunk, name: 'f' }));
    } catch (error) {
      return error;
    }
  })();
  const streamed = await streamLines(path, chunk).catch((error) => error);
  return [sync, streamed];
}

describe('readFileLines', () => {
  test('numbers lines as readline does, for any mix of breaks and any chunk size', async () => {
    // Pieces chosen to put every kind of break, multi-byte characters and long lines across chunk edges.
    const piece = fc.constantFrom('\n', '\r\n', '\r', 'a', '{"t":"é"}', '日本', '🧭', 'x'.repeat(40), ' ');
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 60 }),
        fc.integer({ min: 1, max: 64 }),
        async (pieces, chunk) => {
          const path = join(dir, 'lines.txt');
          writeFileSync(path, pieces.join(''));
          const expected = await readlineLines(path);
          const actual = [...readFileLines(path, { chunkBytes: chunk })];
          expect(actual.map((l) => l.text)).toEqual(expected);
          expect(actual.map((l) => l.line)).toEqual(expected.map((_, i) => i + 1));
          const streamed = await streamLines(path, chunk);
          expect(streamed).toEqual(actual);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('reports the bytes read, ending at the file size', () => {
    const path = join(dir, 'bytes.txt');
    const text = 'one\ntwo\nthree\n'.repeat(100);
    writeFileSync(path, text);
    const seen: number[] = [];
    const lines = [...readFileLines(path, { chunkBytes: 50, onBytes: (bytes) => seen.push(bytes) })];
    expect(lines).toHaveLength(300);
    expect(seen.at(-1)).toBe(Buffer.byteLength(text));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});

describe('UTF-8 and line-length checks (both readers)', () => {
  test('invalid UTF-8 anywhere, split across any chunk edge: the same error, line, column and offset', async () => {
    const good = fc.constantFrom('a', 'é', '日本', '🧭', '\n', '\r\n', '\r', 'x'.repeat(20));
    const bad = fc.constantFrom(
      [0xff],
      [0xc3, 0x28],
      [0xed, 0xa0, 0x80],
      [0xc0, 0xaf],
      [0xf0, 0x9f, 0xa7],
      [0x80],
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(good, { maxLength: 20 }),
        bad,
        fc.array(good, { maxLength: 5 }),
        fc.integer({ min: 1, max: 40 }),
        async (before, invalid, after, chunk) => {
          const head = Buffer.from(before.join(''));
          const bytes = Buffer.concat([head, Buffer.from(invalid), Buffer.from(after.join(''))]);
          const path = join(dir, 'bad.txt');
          writeFileSync(path, bytes);
          const text = head.toString();
          const lines = text.split(/\r\n|\n|\r/);
          const expected = {
            file: 'f',
            line: lines.length,
            column: Buffer.byteLength(lines.at(-1)!) + 1,
            offset: head.length,
          };
          for (const error of await errorOfBoth(path, chunk)) {
            expect(error).toBeInstanceOf(InputError);
            expect(error.code).toBe('invalid_file');
            expect(error.details).toEqual(expected);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test('firstInvalidUtf8 agrees with a fatal TextDecoder on what is valid', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === bytes.length).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  test('a line over the limit fails naming it; both readers agree', async () => {
    const path = join(dir, 'long.txt');
    writeFileSync(path, `short\n${'y'.repeat(5000)}\nshort\n`);
    for (const chunk of [7, 100, 1 << 20]) {
      const sync = (() => {
        try {
          for (const _ of readFileLines(path, { chunkBytes: chunk, name: 'f', maxLineBytes: 1000 }));
        } catch (error) {
          return error;
        }
      })();
      expect(sync).toBeInstanceOf(InputError);
      expect(sync.details).toEqual({ file: 'f', line: 2, limit: 1000 });
      const input = createReadStream(path, { highWaterMark: chunk });
      const streamed = await (async () => {
        for await (const _ of readStreamLines(input, { name: 'f', maxLineBytes: 1000 }));
      })().catch((error) => error);
      expect(streamed.details).toEqual(sync.details);
    }
  });

  test('memory stays flat: 60 MB without a break is refused once the unfinished line passes the limit', () => {
    const limit = 1 << 20;
    const chunk = Buffer.alloc(64 << 10, 0x78);
    const splitter = new TextLineSplitter('f', limit);
    let fed = 0;
    let peak = 0;
    const error = (() => {
      try {
        for (; fed < 60 << 20; fed += chunk.length) {
          splitter.push(chunk);
          peak = Math.max(peak, splitter.bufferedBytes);
        }
      } catch (error) {
        return error;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).details).toEqual({ file: 'f', line: 1, limit });
    expect(peak).toBeLessThanOrEqual(limit);
    // It stopped within one chunk of the limit, not at the end of the input.
    expect(fed).toBeLessThanOrEqual(limit + chunk.length);
  });
});
