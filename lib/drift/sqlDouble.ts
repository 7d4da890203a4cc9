import {sql, type SqlFragment} from "../sql/index.js";

/**
 * A double bound exactly: its shortest text as a parameter, cast in SQL. duckdb-wasm takes
 * parameters through JSON and can read a fractional number an ulp off; DuckDB's text→DOUBLE
 * cast is correctly rounded, and JavaScript's shortest text reads back as the same double.
 *
 * @example sqlDouble(0.1) // => {text: "CAST(? AS DOUBLE)", params: ["0.1"]}
 */
export function sqlDouble(value: number): SqlFragment {
  return sql`CAST(${String(value)} AS DOUBLE)`;
}
