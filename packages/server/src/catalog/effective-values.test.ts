import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeEffectiveValues, isEmptyValue } from './effective-values.js';

const one = (
  policy: 'never' | 'smart' | 'always',
  values: { source?: unknown; user?: unknown; previous?: unknown },
) =>
  computeEffectiveValues({
    policy,
    source: 'source' in values ? { description: values.source } : {},
    user: 'user' in values ? { description: values.user } : {},
    previous: 'previous' in values ? { description: values.previous } : {},
  }).description;

describe('computeEffectiveValues', () => {
  test('smart: the source until a user edits, then the user', () => {
    expect(one('smart', { source: 'new', previous: 'old' })).toBe('new');
    expect(one('smart', { source: 'new', user: 'mine', previous: 'mine' })).toBe('mine');
  });
  test('always: the source whenever it sends a value, else the user', () => {
    expect(one('always', { source: 'new', user: 'mine' })).toBe('new');
    expect(one('always', { source: '', user: 'mine', previous: 'new' })).toBe('mine');
  });
  test('never: the user, else the value already there; the source only fills blanks', () => {
    expect(one('never', { source: 'new', previous: 'old' })).toBe('old');
    expect(one('never', { source: 'new', previous: '' })).toBe('new');
    expect(one('never', { source: 'new', user: 'mine' })).toBe('mine');
  });
  test('an empty source value never overwrites a value, in any policy', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('never' as const, 'smart' as const, 'always' as const),
        fc.constantFrom(null, '', '  ', [], undefined),
        fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
        (policy, empty, previous) => {
          expect(one(policy, { source: empty, previous })).toBe(previous);
        },
      ),
    );
  });
  test('isEmptyValue', () => {
    expect([null, undefined, '', ' ', []].every(isEmptyValue)).toBe(true);
    expect([0, false, 'x', ['a']].some(isEmptyValue)).toBe(false);
  });
});
