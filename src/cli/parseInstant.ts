/**
 * An ISO-8601 date or date-time as epoch milliseconds, or null. Stricter than Date.parse,
 * which reads "1" as 2001-01-01, "March 7" as a day of 2001 and 2026-02-30 as March 2.
 * A time without a zone is UTC (Date.parse would take the machine's zone), as CSV
 * timestamps are.
 *
 * @example
 * parseInstant("2026-04-01") // 1775001600000
 */
export function parseInstant(text: string): number | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(text.trim());
  if (!parts) return null;
  const [, year, month, day, hour = "00", minute = "00", second = "00", fraction = "", zone = "Z"] = parts;
  const utc = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  const date = new Date(utc);
  // Date.UTC rolls 2026-02-30 over into March and 24:00 into the next day: refuse instead.
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day) || date.getUTCHours() !== Number(hour) || Number(minute) > 59 || Number(second) > 59) return null;
  const offset = zone.toUpperCase() === "Z" ? 0 : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2))) * 60_000;
  return utc + Math.floor(Number(`0${fraction}`) * 1000) - offset;
}
