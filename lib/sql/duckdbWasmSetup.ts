/**
 * How every duckdb-wasm engine (browser worker and Node blocking) is opened, so both give
 * the same results. `castDecimalToDouble` makes DECIMAL, HUGEINT and `sum(integer)` come
 * back as Float64 instead of Arrow Decimal128. The statements run on each new connection:
 * with extension autoinstall and autoload off, a query that needs an extension (Parquet,
 * JSON, ICU's TimeZone) fails at once with DuckDB's message instead of fetching it from
 * the network (which hangs in Node and fails offline). There is no TimeZone setting
 * without ICU: duckdb-wasm works in UTC.
 */
export const duckdbWasmSetup = {
  config: {query: {castDecimalToDouble: true}},
  statements: ["SET autoinstall_known_extensions = false", "SET autoload_known_extensions = false"],
} as const;
