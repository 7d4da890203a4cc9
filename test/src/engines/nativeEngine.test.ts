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
