import {Field, Int32, List, Table, vectorFromArray} from "apache-arrow";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {SqlEngine} from "../../../lib/sql/index.js";
import {createEngine, createNativeEngine} from "../../../src/engines/index.js";
import {engineSuite} from "./engineSuite.js";

engineSuite("createNativeEngine()", () => createNativeEngine({threads: 1}), {extensions: "builtin"});

describe("createNativeEngine() specifics", () => {
  let engine: SqlEngine;
  beforeAll(async () => {
    engine = await createEngine("duckdb-native", {threads: 1});
  });
  afterAll(() => engine.close());

  it("createEngine('duckdb-native') starts a native engine", () => {
    expect(engine.kind).toBe("duckdb-native");
  });
  it("rejects a column type without an agreed Arrow form, naming the column", async () => {
    await expect(engine.query("select interval 1 day as gap")).rejects.toThrow(/column "gap" has type INTERVAL/);
  });
  it("loadArrow of a List column refuses it by name before creating the table", async () => {
    const table = new Table({id: vectorFromArray([1]), tags: vectorFromArray([[1, 2]], new List(new Field("item", new Int32())))});
    await expect(engine.loadArrow("listy", table)).rejects.toThrow('loadArrow requires columns of int, float, utf8, bool, date, timestamp or dictionary type, got column "tags" of type List<Int32>');
    expect((await engine.query("select count(*)::int as n from duckdb_tables() where table_name = 'listy'")).get(0)!.n).toBe(0);
  });
  it("registerFile refuses a name with a directory", async () => {
    await expect(engine.registerFile("../x.csv", new Uint8Array())).rejects.toThrow(/registerFile requires a plain file name/);
  });
  it("threads must be a positive integer", async () => {
    await expect(createNativeEngine({threads: 0})).rejects.toThrow(/createNativeEngine requires threads to be a positive integer, got 0/);
  });
  it("createEngine rejects an unknown kind, naming it", () => {
    expect(() => createEngine("sqlite" as never)).toThrow(/createEngine requires "duckdb-wasm-node" or "duckdb-native", got "sqlite"/);
  });
});
