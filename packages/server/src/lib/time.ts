/** Timestamps are stored and answered as ISO-8601 UTC text with milliseconds, so they also sort as text. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** CPU milliseconds this process spent since `start` (SQLite's work included; on a busy machine, steadier than ms). */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return Math.round((used.user + used.system) / 1000);
}

/**
 * A timer for the steps of a longer job: each call logs the wall and CPU milliseconds since the previous call (or
 * since the timer was made) under the step's name.
 */
export function stepTimer(
  log: (name: string, fields: { ms: number; cpu_ms: number }) => void,
): (name: string) => void {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  return (name) => {
    const now = performance.now();
    log(name, { ms: Math.round(now - last), cpu_ms: cpuMsSince(lastCpu) });
    last = now;
    lastCpu = process.cpuUsage();
  };
}
