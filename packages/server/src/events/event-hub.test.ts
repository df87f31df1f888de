import { expect, test } from 'vitest';
import { EventHub } from './event-hub.js';

type Events = { ping: { n: number } };

test('emit returns at once, never throws, and settled() waits for the listeners’ work', async () => {
  const hub = new EventHub<Events>();
  const errors: unknown[] = [];
  hub.setErrorHandler((error) => errors.push(error));
  const done: number[] = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  hub.on('ping', async ({ n }) => {
    await gate;
    done.push(n);
  });
  hub.on('ping', () => {
    throw new Error('sync listener failed');
  });
  hub.on('ping', async () => {
    throw new Error('async listener failed');
  });
  expect(() => hub.emit('ping', { n: 1 })).not.toThrow();
  expect(done).toEqual([]);
  const settled = hub.settled();
  release();
  await settled;
  expect(done).toEqual([1]);
  expect(errors.map((e) => (e as Error).message).sort()).toEqual([
    'async listener failed',
    'sync listener failed',
  ]);
});

test('an unsubscribed listener is not called; hasListeners tells whether anyone listens', () => {
  const hub = new EventHub<Events>();
  expect(hub.hasListeners('ping')).toBe(false);
  const calls: number[] = [];
  const off = hub.on('ping', ({ n }) => {
    calls.push(n);
  });
  expect(hub.hasListeners('ping')).toBe(true);
  hub.emit('ping', { n: 1 });
  off();
  hub.emit('ping', { n: 2 });
  expect(calls).toEqual([1]);
  expect(hub.hasListeners('ping')).toBe(false);
});
