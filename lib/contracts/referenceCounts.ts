import {castType, typeCategory, typedType, typeFit} from "./columnTypes.js";
import type {LogicalType} from "./contract.js";
import type {CheckSpec, RowTest} from "./contractChecks.js";
import {duckdbNumber} from "./duckdbNumber.js";
import {duckdbText} from "./duckdbText.js";

/**
 * Plain columns: name → values (numbers, strings, booleans, null; timestamps and dates as
 * ms since the epoch; a FLOAT column's values as the 32-bit floats read back).
 */
export type PlainColumns = Record<string, readonly unknown[]>;

/**
 * A reference for the SQL: counts the violating rows of the count-style checks (nulls,
 * missing, invalid values and patterns, ranges, lengths, duplicates as extra rows,
 * row count, and type conformance of a number or integer declared on a column whose
 * values may not fit it: text, or numbers declared integer)
 * with plain loops over typed values. Text declared a number reads as DuckDB's TRY_CAST
 * reads it (duckdbNumber). Other type conformance and expression rules are SQL semantics
 * and are left out. NaN is not null and breaks every range (see
 * rowPredicate). Text rules read a value that is not text as DuckDB writes it
 * (duckdbText), so `types` gives the DuckDB type of each column (as DESCRIBE does); a
 * column without one is typed from its values (text VARCHAR, whole numbers BIGINT, other
 * numbers DOUBLE, booleans BOOLEAN). Returns check id → unexpected count (row count: the
 * number of rows).
 *
 * @example referenceCounts(specs, {amount: [1, -2, null]}, {amount: "DOUBLE"}).get("t.amount.minimum") // => 1
 */
export function referenceCounts(specs: readonly CheckSpec[], columns: PlainColumns, types: Readonly<Record<string, string>> = {}): Map<string, number> {
  const rows = Object.values(columns)[0]?.length ?? 0;
  const counts = new Map<string, number>();
  for (const spec of specs) {
    const m = spec.measure;
    if (m.kind === "rowCount") counts.set(spec.id, rows);
    else if (m.kind === "duplicates") counts.set(spec.id, extraRows(m.keys.map((k) => columns[k] ?? []), rows));
    else if (m.kind === "rows" && m.test.kind === "type" && spec.column !== null) {
      const values = columns[spec.column] ?? [];
      const wrong = typeCheck(m.test.logicalType, types[spec.column] ?? typeOf(values));
      if (wrong) counts.set(spec.id, values.filter((v) => v !== null && v !== undefined && wrong(v)).length);
    } else if (m.kind === "rows" && referenced.has(m.test.kind) && spec.column !== null) {
      const values = columns[spec.column] ?? [];
      const type = types[spec.column] ?? typeOf(values);
      const read = reader(spec.logicalType, type);
      let n = 0;
      for (const v of values) if (violates(m.test, v, read)) ++n;
      counts.set(spec.id, n);
    }
  }
  return counts;
}

/** The row tests the reference counts; the others (types, expressions, formats, lists) are SQL semantics. */
const referenced = new Set<RowTest["kind"]>(["null", "missing", "invalid", "below", "above", "length"]);

/** How one column's values are read: as DuckDB's text, and as their declared type. */
interface Reader {
  text: (v: unknown) => string | null;
  typed: (v: unknown) => unknown;
  numeric: boolean;
  float: boolean;
}

function reader(declared: LogicalType | undefined, type: string): Reader {
  const column = {name: "", type};
  const target = declared && castType[declared];
  const fit = declared && target ? typeFit(declared, column) : "fits";
  const valueType = typedType(declared, column);
  const typed = fit === "fits" ? (v: unknown) => v
    : fit === "mismatch" ? () => null
    : declared === "integer" && typeCategory(type) === "number" ? (v: unknown) => toBigint(v, /^DECIMAL/i.test(type))
    : (declared === "integer" || declared === "number") && typeCategory(type) === "string" ? (v: unknown) => (typeof v === "string" ? duckdbNumber(v, castType[declared] as "DOUBLE" | "BIGINT") : v)
    : (v: unknown) => v;
  return {text: (v) => duckdbText(v, type), typed, numeric: ["integer", "number"].includes(typeCategory(valueType)), float: /^(FLOAT|REAL|FLOAT4)$/i.test(valueType)};
}

/**
 * Whether a present value breaks a declared type, as typeViolation has the SQL decide; null
 * where every value fits (nothing to count) or the reference does not follow the SQL
 * (text or times read as dates and times).
 * Text declared an integer must read as a BIGINT, and as the same number when read as a
 * DOUBLE ("2.5" reads as 3, "0x10" as 16 and as no DOUBLE, which the SQL lets pass).
 */
function typeCheck(declared: LogicalType, type: string): ((v: unknown) => boolean) | null {
  const fit = typeFit(declared, {name: "", type});
  if (fit === "fits") return null;
  if (fit === "mismatch") return () => true;
  const category = typeCategory(type);
  if (declared === "integer" && category === "number") return (v) => typeof v === "number" && (!Number.isFinite(v) || v !== Math.trunc(v));
  if (category !== "string" || (declared !== "integer" && declared !== "number")) return null;
  return (v) => {
    const text = String(v);
    const double = duckdbNumber(text, "DOUBLE");
    if (declared === "number") return double === null;
    const integer = duckdbNumber(text, "BIGINT");
    return integer === null || (double !== null && double !== Number(integer));
  };
}

/**
 * A number cast to BIGINT as DuckDB casts it: to the nearest, ties to even from a double
 * and away from zero from a DECIMAL; NULL when it does not fit.
 */
function toBigint(v: unknown, decimal: boolean): unknown {
  if (typeof v !== "number") return v;
  if (!Number.isFinite(v) || Math.abs(v) >= 2 ** 63) return null;
  if (decimal) return Math.sign(v) * Math.floor(Math.abs(v) + 0.5);
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function violates(test: RowTest, raw: unknown, read: Reader): boolean {
  const missing = raw === null || raw === undefined;
  const v = missing ? null : read.typed(raw);
  switch (test.kind) {
    case "null": return missing;
    case "missing": return missing || listed(test.values, v, raw, read) === true;
    case "invalid": {
      if (missing) return false;
      const inList = test.validValues === undefined || listed(test.validValues, v, raw, read);
      const matches = test.pattern === undefined || new RegExp(test.pattern, "u").test(read.text(raw)!);
      // SQL's three-valued NOT (inList AND matches): a NULL inList with a match is no violation.
      return inList === false || !matches;
    }
    // NaN is outside every range, as rowPredicate reads it (a JavaScript comparison with NaN is false).
    case "below": return v !== null && (isNaNValue(v) || (test.inclusive ? num(v) <= num(test.bound) : num(v) < num(test.bound)));
    case "above": return v !== null && (isNaNValue(v) || (test.inclusive ? num(v) >= num(test.bound) : num(v) > num(test.bound)));
    case "length": {
      if (missing) return false;
      const length = [...read.text(raw)!].length; // code points, as DuckDB's length()
      return (test.min !== undefined && length < test.min) || (test.max !== undefined && length > test.max);
    }
    default: return false;
  }
}

/**
 * Whether the value is one of the listed values, in SQL's three values: a listed number
 * compares as a number when the column reads as numbers (rounded to 32 bits on a FLOAT
 * column, matching nothing when it overflows one; a listed NaN matches NaN, as DuckDB's
 * NaN = NaN; a value that reads as NULL compares as NULL), anything else as text with
 * DuckDB's text of the value.
 */
function listed(values: readonly unknown[], v: unknown, raw: unknown, read: Reader): boolean | null {
  let result: boolean | null = false;
  for (const m of values) {
    if (m === null || m === undefined) continue;
    if (typeof m === "number" && read.numeric) {
      const x = read.float ? Math.fround(m) : m;
      if (Number.isFinite(m) && !Number.isFinite(x)) continue;
      if (v === null) result = null;
      else if (Number.isNaN(x) ? isNaNValue(v) : Number(v) === x) return true;
    } else if ((typeof m === "string" ? m : typeof m === "number" ? String(m) : JSON.stringify(m)) === read.text(raw)) return true;
  }
  return result;
}

/** A NaN number; text that is not a date or number is not NaN here (the SQL reads it as NULL). */
function isNaNValue(v: unknown): boolean {
  return typeof v === "number" && Number.isNaN(v);
}

function num(v: unknown): number {
  return typeof v === "string" ? Date.parse(v) : Number(v);
}

/** The DuckDB type plain values would load as, for a column given without one. */
function typeOf(values: readonly unknown[]): string {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length && present.every((v) => typeof v === "boolean")) return "BOOLEAN";
  if (present.length && present.every((v) => typeof v === "number" || typeof v === "bigint")) {
    return present.every((v) => typeof v === "bigint" || Number.isInteger(v)) ? "BIGINT" : "DOUBLE";
  }
  return "VARCHAR";
}

/** Duplicates as extra rows; a number's key is its value, so NaN, ±Infinity and 0 = -0 group as DuckDB groups them. */
function extraRows(keys: readonly (readonly unknown[])[], rows: number): number {
  const seen = new Set<string>();
  let extra = 0;
  for (let i = 0; i < rows; ++i) {
    const key = keys.map((column) => column[i]);
    if (key.some((v) => v === null || v === undefined)) continue;
    const text = JSON.stringify(key.map((v) => (typeof v === "number" || typeof v === "bigint" ? `#${String(v)}` : v)));
    if (seen.has(text)) ++extra;
    else seen.add(text);
  }
  return extra;
}
