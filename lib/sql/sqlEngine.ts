import type {Table} from "apache-arrow";

/** A value bound to a `?` placeholder. Dates bind as UTC TIMESTAMPs. */
export type SqlValue = string | number | bigint | boolean | null | Date;

/** A SQL text with its positional parameters, as built by the `sql` tag. */
export interface SqlQuery {
  readonly text: string;
  readonly params: readonly SqlValue[];
}

/** Which DuckDB runs the query: the browser's WASM build, the same build in Node, or native DuckDB. */
export type SqlEngineKind = "duckdb-wasm-browser" | "duckdb-wasm-node" | "duckdb-native";

/**
 * The one surface every engine implements (browser worker, Node-WASM blocking, Node-native),
 * so every SQL builder in lib/ runs unchanged on all three.
 */
export interface SqlEngine {
  readonly kind: SqlEngineKind;
  /** Runs one statement; `?` placeholders take `params` in order. Resolves to an Arrow table. */
  query(query: string | SqlQuery, params?: readonly SqlValue[]): Promise<Table>;
  /** Creates (or replaces) table `name` from an Arrow table. */
  loadArrow(name: string, table: Table): Promise<void>;
  /** Makes `bytes` readable under `name` in SQL, e.g. `read_csv('name')`. */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
}
