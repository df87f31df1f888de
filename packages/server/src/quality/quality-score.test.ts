import { expect, test } from 'vitest';
import { computeQualityScore } from './quality-score.js';

const now = new Date('2026-12-07T12:00:00Z');
const bare = {
  owners: '[]',
  description: '',
  verified: 0 as const,
  external_updated_at: null,
  schemaDescription: '',
  tagCount: 0,
  columnCount: 4,
  describedColumnCount: 0,
};

test('an undocumented, unowned, unmonitored table scores 0 (Poor)', () => {
  const score = computeQualityScore('t', bare, { monitors: [], dbtTestStatuses: [] }, now);
  expect(score).toMatchObject({ total: 0, band: 'Poor' });
});

test('each criterion adds its documented points', () => {
  const score = computeQualityScore(
    't',
    {
      ...bare,
      owners: '["ana@example.com"]',
      description: 'Orders',
      tagCount: 1,
      describedColumnCount: 2,
      schemaDescription: 'Sales',
      external_updated_at: '2026-12-03T12:00:00Z',
    },
    {
      monitors: [{ metric_type: 'row_count', status: 'normal', has_open_incident: false }],
      dbtTestStatuses: ['pass'],
    },
    now,
  );
  expect(score.stewardship).toMatchObject({ score: 20, max: 25 });
  expect(score.usability).toMatchObject({
    score: 20,
    max: 25,
    criteria: { column_descriptions: { score: 5, max: 10 } },
  });
  expect(score.freshness).toMatchObject({ score: 10, max: 20 });
  expect(score.reliability).toMatchObject({ score: 30, max: 30 });
  expect(score).toMatchObject({ total: 80, band: 'Good' });
});

test('open incidents, failing dbt tests and a breached freshness monitor cost their points', () => {
  const score = computeQualityScore(
    't',
    { ...bare, external_updated_at: '2026-12-07T11:00:00Z' },
    {
      monitors: [{ metric_type: 'freshness', status: 'incident', has_open_incident: true }],
      dbtTestStatuses: ['pass', 'fail'],
    },
    now,
  );
  expect(score.freshness.score).toBe(0);
  expect(score.reliability.criteria).toEqual({
    monitors: { score: 5, max: 15 },
    dbt_tests: { score: 0, max: 15 },
  });
});
