import * as duckdb from "@duckdb/duckdb-wasm";

export async function start() {
  const wasmUrl = import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm");
  const workerUrl = import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js");
  const worker = new Worker(workerUrl, {type: "module"});
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(wasmUrl);
  await db.open({query: {castBigIntToDouble: true}});
  const conn = await db.connect();
  return {db, conn, wasmUrl, workerUrl};
}
