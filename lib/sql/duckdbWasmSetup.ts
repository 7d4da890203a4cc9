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
 *
 * Tables live in a compressed in-memory catalog (`fslab`), not in DuckDB's default
 * in-memory database, which stores every value uncompressed. Compressed, a low-cardinality
 * text column stays dictionary-encoded, so `list_contains`, `regexp_full_match` and
 * `length` run once per distinct value instead of once per row, and a table takes a
 * fraction of the memory (the browser's WebAssembly heap is capped at 4 GB). The price is
 * at load: 10M transactions took 8–9 s to load instead of 4.7 s; reading them back is as
 * fast (bench/README.md). A load of a million rows or so is compressed as it commits; a
 * small one stays as it came until a checkpoint, where compression would gain little.
 */
export const duckdbWasmSetup = {
  config: {query: {castDecimalToDouble: true}},
  statements: [
    "SET autoinstall_known_extensions = false",
    "SET autoload_known_extensions = false",
    "SET custom_extension_repository = 'data:,'",
    "ATTACH IF NOT EXISTS ':memory:' AS fslab (COMPRESS)",
    "USE fslab",
  ],
} as const;
