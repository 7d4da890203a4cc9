import {existsSync} from "node:fs";
import {mkdir, writeFile} from "node:fs/promises";
import {fileURLToPath} from "node:url";
import {DataType, Table, Utf8, makeData, makeVector, type Vector} from "apache-arrow";
import {numericValues} from "../lib/drift/index.js";
import {createRng, driftWindows, float64Column, weightedChoice} from "../lib/synth/index.js";
import {writeTable} from "../src/io/index.js";
import type {BenchScale} from "./benchOptions.js";
import {npyBytes, type NpyArray} from "./driftNpy.js";

const outDir = fileURLToPath(new URL("../bench-output/", import.meta.url));

/** Rows in each window (reference and current) of the drift benchmark. */
export const driftRows: Readonly<Record<BenchScale, number>> = {small: 20_000, medium: 200_000, large: 1_000_000};

/** The two windows of the drift benchmark. */
export const driftWindowNames = ["reference", "current"] as const;
export type DriftWindowName = (typeof driftWindowNames)[number];

/** The benchmark's columns in table order: 6 numeric, 4 categorical. */
export const driftBenchColumns = [
  {name: "amount", kind: "numeric"},
  {name: "merchant_category", kind: "categorical"},
  {name: "channel", kind: "categorical"},
  {name: "txn_count_7d", kind: "numeric"},
  {name: "customer_tenure_days", kind: "numeric"},
  {name: "session_seconds", kind: "numeric"},
  {name: "risk_score", kind: "numeric"},
  {name: "hour_of_day", kind: "numeric"},
  {name: "device", kind: "categorical"},
  {name: "country", kind: "categorical"},
] as const;

const devices = ["android", "desktop", "ios", "tablet"];
const countries = ["at", "be", "ch", "de", "es", "fr", "gb", "ie", "it", "nl", "pl", "se", "us", "br"];

/**
 * The benchmark's two windows (`rows` each, seeded): lib/synth's `driftWindows` (strength
 * 0.3: amount 0.2% null, merchant_category, channel, txn_count_7d, customer_tenure_days)
 * and five more columns drawn from streams of their own, shifted in the current window:
 * session_seconds (lognormal, 0.1 s steps, 1% null), risk_score (in [0, 1] in steps of
 * 0.001: many ties), hour_of_day (24 values: duplicate quantile edges), device (2% null) and
 * country (a 14th category, "br", only in the current window).
 *
 * @example driftBenchWindows(7, 100).current.numCols // => 10
 */
export function driftBenchWindows(seed: number, rows: number): Record<DriftWindowName, Table> {
  const {drift_reference, drift_current} = driftWindows(seed, rows, {strength: 0.3});
  return {reference: withExtras(drift_reference, seed, "reference", 0), current: withExtras(drift_current, seed, "current", 1)};
}

/** A window's table with the five extra columns, `shift` 0 (reference) or 1 (current). */
function withExtras(base: Table, seed: number, window: DriftWindowName, shift: number): Table {
  const rows = base.numRows;
  const rng = createRng(seed, `bench_drift_${window}`);
  const hourWeights = Array.from({length: 24}, (_, h) => 0.2 + Math.exp(-((h - 13 - 4 * shift) ** 2) / 18));
  const pickHour = weightedChoice(hourWeights);
  const pickDevice = weightedChoice(shift ? [0.45, 0.2, 0.3, 0.05] : [0.4, 0.3, 0.25, 0.05]);
  const pickCountry = weightedChoice(countries.map((_, k) => (k === 13 ? 0.01 * shift : 1 / (k + 2))));
  const session = new Float64Array(rows), risk = new Float64Array(rows), hour = new Int32Array(rows);
  const device = new Int8Array(rows), country = new Int8Array(rows);
  for (let i = 0; i < rows; i++) {
    session[i] = rng.uniform() < 0.01 ? NaN : Math.round(rng.logNormal(Math.log(90) + 0.15 * shift, 1) * 10) / 10;
    risk[i] = Math.round(rng.uniform() ** (1.5 - 0.3 * shift) * 1000) / 1000;
    hour[i] = pickHour(rng.uniform());
    device[i] = rng.uniform() < 0.02 ? -1 : pickDevice(rng.uniform());
    country[i] = pickCountry(rng.uniform());
  }
  const columns: Record<string, Vector> = {};
  for (const field of base.schema.fields) columns[field.name] = base.getChild(field.name)!;
  Object.assign(columns, {
    session_seconds: float64Column(session),
    risk_score: makeVector(risk),
    hour_of_day: makeVector(hour),
    device: nullableUtf8(device, devices),
    country: nullableUtf8(country, countries),
  });
  return new Table(Object.fromEntries(driftBenchColumns.map((c) => [c.name, columns[c.name]!])));
}

/** A Utf8 column from codes into `labels`, code −1 a null. */
export function nullableUtf8(codes: Int8Array, labels: readonly string[]): Vector<Utf8> {
  const encoder = new TextEncoder();
  const bytes = labels.map((l) => encoder.encode(l));
  const n = codes.length;
  const offsets = new Int32Array(n + 1);
  const bitmap = new Uint8Array((n + 7) >> 3);
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    const code = codes[i]!;
    if (code >= 0) bitmap[i >> 3]! |= 1 << (i & 7);
    else nulls++;
    offsets[i + 1] = offsets[i]! + (code >= 0 ? bytes[code]!.length : 0);
  }
  const data = new Uint8Array(offsets[n]!);
  for (let i = 0; i < n; i++) if (codes[i]! >= 0) data.set(bytes[codes[i]!]!, offsets[i]!);
  return makeVector(makeData({type: new Utf8(), length: n, valueOffsets: offsets, data, nullBitmap: bitmap, nullCount: nulls}));
}

/** Where the drift benchmark keeps its input at a scale: each window as Parquet and Arrow IPC, and a folder of .npy files for numpy. */
export function driftFiles(scale: BenchScale): Record<DriftWindowName, {parquet: string; arrow: string}> & {npyDir: string} {
  const base = `${outDir}drift-${scale}-seed7`;
  const window = (w: DriftWindowName) => ({parquet: `${base}-${w}.parquet`, arrow: `${base}-${w}.arrow`});
  return {reference: window("reference"), current: window("current"), npyDir: `${base}-npy`};
}

/**
 * Writes the two windows (seed 7, `driftRows[scale]` rows each) once into bench-output/:
 * Parquet (native DuckDB, `fslab drift`), Arrow IPC (DuckDB-WASM, TypeScript) and, for
 * numpy (which cannot read either without pyarrow), one .npy file per column and window
 * plus meta.json (the columns' kinds and each window's own sorted categories). Numbers are
 * stored as in Arrow (float64 with NaN for null, int32); categories as int8 codes into the
 * window's categories, −1 for null: what a Parquet dictionary page or a pandas Categorical
 * holds. Later runs reuse the files.
 */
export async function prepareDriftInput(scale: BenchScale): Promise<void> {
  const files = driftFiles(scale);
  const meta = `${files.npyDir}/meta.json`;
  if (driftWindowNames.every((w) => existsSync(files[w].parquet) && existsSync(files[w].arrow)) && existsSync(meta)) return;
  await mkdir(files.npyDir, {recursive: true});
  process.stderr.write(`bench drift: generating ${driftRows[scale]} + ${driftRows[scale]} rows into bench-output/ (once)…\n`);
  const windows = driftBenchWindows(7, driftRows[scale]);
  const categories: Record<string, Record<string, string[]>> = {};
  for (const w of driftWindowNames) {
    const table = windows[w];
    await writeTable(table, files[w].arrow);
    await writeTable(table, files[w].parquet);
    categories[w] = {};
    for (const column of driftBenchColumns) {
      const vector = table.getChild(column.name)!;
      let array: NpyArray;
      if (column.kind === "numeric") array = numpyNumbers(vector);
      else {
        const {codes, labels} = categoryCodes(vector);
        array = codes;
        categories[w][column.name] = labels;
      }
      await writeFile(`${files.npyDir}/${w}_${column.name}.npy`, npyBytes(array));
    }
  }
  await writeFile(meta, `${JSON.stringify({rows: driftRows[scale], columns: driftBenchColumns, categories}, null, 1)}\n`);
}

/** A numeric Arrow column as numpy would hold it: Int32 as is (no nulls here), Float64 with NaN for null. */
function numpyNumbers(vector: Vector): Float64Array | Int32Array {
  return DataType.isInt(vector.type) && vector.nullCount === 0 ? Int32Array.from(vector.toArray() as Int32Array) : numericValues(vector);
}

/** A text column as int8 codes into its sorted distinct values (−1 for null). */
function categoryCodes(vector: Vector): {codes: Int8Array; labels: string[]} {
  const values = Array.from({length: vector.length}, (_, i) => vector.get(i) as string | null);
  const labels = [...new Set(values.filter((v): v is string => v !== null))].sort();
  if (labels.length > 127) throw new Error(`prepareDriftInput requires at most 127 categories per column, got ${labels.length}`);
  const code = new Map(labels.map((l, k) => [l, k]));
  return {codes: Int8Array.from(values, (v) => (v === null ? -1 : code.get(v)!)), labels};
}
