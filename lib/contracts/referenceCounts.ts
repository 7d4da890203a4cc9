import type {CheckSpec, RowTest} from "./contractChecks.js";

/** Plain columns: name → values (numbers, strings, booleans, null; timestamps as ms since the epoch). */
export type PlainColumns = Record<string, readonly unknown[]>;

/**
 * A reference for the SQL: counts the violating rows of the count-style checks (nulls,
 * missing, invalid values and patterns, ranges, lengths, duplicates as extra rows,
 * row count) with plain loops over typed values. Type conformance and expression rules
 * are SQL semantics and are left out. NaN is not null and breaks every range (see
 * rowPredicate). Returns check id → unexpected count (row count: the number of rows).
 *
 * @example referenceCounts(specs, {amount: [1, -2, null]}).get("t.amount.minimum") // => 1
 */
export function referenceCounts(specs: readonly CheckSpec[], columns: PlainColumns): Map<string, number> {
  const rows = Object.values(columns)[0]?.length ?? 0;
  const counts = new Map<string, number>();
  for (const spec of specs) {
    const m = spec.measure;
    if (m.kind === "rowCount") counts.set(spec.id, rows);
    else if (m.kind === "duplicates") counts.set(spec.id, extraRows(m.keys.map((k) => columns[k] ?? []), rows));
    else if (m.kind === "rows" && m.test.kind !== "type" && m.test.kind !== "expression" && spec.property !== null) {
      const values = columns[spec.property] ?? [];
      let n = 0;
      for (const v of values) if (violates(m.test, v)) ++n;
      counts.set(spec.id, n);
    }
  }
  return counts;
}

function violates(test: RowTest, v: unknown): boolean {
  const missing = v === null || v === undefined;
  switch (test.kind) {
    case "null": return missing;
    case "missing": return missing || test.values.some((m) => m !== null && same(m, v));
    case "invalid": {
      if (missing) return false;
      const inList = test.validValues === undefined || test.validValues.some((m) => m !== null && same(m, v));
      const matches = test.pattern === undefined || new RegExp(test.pattern, "u").test(String(v));
      return !(inList && matches);
    }
    // NaN is outside every range, as rowPredicate reads it (a JavaScript comparison with NaN is false).
    case "below": return !missing && (isNaNValue(v) || (test.inclusive ? num(v) <= num(test.bound) : num(v) < num(test.bound)));
    case "above": return !missing && (isNaNValue(v) || (test.inclusive ? num(v) >= num(test.bound) : num(v) > num(test.bound)));
    case "length": {
      if (missing) return false;
      const length = [...String(v)].length; // code points, as DuckDB's length()
      return (test.min !== undefined && length < test.min) || (test.max !== undefined && length > test.max);
    }
    default: return false;
  }
}

/** Listed values compare as numbers when the listed value is a number, else as text; a listed NaN matches NaN (DuckDB's NaN = NaN). */
function same(listed: unknown, v: unknown): boolean {
  if (typeof listed === "number") return Number.isNaN(listed) ? isNaNValue(v) : Number(v) === listed;
  return String(listed) === String(v);
}

/** A NaN number; text that is not a date or number is not NaN here (the SQL reads it as NULL). */
function isNaNValue(v: unknown): boolean {
  return typeof v === "number" && Number.isNaN(v);
}

function num(v: unknown): number {
  return typeof v === "string" ? Date.parse(v) : Number(v);
}

function extraRows(keys: readonly (readonly unknown[])[], rows: number): number {
  const seen = new Set<string>();
  let extra = 0;
  for (let i = 0; i < rows; ++i) {
    const key = keys.map((column) => column[i]);
    if (key.some((v) => v === null || v === undefined)) continue;
    const text = JSON.stringify(key);
    if (seen.has(text)) ++extra;
    else seen.add(text);
  }
  return extra;
}
