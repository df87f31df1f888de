import { expect, test } from 'vitest';
import { newId } from './ids.js';

test('newId is a version-7 UUID with the RFC variant', () => {
  for (let i = 0; i < 1000; i++) {
    const id = newId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  }
});

test('ids of later milliseconds sort after earlier ones, and ids do not repeat', async () => {
  const first = newId();
  await new Promise((resolve) => setTimeout(resolve, 3));
  const second = newId();
  expect(second > first).toBe(true);
  const many = new Set(Array.from({ length: 10_000 }, () => newId()));
  expect(many.size).toBe(10_000);
});
