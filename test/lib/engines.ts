// Both Node engines for tests of lib/ code that runs SQL: every builder is checked on the
// browser's WASM build and on native DuckDB, and must give the same results on each.
import type {Table} from "apache-arrow";
import {afterAll, beforeAll} from "vitest";
import type {SqlEngine, SqlQuery} from "../../lib/sql/index.js";
import {createNativeEngine, createNodeWasmEngine} from "../../src/engines/index.js";

/** [kind, factory] for each Node engine, for `describe.each`. */
export const engineFactories: [string, () => Promise<SqlEngine>][] = [
  ["duckdb-wasm-node", createNodeWasmEngine],
  ["duckdb-native", () => createNativeEngine()],
];

/** Opens an engine for one describe block with `tables` loaded, closes it afterwards; returns a getter. */
export function useEngine(create: () => Promise<SqlEngine>, tables: Record<string, Table> = {}): () => SqlEngine {
  let engine: SqlEngine | undefined;
  beforeAll(async () => {
    engine = await create();
    for (const [name, table] of Object.entries(tables)) await engine.loadArrow(name, table);
  });
  afterAll(() => engine?.close());
  return () => engine!;
}

/** Runs a query and returns plain row objects with bigints made numbers. */
export async function rowsOf(engine: SqlEngine, query: SqlQuery): Promise<Record<string, unknown>[]> {
  const table = await engine.query(query);
  return table.toArray().map((row) => Object.fromEntries(Object.entries(row.toJSON()).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])));
}

/** Row objects with snake_case keys renamed as the references name them. */
export function camel(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()), v])));
}
