import { getHeapStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { collectRunGarbage } from './collect-run-garbage.js';

const MB = 1024 * 1024;

describe('collectRunGarbage', () => {
  it('frees what a phase left behind, and exposes gc to no other context', () => {
    collectRunGarbage();
    const before = getHeapStatistics().used_heap_size / MB;
    // A phase's leftovers: 40 MB of small objects, old enough to have been promoted, no longer referenced.
    let leftovers: unknown[][] | undefined = [];
    for (let chunk = 0; chunk < 80; chunk++) {
      const objects: unknown[] = [];
      for (let i = 0; i < 10_000; i++) objects.push({ chunk, i, text: `record ${i}` });
      leftovers.push(objects);
    }
    const grown = getHeapStatistics().used_heap_size / MB;
    expect(grown - before).toBeGreaterThan(20);
    leftovers = undefined;
    collectRunGarbage();
    expect(getHeapStatistics().used_heap_size / MB - before).toBeLessThan(8);
    expect(leftovers).toBeUndefined();
    expect(runInNewContext('typeof gc')).toBe('undefined');
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe('undefined');
  });
});
