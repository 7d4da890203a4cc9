/**
 * How every duckdb-wasm engine (browser worker and Node blocking) is opened, so both give
 * the same results. `castDecimalToDouble` makes DECIMAL, HUGEINT and `sum(integer)` come
 * back as Float64 instead of Arrow Decimal128. The statements run on each new connection:
 * with extension autoinstall and autoload off, a query that needs an extension (Parquet,
 * JSON, ICU's TimeZone) fails at once with DuckDB's message instead of fetching it from
 * the network (which hangs in Node and fails offline). There is no TimeZone setting
 * without ICU: duckdb-wasm works in UTC. Autoload off is not enough: some functions (e.g.
 * `date_trunc` on `now()`) still fetch ICU from the extension repository, so that points at
 * an empty `data:` URL and the query fails with no request at all.
 */
export const duckdbWasmSetup = {
  config: {query: {castDecimalToDouble: true}},
  statements: [
    "SET autoinstall_known_extensions = false",
    "SET autoload_known_extensions = false",
    "SET custom_extension_repository = 'data:,'",
  ],
} as const;
