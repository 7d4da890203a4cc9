import {mayBeNaN, typeCategory} from "./columnTypes.js";
import type {CheckSpec, RowTest} from "./contractChecks.js";
import {duckdbText} from "./duckdbText.js";
import {describeThreshold} from "./threshold.js";

/** What was measured, for the one-line message of a check. */
export interface Measured {
  rows: number;
  unexpected: number;
  column?: {name: string; type: string};
  /** Duplicates: how many distinct keys repeat. */
  keys?: number;
  /** Freshness: the newest value (ISO) and the time it was judged at (ISO). */
  newest?: string | null;
  asOf?: string;
  /** A SQL rule: the value its query returned, as DuckDB wrote it. */
  value?: string;
  /** A physicalType check: what was found, in words. */
  physical?: string;
}

/**
 * One line a person can act on: what was found, and what the contract requires.
 *
 * Counts read with thousands separators, always en-US whatever the machine's locale, so
 * a message is the same in a CI log, a terminal and the browser.
 *
 * @example checkMessage(spec, {rows: 10_044_440, unexpected: 19_926}) // => '19,926 of 10,044,440 rows (0.2%) have amount < 0; must be = 0 rows'
 */
export function checkMessage(spec: CheckSpec, m: Measured): string {
  const must = `must be ${spec.unit === "percent" ? describeThreshold(spec.threshold, (n) => `${n}%`) : describeThreshold(spec.threshold, (n) => `${count(n)} rows`)}`;
  const p = spec.property === null ? "" : spec.column !== null && spec.column !== spec.property ? `${spec.property} (column ${spec.column})` : spec.property;
  const of = `${count(m.unexpected)} of ${count(m.rows)} rows${m.rows ? ` (${percent(m.unexpected, m.rows)})` : ""}`;
  const measure = spec.measure;
  switch (measure.kind) {
    case "note":
      return measure.message;
    case "sql":
      return `the query returned ${m.value}; must be ${describeThreshold(spec.threshold)}`;
    case "physicalType":
      return m.physical ?? "";
    case "foreignKey":
      return `${of} have ${measure.keys.join(", ")} with no match in ${measure.to} (${measure.toKeys.join(", ")}); ${must}`;
    case "present":
      if (spec.column !== null && spec.column !== spec.property) {
        return m.column ? `column ${spec.column} (property ${spec.property}) is present (${m.column.type})` : `column ${spec.column} (property ${spec.property}) is missing from the data${spec.onViolation === "warn" ? " (optional, so read as null)" : ""}; its other checks were not run`;
      }
      return m.column ? `column ${p} is present (${m.column.type})` : `column ${p} is missing from the data${spec.onViolation === "warn" ? " (optional, so read as null)" : ""}; its other checks were not run`;
    case "rowCount":
      return `the data has ${count(m.rows)} rows; must be ${describeThreshold(spec.threshold, count)} rows`;
    case "duplicates":
      return `${of} repeat the ${measure.keys.join(", ")} of an earlier row (${count(m.keys ?? 0)} ${measure.keys.length > 1 ? "keys" : "values"} occur more than once); ${must}`;
    case "freshness":
      if (!m.newest) return `${p} has no values, so freshness cannot be shown; the newest value must be at most ${measure.text} old`;
      return `the newest ${p} is ${m.newest}, ${duration(Date.parse(m.asOf!) - Date.parse(m.newest))} old at ${m.asOf}; must be at most ${measure.text} old`;
    case "rows":
      return `${of} ${violation(measure.test, p, m.column?.type, m.column !== undefined && mayBeNaN(spec.logicalType, m.column))}; ${must}`;
  }
}

/** `nan`: the column can hold NaN, which a range rule counts (see rowPredicate). */
function violation(test: RowTest, p: string, type: string | undefined, nan: boolean): string {
  switch (test.kind) {
    case "null": return `have ${p} null`;
    case "missing": return `have ${p} missing (null${test.values.filter((v) => v !== null).map((v) => `, ${JSON.stringify(v)}`).join("")})`;
    case "invalid": {
      const parts = [test.validValues && `not one of ${test.validValues.map((v) => JSON.stringify(v)).join(", ")}`, test.pattern !== undefined && `not matching /${test.pattern}/`];
      return `have ${p} ${parts.filter(Boolean).join(" or ")}${test.pattern !== undefined ? asText(p, type) : ""}`;
    }
    case "below": return `have ${p} ${test.inclusive ? "≤" : "<"} ${test.bound}${nan ? " or NaN" : ""}`;
    case "above": return `have ${p} ${test.inclusive ? "≥" : ">"} ${test.bound}${nan ? " or NaN" : ""}`;
    case "length": return `have ${p} ${[test.min !== undefined && `shorter than ${test.min}`, test.max !== undefined && `longer than ${test.max}`].filter(Boolean).join(" or ")} characters${asText(p, type)}`;
    case "type": return `have ${p} not a valid ${test.logicalType}${type ? ` (the column is ${type})` : ""}`;
    case "expression": return `break the rule ${test.sql}`;
    case "range": return `have ${p} outside ${test.min ?? "−∞"} … ${test.max ?? "∞"}`;
    case "multipleOf": return `have ${p} not a multiple of ${test.step}`;
    case "format": return `have ${p} text not in the format ${test.format}`;
    case "items": return `have ${p} with ${[test.min !== undefined && `fewer than ${test.min}`, test.max !== undefined && `more than ${test.max}`].filter(Boolean).join(" or ")} items`;
    case "fieldCount": return `have ${p} with ${[test.min !== undefined && `fewer than ${test.min}`, test.max !== undefined && `more than ${test.max}`].filter(Boolean).join(" or ")} fields present`;
    case "uniqueItems": return `have ${p} with repeated items`;
    case "itemType": return `have ${p} with an item that is not a valid ${test.logicalType}${type ? ` (the column is ${type})` : ""}`;
  }
}

/**
 * For a pattern or length rule on numbers or times, what text the rule reads (see
 * rowPredicate): DuckDB's, which an author may not expect ("1.0" for a DOUBLE 1).
 */
function asText(p: string, type: string | undefined): string {
  const category = type === undefined ? "string" : typeCategory(type);
  const examples = category === "number" ? (/^DECIMAL/i.test(type!) ? [1.5] : [1, 1e16, Number.NaN, Number.NEGATIVE_INFINITY])
    : category === "timestamp" ? [Date.UTC(2024, 0, 2, 3, 4, 5, 120)] : category === "date" ? [Date.UTC(2024, 0, 2)] : [];
  return examples.length ? ` (${p} as DuckDB writes a ${type}: ${examples.map((x) => duckdbText(x, type!)).join(", ")})` : "";
}

const counts = new Intl.NumberFormat("en-US", {maximumFractionDigits: 20});

/** A count (or a threshold in rows) as en-US text: 10044440 → "10,044,440". */
function count(n: number): string {
  return counts.format(n);
}

function percent(part: number, whole: number): string {
  const p = (100 * part) / whole;
  return `${p === 0 || p >= 1 ? Number(p.toFixed(1)) : Number(p.toPrecision(2))}%`;
}

/**
 * A duration given in milliseconds, in the largest unit of which it is at least one
 * (d, h, min, s), to one decimal.
 *
 * @example [duration(5_400_000), duration(-90_000), duration(302_400_000)] // => ["1.5 h", "-1.5 min", "3.5 d"]
 */
export function duration(ms: number): string {
  const sign = ms < 0 ? "-" : "";
  const a = Math.abs(ms);
  const [size, unit] = a >= 86_400_000 ? [86_400_000, "d"] : a >= 3_600_000 ? [3_600_000, "h"] : a >= 60_000 ? [60_000, "min"] : [1_000, "s"];
  return `${sign}${Number((a / size).toFixed(1))} ${unit}`;
}
