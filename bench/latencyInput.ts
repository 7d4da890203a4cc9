import {existsSync, readFileSync} from "node:fs";
import {mkdir} from "node:fs/promises";
import {fileURLToPath} from "node:url";
import {tableFromIPC, type Vector} from "apache-arrow";
import {servingLatency} from "../lib/synth/index.js";
import {writeTable} from "../src/io/index.js";
import type {BenchScale} from "./benchOptions.js";

const outDir = fileURLToPath(new URL("../bench-output/", import.meta.url));

/** Requests and days of the latency benchmark's serving log (seed 7); 3 lookups a request, so `large` is ≈10M latencies. */
export const latencySizes: Readonly<Record<BenchScale, {requests: number; days: number}>> = {
  small: {requests: 33_334, days: 1},
  medium: {requests: 333_334, days: 9},
  large: {requests: 3_333_334, days: 90},
};

/** Where the latency benchmark reads its serving log at a scale. */
export function latencyFiles(scale: BenchScale): {parquet: string; arrow: string} {
  const base = `${outDir}serving-latency-${scale}-seed7`;
  return {parquet: `${base}.parquet`, arrow: `${base}.arrow`};
}

/**
 * Writes the synthetic serving log (lib/synth servingLatency, seed 7, one row per lookup)
 * once as Parquet (for native DuckDB) and Arrow IPC (for DuckDB-WASM and TypeScript) into
 * bench-output/; later runs reuse them.
 */
export async function prepareServingLatency(scale: BenchScale): Promise<void> {
  const files = latencyFiles(scale);
  if (existsSync(files.parquet) && existsSync(files.arrow)) return;
  await mkdir(outDir, {recursive: true});
  process.stderr.write(`bench latency: generating the ${scale} serving log into bench-output/ (once)…\n`);
  const log = servingLatency(7, {start: Date.UTC(2026, 0, 1), ...latencySizes[scale]});
  await writeTable(log, files.arrow);
  await writeTable(log, files.parquet);
}

/** The log's latencies (ms) and request times (epoch ms) as Float64Arrays, read from the Arrow IPC file. */
export function readLatencyColumns(scale: BenchScale): {latency: Float64Array; time: Float64Array} {
  const table = tableFromIPC(readFileSync(latencyFiles(scale).arrow));
  return {latency: float64s(table.getChild("latency_ms")!), time: float64s(table.getChild("request_timestamp")!)};
}

/** A numeric or timestamp column without nulls as one Float64Array (64-bit integers and timestamps through Number). */
function float64s(vector: Vector): Float64Array {
  if (vector.nullCount > 0) throw new Error(`readLatencyColumns requires columns without nulls, got ${vector.nullCount}`);
  const out = new Float64Array(vector.length);
  let at = 0;
  for (const data of vector.data) {
    const values = data.values as ArrayLike<number | bigint>; // timestamps: a BigInt64Array of epoch ms
    for (let i = 0; i < data.length; i++) out[at++] = Number(values[i]!);
  }
  return out;
}
