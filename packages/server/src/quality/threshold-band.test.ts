import { expect, test } from 'vitest';
import { bandOf, isInBand } from './threshold-band.js';

test('manual bands are the given bounds, either side open', () => {
  expect(bandOf({ method: 'manual', min: 10, max: null }, [])).toEqual({ lower: 10, upper: null });
  expect(isInBand(5, { lower: 10, upper: null })).toBe(false);
  expect(isInBand(1e9, { lower: 10, upper: null })).toBe(true);
});

test('the automatic band learns from five measurements, then is mean ± (11 − s)/2 · σ', () => {
  expect(bandOf({ method: 'automatic', sensitivity: 5 }, [1, 2, 3, 4])).toBeUndefined();
  const history = [10, 12, 8, 10, 10];
  const sigma = Math.sqrt(1.6);
  expect(bandOf({ method: 'automatic', sensitivity: 5 }, history)).toEqual({
    lower: 10 - 3 * sigma,
    upper: 10 + 3 * sigma,
  });
  expect(bandOf({ method: 'automatic', sensitivity: 10 }, history)).toEqual({
    lower: 10 - 0.5 * sigma,
    upper: 10 + 0.5 * sigma,
  });
});

test('a metric that never moved gets a band of ±1 % of its mean', () => {
  const band = bandOf({ method: 'automatic', sensitivity: 5 }, [1000, 1000, 1000, 1000, 1000])!;
  expect(band).toEqual({ lower: 990, upper: 1010 });
  expect(isInBand(1005, band)).toBe(true);
  expect(isInBand(900, band)).toBe(false);
});
