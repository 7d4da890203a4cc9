/**
 * A date, timestamp or time bound of `logicalTypeOptions` (ODCS: ISO-8601 text) in the
 * form DuckDB casts without a time-zone library: a date as `2024-01-31`, a timestamp as
 * UTC `2024-01-31 12:00:00` (an offset such as `+10:00` or `Z` applied; none means UTC,
 * ODCS's default time zone), a time as `08:30:00` (fraction kept). A YAML date value reads
 * as its UTC instant. Undefined when the value is not one of these.
 *
 * @example [temporalBound("00:00:00", "time"), temporalBound("2020-01-01 00:00:00+10:00", "timestamp"), temporalBound("2020-02-30", "date")] // => ["00:00:00", "2019-12-31 14:00:00", undefined]
 */
export function temporalBound(value: unknown, type: "date" | "timestamp" | "time"): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const iso = value.toISOString();
    return type === "date" ? iso.slice(0, 10) : type === "time" ? undefined : utc(value.getTime());
  }
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (type === "time") {
    const m = /^(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?$/.exec(text);
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) return undefined;
    return `${m[1]}:${m[2]}:${m[3] ?? "00"}${m[4] ?? ""}`;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return undefined;
  if (type === "date") return m[4] === undefined ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
  const fraction = m[7] ? Number(m[7]) * 1000 : 0;
  const zone = m[8]?.toUpperCase();
  const offset = !zone || zone === "Z" ? 0 : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.replace(":", "").slice(3, 5) || 0));
  return utc(Date.UTC(year, month - 1, day, hour, minute, second) + fraction - offset * 60_000);
}

/**
 * A bound as temporalBound writes it, in milliseconds (dates and timestamps since the
 * epoch, UTC; times since midnight), so bounds of one type compare as numbers.
 *
 * @example [temporalMs("2019-12-31 14:00:00"), temporalMs("00:01:00")] // => [1577800800000, 60000]
 */
export function temporalMs(bound: string): number {
  const time = /^(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(bound);
  if (time) return (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3])) * 1000;
  return Date.parse(`${bound.replace(" ", "T")}${bound.length > 10 ? "Z" : ""}`);
}

function utc(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2019-12-31T14:00:00.000Z
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${iso.slice(19, 23) === ".000" ? "" : iso.slice(19, 23)}`;
}
