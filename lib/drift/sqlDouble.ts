import {sql, type SqlFragment} from "../sql/index.js";

/**
 * A double as a bound parameter, read back bit for bit on every engine: native DuckDB binds
 * it as it is, and duckdb-wasm, which takes parameters through JSON and could read a
 * fractional number an ulp off, gets its shortest text with a DOUBLE cast (lib/sql's
 * jsonParams). Bin edges and quantile ranks must be exact: an edge an ulp off moves a
 * tied value into the next bin.
 *
 * @example sqlDouble(0.1) // => {text: "?", params: [0.1]}
 */
export function sqlDouble(value: number): SqlFragment {
  return sql`${value}`;
}
