/** Timestamps are stored and answered as ISO-8601 UTC text with milliseconds, so they also sort as text. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** CPU milliseconds this process spent since `start` (SQLite's work included; on a busy machine, steadier than ms). */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return Math.round((used.user + used.system) / 1000);
}
