// Date, optionally a time (T or space), optionally fractional seconds and a zone. Python's `isoformat()`
// writes times without a zone, so a zone is optional.
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Whether `text` is an ISO-8601 date or date-time that names a real moment: `Date.parse` alone accepts
 * `2024-02-30` (rolling over to March) and many non-ISO forms, so the parts are checked one by one.
 */
export function isIsoDateTime(text: string): boolean {
  const match = ISO_8601.exec(text);
  if (!match) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0));
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  const realDay =
    date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day;
  return realDay && hour < 24 && minute < 60 && second < 60;
}
