import Type, { type Static } from 'typebox';

/** A monitor's schedule as Secoda's API spells it (compat.md §8): cadence, hour (UTC), day, frequency. */
export const MonitorScheduleSchema = Type.Object(
  {
    cadence: Type.Union([Type.Literal('hourly'), Type.Literal('daily'), Type.Literal('weekly')]),
    hour: Type.Optional(Type.Integer({ minimum: 0, maximum: 23, description: 'UTC hour (daily, weekly)' })),
    day: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 6, description: 'day of week, 0 = Sunday (weekly)' }),
    ),
    frequency: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 365, description: 'every N cadence units' }),
    ),
  },
  { additionalProperties: false },
);
/** Hours are UTC; `hour` defaults to 0, `day` to 1 (Monday), `frequency` to 1. */
export type MonitorSchedule = Static<typeof MonitorScheduleSchema>;

export const DEFAULT_SCHEDULE: MonitorSchedule = { cadence: 'daily', hour: 0, frequency: 1 };

/** Hours between two runs (the monitor object's `frequency`). */
export function frequencyHours(schedule: MonitorSchedule): number {
  const every = schedule.frequency ?? 1;
  return schedule.cadence === 'hourly' ? every : schedule.cadence === 'daily' ? 24 * every : 168 * every;
}

/**
 * The first run after `from`: hourly schedules run `frequency` hours later; daily and weekly ones at their hour
 * (and day), at least `frequency` units after the previous run, counted from `from` so a server that was down
 * does not run a backlog.
 */
export function nextMonitorRun(schedule: MonitorSchedule, from: Date): string {
  if (schedule.cadence === 'hourly')
    return new Date(from.getTime() + frequencyHours(schedule) * 3_600_000).toISOString();
  const next = new Date(from);
  next.setUTCMinutes(0, 0, 0);
  next.setUTCHours(schedule.hour ?? 0);
  const stepDays = schedule.cadence === 'daily' ? 1 : 7;
  if (schedule.cadence === 'weekly') {
    const shift = ((schedule.day ?? 1) - next.getUTCDay() + 7) % 7;
    next.setUTCDate(next.getUTCDate() + shift);
  }
  while (next.getTime() <= from.getTime()) next.setUTCDate(next.getUTCDate() + stepDays);
  return next.toISOString();
}
