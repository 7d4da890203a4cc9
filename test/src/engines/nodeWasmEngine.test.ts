import {tableFromArrays} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {jsonRows} from "../../../lib/contracts/index.js";
import type {SqlEngine} from "../../../lib/sql/index.js";
import {createNodeWasmEngine} from "../../../src/engines/index.js";
import {engineSuite} from "./engineSuite.js";

engineSuite("createNodeWasmEngine()", createNodeWasmEngine, {extensions: "none"});

describe("createNodeWasmEngine() storage", () => {
  // A load of a million rows or so is written to storage as it commits: compressed in the
  // engine's catalog, as plain values in DuckDB's default in-memory one. (Small loads stay
  // in memory as they came until a checkpoint, where compression would gain little.)
  const compressionOf = async (engine: SqlEngine, table: string) => jsonRows(await engine.query(
    `SELECT DISTINCT compression FROM pragma_storage_info('${table}') WHERE column_name = 'channel' AND segment_type = 'VARCHAR'`,
  )).map((r) => String(r.compression));

  it("loadArrow(name, table) stores a large text column compressed; DuckDB's default in-memory catalog would not", async () => {
    const engine = await createNodeWasmEngine();
    try {
      const n = 1_200_000;
      const channels = ["web", "pos", "app"];
      await engine.loadArrow("t", tableFromArrays({id: Int32Array.from({length: n}, (_, i) => i), channel: Array.from({length: n}, (_, i) => channels[i % 3]!)}));
      await engine.query("CREATE TABLE memory.main.plain AS SELECT * FROM t");
      expect(await compressionOf(engine, "t")).not.toContain("Uncompressed");
      expect(await compressionOf(engine, "memory.main.plain")).toEqual(["Uncompressed"]);
      expect(jsonRows(await engine.query("SELECT count_if(channel = 'pos') AS pos FROM t"))[0]!.pos).toBe(n / 3);
    } finally {
      await engine.close();
    }
  });
});
