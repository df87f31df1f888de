import { expect, test } from 'vitest';
import { isId } from '../lib/ids.js';
import { newSyncRowId } from './uuid-v7.js';

test('sync row ids are UUID v7: version 7, RFC variant, time-ordered prefix, unique', () => {
  const ids = Array.from({ length: 1000 }, newSyncRowId);
  for (const id of ids) {
    expect(isId(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
  }
  expect(new Set(ids).size).toBe(ids.length);
  expect(Number.parseInt(ids[0]!.replace('-', '').slice(0, 12), 16)).toBeLessThanOrEqual(Date.now());
});
