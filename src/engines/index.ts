import type {SqlEngine} from "../../lib/sql/index.js";
import {createNativeEngine, type NativeEngineOptions} from "./nativeEngine.js";
import {createNodeWasmEngine} from "./nodeWasmEngine.js";

export {createNativeEngine, type NativeEngineOptions} from "./nativeEngine.js";
export {createNodeWasmEngine} from "./nodeWasmEngine.js";

/** The engines Node can start: duckdb-wasm (the browser's engine) or native DuckDB. */
export type NodeEngineKind = "duckdb-wasm-node" | "duckdb-native";

/**
 * Starts a Node engine by kind.
 *
 * @example (await createEngine("duckdb-native")).kind // => "duckdb-native"
 */
export function createEngine(kind: NodeEngineKind, options: NativeEngineOptions = {}): Promise<SqlEngine> {
  if (kind === "duckdb-native") return createNativeEngine(options);
  if (kind === "duckdb-wasm-node") return createNodeWasmEngine();
  throw new TypeError(`createEngine requires "duckdb-wasm-node" or "duckdb-native", got ${JSON.stringify(kind)}`);
}
