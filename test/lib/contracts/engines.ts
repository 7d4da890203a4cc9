import {Bool, Float64, Int32, Table, TimestampMillisecond, Utf8, vectorFromArray, type DataType} from "apache-arrow";
import {afterAll, beforeAll} from "vitest";
import {parseContract, type Contract} from "../../../lib/contracts/index.js";
import type {SqlEngine} from "../../../lib/sql/index.js";
import {createNativeEngine, createNodeWasmEngine} from "../../../src/engines/index.js";

/** Both Node engines: contract checks must give the same results on each. */
export const engineFactories: [string, () => Promise<SqlEngine>][] = [
  ["duckdb-wasm-node", createNodeWasmEngine],
  ["duckdb-native", () => createNativeEngine()],
];

/** Opens an engine for one describe block and closes it afterwards; returns a getter. */
export function useEngine(create: () => Promise<SqlEngine>): () => SqlEngine {
  let engine: SqlEngine | undefined;
  beforeAll(async () => {
    engine = await create();
  });
  afterAll(() => engine?.close());
  return () => engine!;
}

const types: Record<string, () => DataType> = {
  int: () => new Int32(), float: () => new Float64(), text: () => new Utf8(), bool: () => new Bool(), time: () => new TimestampMillisecond(),
};

/** An Arrow table from typed plain columns, nulls allowed: `{amount: ["float", [1, null]]}`. */
export function arrowTable(columns: Record<string, [keyof typeof types, readonly unknown[]]>): Table {
  const vectors = Object.fromEntries(Object.entries(columns).map(([name, [type, values]]) => [name, vectorFromArray(values as unknown[], types[type]!() as never)]));
  return new Table(vectors);
}

const head = "apiVersion: v3.0.2\nkind: DataContract\nid: t\nversion: 1.0.0\nstatus: active\n";

/** A contract from the YAML after the required header fields. */
export function contractOf(yaml: string): Contract {
  const parsed = parseContract(head + yaml, "test.yaml");
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.text).join("\n"));
  return parsed.contract;
}
