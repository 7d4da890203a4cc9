import {existsSync} from "node:fs";
import {mkdir} from "node:fs/promises";
import {fileURLToPath} from "node:url";
import {Table, makeVector, type Vector} from "apache-arrow";
import {createRng, float64Column, int32Column, timestampColumn} from "../lib/synth/index.js";
import {writeTable} from "../src/io/index.js";
import type {BenchScale} from "./benchOptions.js";
import {nullableUtf8} from "./driftInput.js";

const outDir = fileURLToPath(new URL("../bench-output/", import.meta.url));

/** Served rows of the skew benchmark (training has as many, a few keys differ). */
export const skewRows: Readonly<Record<BenchScale, number>> = {small: 20_000, medium: 200_000, large: 1_000_000};

/** The 20 compared features: 14 floats (1% null), 3 counts, 3 categories of 4, 20 and 100 values. */
export const skewBenchFeatures = [
  ...Array.from({length: 14}, (_, k) => ({name: `num_${String(k + 1).padStart(2, "0")}`, kind: "numeric" as const})),
  ...[1, 2, 3].map((k) => ({name: `count_${k}`, kind: "numeric" as const})),
  ...[4, 20, 100].map((size, k) => ({name: `cat_${k + 1}`, kind: "categorical" as const, size})),
];

/** Where the skew benchmark keeps its input at a scale: training and serving as Parquet and Arrow IPC. */
export function skewFiles(scale: BenchScale): Record<"training" | "serving", {parquet: string; arrow: string}> {
  const base = `${outDir}skew-${scale}-seed7`;
  const side = (s: string) => ({parquet: `${base}-${s}.parquet`, arrow: `${base}-${s}.arrow`});
  return {training: side("training"), serving: side("serving")};
}

/**
 * The benchmark's training table (what training recomputes) and serving table (what the
 * online path served), `rows` each, seeded: key `request_id`, then customer_id and
 * request_time (for the preprocessing spec's windows), then the 20 features. Serving holds
 * the same requests in another order (a seeded shuffle, so the join is a real one), 0.1%
 * of them replaced by requests training never saw, and per feature its own skew: floats
 * served as float32 in 20% of rows (within the default rtol), a share (0.05%–0.7%, by
 * column) scaled × 100 as cents or shifted by 1%, nulls served as 0 in two columns; counts
 * off by one in 0.2%; categories "unknown" in 0.5%.
 *
 * @example skewBenchTables(7, 100).serving.numCols // => 23
 */
export function skewBenchTables(seed: number, rows: number): {training: Table; serving: Table} {
  const rng = createRng(seed, "bench_skew_training");
  const customers = Math.max(1, Math.round(rows / 25));
  const start = Date.UTC(2026, 0, 1);
  const customer = new Int32Array(rows), time = new Float64Array(rows), id = new Int32Array(rows);
  for (let i = 0, t = start; i < rows; i++) {
    id[i] = i + 1;
    customer[i] = 1 + rng.int(customers);
    time[i] = t += Math.round(rng.uniform() * 2 * 90 * 86_400_000 / rows);
  }
  const training: Record<string, Vector> = {request_id: int32Column(id), customer_id: int32Column(customer), request_time: timestampColumn(time)};
  const columns: Record<string, Float64Array | Int32Array | Int8Array> = {};
  skewBenchFeatures.forEach((f, k) => {
    if (f.kind === "categorical") {
      const codes = new Int8Array(rows);
      for (let i = 0; i < rows; i++) codes[i] = rng.uniform() < 0.01 ? -1 : Math.min(f.size - 1, Math.floor(f.size * rng.uniform() ** 2));
      columns[f.name] = codes;
    } else if (f.name.startsWith("count_")) {
      const counts = new Int32Array(rows);
      for (let i = 0; i < rows; i++) counts[i] = rng.poisson(2 + 3 * k);
      columns[f.name] = counts;
    } else {
      const values = new Float64Array(rows);
      for (let i = 0; i < rows; i++) values[i] = rng.uniform() < 0.01 ? NaN : k % 2 ? rng.logNormal(3 + k / 7, 1) : 100 * rng.normal() + 10 * k;
      columns[f.name] = values;
    }
  });
  for (const f of skewBenchFeatures) training[f.name] = vectorOf(columns[f.name]!, f);

  // Serving: a seeded shuffle of the rows, 0.1% re-keyed, each feature skewed its own way.
  const s = createRng(seed, "bench_skew_serving");
  const order = Int32Array.from({length: rows}, (_, i) => i);
  for (let i = rows - 1; i > 0; i--) {
    const j = s.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const servedId = Int32Array.from(order, (r) => (s.uniform() < 0.001 ? rows + 1 + r : id[r]!));
  const serving: Record<string, Vector> = {
    request_id: int32Column(servedId),
    customer_id: int32Column(Int32Array.from(order, (r) => customer[r]!)),
    request_time: timestampColumn(Float64Array.from(order, (r) => time[r]!)),
  };
  skewBenchFeatures.forEach((f, k) => {
    const source = columns[f.name]!;
    if (f.kind === "categorical") {
      const codes = Int8Array.from(order, (r) => (s.uniform() < 0.005 ? f.size : source[r]!));
      serving[f.name] = vectorOf(codes, f, true);
    } else if (f.name.startsWith("count_")) {
      serving[f.name] = int32Column(Int32Array.from(order, (r) => source[r]! + (s.uniform() < 0.002 ? 1 : 0)));
    } else {
      const share = 0.0005 * (k + 1);
      const values = Float64Array.from(order, (r) => {
        const v = source[r]!;
        if (v !== v) return k < 2 ? 0 : NaN;
        const u = s.uniform();
        if (u < share) return k % 3 === 0 ? v * 100 : v * 1.01;
        return u < 0.2 ? Math.fround(v) : v;
      });
      serving[f.name] = float64Column(values);
    }
  });
  return {training: new Table(training), serving: new Table(serving)};
}

/** A feature's Arrow column; a category code equal to the size is served as "unknown". */
function vectorOf(values: Float64Array | Int32Array | Int8Array, f: (typeof skewBenchFeatures)[number], unknown = false): Vector {
  if (f.kind === "categorical") {
    const labels = Array.from({length: f.size}, (_, c) => `${f.name}_v${String(c).padStart(3, "0")}`);
    return nullableUtf8(values as Int8Array, unknown ? [...labels, "unknown"] : labels);
  }
  return values instanceof Float64Array ? float64Column(values) : makeVector(values as Int32Array);
}

/** Writes the two tables (seed 7) once into bench-output/ as Parquet and Arrow IPC; later runs reuse them. */
export async function prepareSkewInput(scale: BenchScale): Promise<void> {
  const files = skewFiles(scale);
  if (Object.values(files).every((f) => existsSync(f.parquet) && existsSync(f.arrow))) return;
  await mkdir(outDir, {recursive: true});
  process.stderr.write(`bench skew: generating ${skewRows[scale]} training + serving rows × ${skewBenchFeatures.length} features into bench-output/ (once)…\n`);
  const tables = skewBenchTables(7, skewRows[scale]);
  for (const side of ["training", "serving"] as const) {
    await writeTable(tables[side], files[side].arrow);
    await writeTable(tables[side], files[side].parquet);
  }
}
