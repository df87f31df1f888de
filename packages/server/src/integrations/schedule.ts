const DAY_MS = 24 * 60 * 60 * 1000;

export interface ScheduleSettings {
  /** Hour of the day, UTC (0–23). */
  hour: number;
  /** Days between runs (≥ 1). */
  frequencyDays: number;
  /** When the last scheduled run happened, if ever (ISO-8601). */
  lastRun: string | null;
}

/**
 * The next scheduled extraction: the first `hour:00 UTC` strictly after `now`, and at least `frequencyDays` days
 * (counted in calendar days) after the day of the last run. With the defaults (hour 0, every day) this is the
 * next midnight UTC, the SDK's default schedule (compat.md §7).
 */
export function nextScheduledRun(settings: ScheduleSettings, now: Date = new Date()): string {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), settings.hour);
  let next = today > now.getTime() ? today : today + DAY_MS;
  if (settings.lastRun) {
    const last = new Date(settings.lastRun);
    const lastDaySlot = Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), last.getUTCDate(), settings.hour);
    next = Math.max(next, lastDaySlot + settings.frequencyDays * DAY_MS);
  }
  return new Date(next).toISOString();
}
