/** Measurements the automatic band needs before it judges (until then a measurement is `learning`). */
export const AUTO_BAND_MIN_HISTORY = 5;
/** Past measurements the automatic band learns from. */
export const AUTO_BAND_HISTORY = 30;

export interface Band {
  lower: number | null;
  upper: number | null;
}

export type Thresholds =
  | { method: 'manual'; min: number | null; max: number | null }
  | { method: 'automatic'; sensitivity: number };

/**
 * The range a measurement must fall in (docs/quality.md, "Thresholds"). Manual: `[min, max]`, either side open.
 * Automatic: mean ± k·σ of the last {@link AUTO_BAND_HISTORY} successful measurements, with k = (11 − s) / 2 for
 * sensitivity s (1 → 5σ, 5 → 3σ, 10 → 0.5σ), and a half-width of at least 1 % of |mean| so a metric that never
 * moved does not alert on the smallest change. Undefined while fewer than {@link AUTO_BAND_MIN_HISTORY} exist.
 */
export function bandOf(thresholds: Thresholds, history: number[]): Band | undefined {
  if (thresholds.method === 'manual') return { lower: thresholds.min, upper: thresholds.max };
  if (history.length < AUTO_BAND_MIN_HISTORY) return undefined;
  const mean = history.reduce((sum, v) => sum + v, 0) / history.length;
  const variance = history.reduce((sum, v) => sum + (v - mean) ** 2, 0) / history.length;
  const k = (11 - thresholds.sensitivity) / 2;
  const halfWidth = Math.max(k * Math.sqrt(variance), Math.abs(mean) * 0.01, 1e-9);
  return { lower: mean - halfWidth, upper: mean + halfWidth };
}

export function isInBand(value: number, band: Band): boolean {
  return (band.lower === null || value >= band.lower) && (band.upper === null || value <= band.upper);
}
