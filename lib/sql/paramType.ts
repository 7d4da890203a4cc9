import type {SqlValue} from "./sqlEngine.js";

/** The DuckDB type a bound parameter takes, the same on every engine. */
export type ParamType = "DOUBLE" | "BIGINT" | "TIMESTAMP" | "VARCHAR" | "BOOLEAN" | "NULL";

const BIGINT_MIN = -(2n ** 63n);
const BIGINT_MAX = 2n ** 63n - 1n;

/**
 * The DuckDB type a `SqlValue` binds as: numbers are DOUBLE (duckdb-wasm binds every JSON
 * number as DOUBLE, so native binds them so too), bigints BIGINT, Dates TIMESTAMP (UTC).
 * A null takes its type from the context (`x = ?`); with none (`select ?`) duckdb-wasm makes
 * it VARCHAR and native DuckDB NULL, so give such a null a type: `CAST(? AS INTEGER)`.
 * Throws on values no engine can bind (objects, Invalid Date, bigints outside BIGINT).
 *
 * @example paramType(1) // => "DOUBLE"
 */
export function paramType(value: SqlValue): ParamType {
  if (value === null) return "NULL";
  switch (typeof value) {
    case "number":
      return "DOUBLE";
    case "string":
      return "VARCHAR";
    case "boolean":
      return "BOOLEAN";
    case "bigint":
      if (value < BIGINT_MIN || value > BIGINT_MAX) {
        throw new RangeError(`paramType requires a bigint within BIGINT's range, got ${value}`);
      }
      return "BIGINT";
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError("paramType requires a valid Date, got Invalid Date");
    return "TIMESTAMP";
  }
  throw new TypeError(`paramType requires a string, number, bigint, boolean, null or Date, got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  return typeof value === "object" ? `an object (${Object.prototype.toString.call(value)})` : typeof value;
}
