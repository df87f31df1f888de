/**
 * `2024-01-02T03:04:05.123456789+02:00`, with `T` or a space, seconds and fraction optional, the zone optional
 * (producers such as the Python client send local times without one), any number of fraction digits; a date
 * alone is its midnight (nominal times are often dates).
 */
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * An OpenLineage timestamp as a UTC ISO string with milliseconds, or undefined when it is not one. Nanoseconds
 * are truncated (not rounded, so an end never moves before its start), and a time without a zone is read as UTC:
 * the same text always gives the same instant, whatever the server's time zone.
 */
export function normalizeTimestamp(text: string): string | undefined {
  const match = TIMESTAMP.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone = 'Z'] = match;
  const millis = fraction.slice(0, 3).padEnd(3, '0');
  const offset = zone === 'Z' || zone === 'z' ? 'Z' : normalizeOffset(zone);
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}.${millis}${offset}`);
  if (Number.isNaN(date.getTime())) return undefined;
  // Date rolls 2024-02-31 over to March: a day that does not exist is not a timestamp.
  const probe = new Date(`${year}-${month}-${day}T00:00:00Z`);
  if (probe.getUTCDate() !== Number(day)) return undefined;
  return date.toISOString();
}

function normalizeOffset(zone: string): string {
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4).padEnd(2, '0')}`;
}
