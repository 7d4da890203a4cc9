import {existsSync} from "node:fs";
import {mkdir} from "node:fs/promises";
import {fileURLToPath} from "node:url";
import {generateWorld} from "../lib/synth/index.js";
import {writeTable} from "../src/io/index.js";
import type {BenchScale} from "./benchOptions.js";

const outDir = fileURLToPath(new URL("../bench-output/", import.meta.url));

/** Where the contracts benchmark reads the world's transactions (seed 7) at a scale. */
export function transactionsFiles(scale: BenchScale): {parquet: string; arrow: string} {
  const base = `${outDir}transactions-${scale}-seed7`;
  return {parquet: `${base}.parquet`, arrow: `${base}.arrow`};
}

/**
 * Writes the world's transactions once as Parquet (for native DuckDB) and Arrow IPC (for
 * DuckDB-WASM, which has no Parquet offline) into bench-output/; later runs reuse them.
 */
export async function prepareTransactions(scale: BenchScale): Promise<void> {
  const files = transactionsFiles(scale);
  if (existsSync(files.parquet) && existsSync(files.arrow)) return;
  await mkdir(outDir, {recursive: true});
  process.stderr.write(`bench contracts: generating the ${scale} world's transactions into bench-output/ (once)…\n`);
  const {transactions} = generateWorld({seed: 7, scale, tables: ["transactions"]});
  await writeTable(transactions, files.arrow);
  await writeTable(transactions, files.parquet);
}
