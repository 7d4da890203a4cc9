import {ident, raw, sql, type SqlFragment} from "../sql/index.js";
import type {LogicalType} from "./contract.js";

/** A column of the checked table as DuckDB describes it, e.g. `{name: "amount", type: "DOUBLE"}`. */
export interface Column {
  name: string;
  type: string;
}

type Category = "integer" | "number" | "boolean" | "date" | "timestamp" | "time" | "string" | "other";

/**
 * The logical family of a DuckDB type name.
 *
 * @example typeCategory("DECIMAL(18,3)") // => "number"
 */
export function typeCategory(type: string): Category {
  const t = type.toUpperCase();
  if (/^U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)$/.test(t)) return "integer";
  if (/^(FLOAT|DOUBLE|REAL|DECIMAL)/.test(t)) return "number";
  if (t === "BOOLEAN") return "boolean";
  if (t === "DATE") return "date";
  if (t.startsWith("TIMESTAMP")) return "timestamp";
  if (t.startsWith("TIME")) return "time";
  if (t === "VARCHAR" || t.startsWith("VARCHAR(")) return "string";
  return "other";
}

/**
 * The DuckDB type a declared logical type is cast to when the column holds something else.
 *
 * @example castType.integer // => "BIGINT"
 */
export const castType: Partial<Record<LogicalType, string>> = {
  integer: "BIGINT", number: "DOUBLE", boolean: "BOOLEAN", date: "DATE", timestamp: "TIMESTAMP", time: "TIME", string: "VARCHAR",
};

/** Column types whose every value fits the declared logical type as is. */
const fitsAsIs: Record<string, readonly Category[]> = {
  string: ["integer", "number", "boolean", "date", "timestamp", "time", "string", "other"],
  integer: ["integer"],
  number: ["integer", "number"],
  boolean: ["boolean"],
  date: ["date"],
  timestamp: ["timestamp", "date"],
  time: ["time"],
};

/**
 * How a column relates to its declared type: "fits" (every value fits), "values" (some
 * values may not: text in an integer column, fractions in a DOUBLE declared integer,
 * times in a TIMESTAMP declared date) or "mismatch" (no value can: BOOLEAN declared date).
 *
 * @example [typeFit("integer", {name: "n", type: "BIGINT"}), typeFit("integer", {name: "n", type: "VARCHAR"}), typeFit("date", {name: "n", type: "BOOLEAN"})] // => ["fits", "values", "mismatch"]
 */
export function typeFit(declared: LogicalType, column: Column): "fits" | "values" | "mismatch" {
  const category = typeCategory(column.type);
  // Lists and nested values: a LIST is an array, a STRUCT or MAP an object; text may hold either (as a CSV does).
  if (declared === "array") return /\[\d*\]$/.test(column.type.trim()) ? "fits" : category === "string" ? "values" : "mismatch";
  if (declared === "object" || declared === "map") return /^(STRUCT|MAP)\(|^JSON$/i.test(column.type.trim()) ? "fits" : category === "string" ? "values" : "mismatch";
  if (fitsAsIs[declared]?.includes(category)) return "fits";
  if (category === "string") return "values";
  if (declared === "integer" && category === "number") return "values";
  if (declared === "date" && category === "timestamp") return "values";
  return "mismatch";
}

/**
 * The column read as its declared type: the column itself when it fits, TRY_CAST when
 * its values must be parsed (unparseable → NULL, counted by the type check alone), and a
 * typed NULL when no value can fit, so value checks do not count type errors twice.
 *
 * @example [typedValue("number", {name: "x", type: "DOUBLE"}).text, typedValue("integer", {name: "n", type: "VARCHAR"}).text, typedValue("date", {name: "b", type: "BOOLEAN"}).text] // => ['"x"', 'TRY_CAST("n" AS BIGINT)', "CAST(NULL AS DATE)"]
 */
export function typedValue(declared: LogicalType | undefined, column: Column, strptime?: string): SqlFragment {
  const col = ident(column.name);
  const target = declared && castType[declared];
  if (!declared || !target) return col;
  const fit = typeFit(declared, column);
  if (fit === "fits") return col;
  if (fit === "mismatch") return raw(`CAST(NULL AS ${target})`);
  // Text with a declared format (a date written 31/01/2024) is read with it, not as ISO-8601.
  if (strptime !== undefined && typeCategory(column.type) === "string") return sql`CAST(try_strptime(${col}, ${strptime}) AS ${raw(target)})`;
  return sql`TRY_CAST(${col} AS ${raw(target)})`;
}

/**
 * The DuckDB type of the column read as its declared type (typedValue): the column's own
 * type when it fits or nothing is declared, else the type it is cast to.
 *
 * @example [typedType("number", {name: "x", type: "FLOAT"}), typedType("integer", {name: "x", type: "DOUBLE"}), typedType(undefined, {name: "x", type: "DATE"})] // => ["FLOAT", "BIGINT", "DATE"]
 */
export function typedType(declared: LogicalType | undefined, column: Column): string {
  const target = declared && castType[declared];
  return declared && target && typeFit(declared, column) !== "fits" ? target : column.type;
}

/**
 * Whether the column read as its declared type (typedValue) can be NaN: a FLOAT or DOUBLE
 * column, or text read as a number ("NaN" casts to NaN). Range rules count NaN as out of range.
 *
 * @example [mayBeNaN("number", {name: "x", type: "DOUBLE"}), mayBeNaN("number", {name: "x", type: "VARCHAR"}), mayBeNaN("integer", {name: "x", type: "DOUBLE"}), mayBeNaN(undefined, {name: "x", type: "DECIMAL(9,2)"})] // => [true, true, false, false]
 */
export function mayBeNaN(declared: LogicalType | undefined, column: Column): boolean {
  const target = declared && castType[declared];
  const fit = declared && target ? typeFit(declared, column) : "fits";
  if (fit === "fits") return /^(FLOAT|DOUBLE|REAL)$/i.test(column.type);
  return fit === "values" && target === "DOUBLE";
}

/**
 * A column as a sample row shows it: plain scalars (numbers, booleans, dates, timestamps,
 * text) as they are, anything else as DuckDB's text for it. Samples are for people, and
 * the engines return the other types differently or not at all: native DuckDB refuses
 * STRUCT, MAP, INTERVAL, UUID, ENUM, UHUGEINT, BIT and TIME WITH TIME ZONE (so a sample
 * query selecting one failed and the samples went missing), DuckDB-WASM gives blobs and
 * UHUGEINT as byte lists and intervals as pairs, and both give a TIME as a count of
 * microseconds. DuckDB's text ("1 day", "{'a': 1}", "12:00:00") reads the same on both.
 *
 * @example [sampleColumn({name: "a", type: "BIGINT"}).text, sampleColumn({name: "m", type: "STRUCT(a BIGINT)"}).text] // => ['"a"', 'CAST("m" AS VARCHAR) AS "m"']
 */
export function sampleColumn(column: Column): SqlFragment {
  const col = ident(column.name);
  const category = typeCategory(column.type);
  const plain = category !== "other" && category !== "time" && column.type.toUpperCase() !== "UHUGEINT";
  return plain ? col : sql`CAST(${col} AS VARCHAR) AS ${col}`;
}

/**
 * True for a row whose value is present but does not fit the declared type.
 *
 * @example typeViolation("integer", {name: "x", type: "DOUBLE"}).text // => '(NOT isfinite("x") OR "x" <> trunc("x"))'
 */
export function typeViolation(declared: LogicalType, column: Column, strptime?: string): SqlFragment {
  const col = ident(column.name);
  const fit = typeFit(declared, column);
  if (fit === "fits") return raw("false");
  if (fit === "mismatch") return sql`${col} IS NOT NULL`;
  const category = typeCategory(column.type);
  if (strptime !== undefined && category === "string") return sql`(${col} IS NOT NULL AND try_strptime(${col}, ${strptime}) IS NULL)`;
  if (declared === "integer" && category === "number") return sql`(NOT isfinite(${col}) OR ${col} <> trunc(${col}))`;
  if (declared === "date" && category === "timestamp") return sql`CAST(${col} AS TIMESTAMP) <> CAST(CAST(${col} AS DATE) AS TIMESTAMP)`;
  // DuckDB casts the text "4.5" to the integer 5, so an integer must also read back as the same number.
  if (declared === "integer") return sql`(${col} IS NOT NULL AND (TRY_CAST(${col} AS BIGINT) IS NULL OR TRY_CAST(${col} AS DOUBLE) <> TRY_CAST(${col} AS BIGINT)))`;
  return sql`(${col} IS NOT NULL AND TRY_CAST(${col} AS ${raw(castType[declared]!)}) IS NULL)`;
}
