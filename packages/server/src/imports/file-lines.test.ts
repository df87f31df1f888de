import { once } from 'node:events';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { readFileLines } from './file-lines.js';

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
