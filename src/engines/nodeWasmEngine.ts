import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import * as duckdb from "@duckdb/duckdb-wasm/blocking";
import {Table, tableFromIPC, tableToIPC} from "apache-arrow";
import {duckdbType, duckdbWasmSetup, jsonParams, quoteIdentifier, SqlError} from "../../lib/sql/index.js";
import type {SqlEngine, SqlQuery, SqlValue} from "../../lib/sql/index.js";
import {toSqlQuery} from "./toSqlQuery.js";

const dist = dirname(createRequire(import.meta.url).resolve("@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs"));
const bundles: duckdb.DuckDBBundles = {
  mvp: {mainModule: join(dist, "duckdb-mvp.wasm"), mainWorker: join(dist, "duckdb-node-mvp.worker.cjs")},
  eh: {mainModule: join(dist, "duckdb-eh.wasm"), mainWorker: join(dist, "duckdb-node-eh.worker.cjs")},
};

/**
 * DuckDB-WASM in Node, blocking bindings: the browser's exact engine, for tests and
 * parity. Results and inputs cross as Arrow IPC bytes, never as Arrow objects: the
 * package's CommonJS bundle loads its own instance of apache-arrow, and Arrow objects
 * from another instance fail `instanceof` checks (`insertArrowTable` then silently
 * creates nothing).
 */
export async function createNodeWasmEngine(): Promise<SqlEngine> {
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open(duckdbWasmSetup.config);
  const connection = db.connect();
  const conn = connection.useUnsafe((_, id) => id);
  for (const statement of duckdbWasmSetup.statements) db.runQuery(conn, statement);
  let closed = false;

  function run(query: SqlQuery): Table {
    if (closed) throw new SqlError("Connection Error: the engine is closed", query.text);
    const {text, params} = query.params.length > 0 ? jsonParams(query) : {text: query.text, params: []};
    try {
      if (params.length === 0) return tableFromIPC(db.runQuery(conn, text));
      const statement = db.createPrepared(conn, text);
      try {
        return tableFromIPC(db.runPrepared(conn, statement, params));
      } finally {
        db.closePrepared(conn, statement);
      }
    } catch (error) {
      throw SqlError.from(error, query.text);
    }
  }

  return {
    kind: "duckdb-wasm-node",
    async query(query: string | SqlQuery, params?: readonly SqlValue[]) {
      return run(toSqlQuery(query, params));
    },
    async loadArrow(name: string, table: Table) {
      const target = quoteIdentifier(name);
      run({text: `DROP TABLE IF EXISTS ${target}`, params: []});
      if (table.batches.length === 0) {
        // an IPC stream without batches carries no columns for duckdb-wasm: create it from the schema
        const columns = table.schema.fields.map((f) => `${quoteIdentifier(f.name)} ${duckdbType(f.type)}`);
        run({text: `CREATE TABLE ${target} (${columns.join(", ")})`, params: []});
        return;
      }
      try {
        db.insertArrowFromIPCStream(conn, tableToIPC(table, "stream"), {name, create: true});
      } catch (error) {
        throw SqlError.from(error, `loadArrow(${JSON.stringify(name)})`);
      }
    },
    async registerFile(name: string, bytes: Uint8Array) {
      if (closed) throw new SqlError("Connection Error: the engine is closed", `registerFile(${JSON.stringify(name)})`);
      db.registerFileBuffer(name, bytes);
    },
    async close() {
      if (closed) return;
      closed = true;
      connection.close();
      db.reset();
    },
  };
}
