import { describe, expect, test } from 'vitest';
import { nextScheduledRun } from './schedule.js';

describe('nextScheduledRun', () => {
  const now = new Date('2026-03-10T13:45:00.000Z');

  test('defaults to the next midnight UTC', () => {
    expect(nextScheduledRun({ hour: 0, frequencyDays: 1, lastRun: null }, now)).toBe(
      '2026-03-11T00:00:00.000Z',
    );
  });

  test('a later hour of the same day is still today', () => {
    expect(nextScheduledRun({ hour: 18, frequencyDays: 1, lastRun: null }, now)).toBe(
      '2026-03-10T18:00:00.000Z',
    );
  });

  test('the current hour exactly is already past: tomorrow', () => {
    const atSlot = new Date('2026-03-10T18:00:00.000Z');
    expect(nextScheduledRun({ hour: 18, frequencyDays: 1, lastRun: null }, atSlot)).toBe(
      '2026-03-11T18:00:00.000Z',
    );
  });

  test('a frequency of several days counts from the day of the last run', () => {
    const lastRun = '2026-03-09T06:02:00.000Z';
    expect(nextScheduledRun({ hour: 6, frequencyDays: 3, lastRun }, now)).toBe('2026-03-12T06:00:00.000Z');
  });

  test('a last run long ago does not schedule in the past', () => {
    const lastRun = '2025-01-01T00:00:00.000Z';
    expect(nextScheduledRun({ hour: 0, frequencyDays: 7, lastRun }, now)).toBe('2026-03-11T00:00:00.000Z');
  });

  test('crosses month and year ends', () => {
    const newYearsEve = new Date('2026-12-31T23:30:00.000Z');
    expect(nextScheduledRun({ hour: 23, frequencyDays: 1, lastRun: null }, newYearsEve)).toBe(
      '2027-01-01T23:00:00.000Z',
    );
  });
});
