import {readFileSync} from "node:fs";
import {tableFromIPC, type Table} from "apache-arrow";
import {applyPreprocess, fitPreprocess, preprocessSql, readPreprocessColumn, type PreprocessStep} from "../lib/preprocess/index.js";
import {skewReport, skewReportSql, type SkewReport} from "../lib/skew/index.js";
import {ident, join, raw, sql, sqlStringLiteral, tableRows, type SqlEngine} from "../lib/sql/index.js";
import {createNativeEngine, createNodeWasmEngine} from "../src/engines/index.js";
import type {BenchScale} from "./benchOptions.js";
import type {CaseResult} from "./caseResult.js";
import {readArrow, scanArrow, scanSql} from "./drift.js";
import {scanCheck} from "./driftAgreement.js";
import {median, peakRssMb, rssMb, timeRoundRobin} from "./measure.js";
import {prepareSkewInput, skewBenchFeatures, skewFiles, skewRows} from "./skewInput.js";

/**
 * The processes of the skew benchmark (after `prepare`, which writes the input): the
 * TypeScript path over Arrow, and the SQL paths natively over Parquet and in DuckDB-WASM
 * over Arrow.
 */
export const skewEngines = ["typescript", "native-parquet", "duckdb-wasm-arrow"] as const;

const key = ["request_id"];
const features = skewBenchFeatures.map((f) => f.name);
const day = 86_400_000;

/** The fitted spec's 20 transforms over the training table: every family but target encoding (no label). */
export const skewBenchSteps: PreprocessStep[] = [
  ...["num_01", "num_02", "num_03", "num_04"].map((column): PreprocessStep => ({kind: "standard", column})),
  {kind: "minmax", column: "num_05"}, {kind: "minmax", column: "num_06"},
  {kind: "robust", column: "num_07"}, {kind: "robust", column: "num_08"},
  {kind: "impute", column: "num_09", strategy: "median", indicator: true},
  {kind: "impute", column: "num_10", strategy: "mean"},
  {kind: "clip", column: "num_11", quantiles: [0.01, 0.99]},
  {kind: "clip", column: "num_12", iqr: 1.5},
  {kind: "onehot", column: "cat_1"},
  {kind: "onehot", column: "cat_2", min_frequency: 0.02},
  {kind: "ordinal", column: "cat_3"},
  {kind: "window", column: "num_13", key: "customer_id", time: "request_time", window_ms: 7 * day, agg: "sum", output: "num_13_sum_7d"},
  {kind: "window", column: "num_14", key: "customer_id", time: "request_time", window_ms: 7 * day, agg: "count", output: "num_14_count_7d"},
  {kind: "window", column: "num_13", key: "customer_id", time: "request_time", window_ms: 30 * day, agg: "mean", output: "num_13_mean_30d"},
  {kind: "standard", column: "count_1"},
  {kind: "minmax", column: "count_2"},
];

interface TimedCase {
  name: string;
  group: string;
  /** One timed run; returns how to compute its check, which runs after the timing. */
  run: () => Promise<() => Promise<string> | string> | (() => Promise<string> | string);
}

/**
 * The cases of one process, timed round-robin (one untimed round, then `repeats` rounds of
 * one run each) against one plain scan of both tables' 20 features (count, min, max) in
 * the same path: the skew report (TypeScript's skewReport over Arrow; skewReportSql in
 * DuckDB over the files or the loaded Arrow), and applying the fitted 20-transform spec to
 * the training rows (applyPreprocess into an Arrow table; the compiled SQL into a DuckDB
 * table, as a training pipeline would keep it). Checks are computed after the timing.
 */
export async function runSkewEngine(name: string, scale: BenchScale, repeats: number): Promise<CaseResult[]> {
  if (name === "prepare") {
    await prepareSkewInput(scale);
    return [];
  }
  const files = skewFiles(scale);
  const started = performance.now();
  const tables = {training: readArrow(files.training.arrow), serving: readArrow(files.serving.arrow)};
  const spec = fitPreprocess(tables.training, skewBenchSteps);
  if (name === "typescript") {
    const loadMs = Math.round(performance.now() - started);
    return timeCases(name, [
      {name: "scan", group: "scan", run: () => {
        const scanned = {training: scanArrow(tables.training, skewBenchFeatures), serving: scanArrow(tables.serving, skewBenchFeatures)};
        return () => scanCheck(scanned);
      }},
      {name: "skewReport", group: "report", run: () => {
        const report = skewReport(tables.training, tables.serving, {key, columns: features});
        return () => reportCheck(report);
      }},
      {name: "applyPreprocess (20 transforms)", group: "preprocess", run: () => {
        const out = applyPreprocess(spec, tables.training);
        return () => outputCheck(out);
      }},
    ], repeats, {engine: "TypeScript (lib/skew, lib/preprocess) over Arrow", threads: 1, loadMs});
  }
  const engine = await openInput(name, scale, tables);
  const loadMs = Math.round(performance.now() - started);
  try {
    const threads = Number(tableRows(await engine.query("SELECT current_setting('threads') AS t"))[0]!.t);
    return await timeCases(name, [
      {name: "scan", group: "scan", run: async () => {
        const scanned = {training: await scanSql(engine, "skew_training", features), serving: await scanSql(engine, "skew_serving", features)};
        return () => scanCheck(scanned);
      }},
      {name: "skewReportSql", group: "report", run: async () => {
        const report = await skewReportSql(engine, "skew_training", "skew_serving", {key, columns: features});
        return () => reportCheck(report);
      }},
      {name: "preprocessSql (20 transforms) into a table", group: "preprocess", run: async () => {
        await engine.query(sql`CREATE OR REPLACE TABLE preprocessed AS ${preprocessSql(spec, "training_rows")}`);
        return () => outputCheckSql(engine);
      }},
    ], repeats, {engine: name, threads, loadMs});
  } finally {
    await engine.close();
  }
}

/**
 * The engine with skew_training and skew_serving (views on the Parquet files natively, the
 * Arrow tables loaded in DuckDB-WASM) and training_rows, the training table as a table
 * (preprocessSql orders by rowid, which a view on Parquet does not have).
 */
async function openInput(name: string, scale: BenchScale, tables: {training: Table; serving: Table}): Promise<SqlEngine> {
  const files = skewFiles(scale);
  if (name === "native-parquet") {
    const engine = await createNativeEngine();
    for (const side of ["training", "serving"] as const) await engine.query(sql`CREATE VIEW ${ident(`skew_${side}`)} AS SELECT * FROM read_parquet(${raw(sqlStringLiteral(files[side].parquet))})`);
    await engine.query(sql`CREATE TABLE training_rows AS SELECT * FROM skew_training`);
    return engine;
  }
  if (name === "duckdb-wasm-arrow") {
    const engine = await createNodeWasmEngine();
    await engine.loadArrow("skew_training", tables.training);
    await engine.loadArrow("skew_serving", tables.serving);
    await engine.loadArrow("training_rows", tableFromIPC(readFileSync(files.training.arrow)));
    return engine;
  }
  throw new Error(`runSkewEngine requires prepare or one of ${skewEngines.join(", ")}, got ${JSON.stringify(name)}`);
}

/** What every path's report must agree on: the join's counts, and per column its tallies and distances to 9 digits. */
function reportCheck(report: SkewReport): string {
  const {matched, training_only, serving_only} = report.rows;
  const digits = (x: number | null) => (x === null ? "null" : x.toPrecision(9));
  const failed = report.columns.filter((c) => c.status === "fail").map((c) => c.column);
  const sum = (f: (c: SkewReport["columns"][number]) => number | null) => report.columns.reduce((s, c) => s + (f(c) ?? 0), 0);
  return `matched ${matched}, training_only ${training_only}, serving_only ${serving_only}; equal ${sum((c) => c.equal)}, null_mismatch ${sum((c) => c.null_mismatch)}, Σ max|Δ| ${digits(sum((c) => c.max_abs_diff))}, Σ mean|Δ| ${digits(sum((c) => c.mean_abs_diff))}, Σ distribution ${sum((c) => c.distribution.value).toPrecision(6)}; fail ${failed.join(" ")}`;
}

/** The spec's output: rows, columns, nulls and Σ|x| over every output to 9 digits (window sums may differ in their last bits between paths). */
function outputCheck(out: Table): string {
  let nulls = 0, total = 0;
  for (const field of out.schema.fields) {
    const values = readPreprocessColumn(out.getChild(field.name)!, "numeric").values as ArrayLike<number | null>;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v === null || v !== v) nulls++;
      else total += Math.abs(v);
    }
  }
  return `${out.numRows} rows × ${out.numCols} columns, ${nulls} nulls, Σ|x| ${total.toPrecision(9)}`;
}

/** outputCheck of the preprocessed table in DuckDB, by one aggregate query. */
async function outputCheckSql(engine: SqlEngine): Promise<string> {
  const names = (await engine.query("SELECT * FROM preprocessed LIMIT 0")).schema.fields.map((f) => f.name);
  const parts = names.flatMap((c) => [sql`count(*) - count(nullif(${ident(c)}::DOUBLE, 'NaN'::DOUBLE))`, sql`coalesce(sum(abs(${ident(c)}::DOUBLE)), 0)`]);
  const row = Object.values(tableRows(await engine.query(sql`SELECT count(*) AS n, ${join(parts)} FROM preprocessed`))[0]!).map(Number);
  let nulls = 0, total = 0;
  for (let i = 0; i < names.length; i++) (nulls += row[1 + 2 * i]!), (total += row[2 + 2 * i]!);
  return `${row[0]} rows × ${names.length} columns, ${nulls} nulls, Σ|x| ${total.toPrecision(9)}`;
}

/** Times the cases round-robin, each case's ratio against this process's scan; checks after. */
async function timeCases(path: string, cases: TimedCase[], repeats: number, extra: Record<string, string | number>): Promise<CaseResult[]> {
  const rssBeforeMb = rssMb();
  const {runs, results} = await timeRoundRobin(cases.map((c) => c.run), repeats);
  const peak = peakRssMb();
  const checks = await Promise.all(results.map((check) => check()));
  return cases.map((c, i) => ({
    suite: "skew", case: `${path} ${c.name}`, ms: median(runs[i]!), runs: runs[i]!, rows: skewRowsOf(checks[0]!), peakRssMb: peak, rssBeforeMb,
    check: checks[i]!, group: c.group, baseline: `${path} scan`, extra: {...extra, features: features.length, transforms: skewBenchSteps.length},
  }));
}

function skewRowsOf(scan: string): number {
  return Number(/^training (\d+) rows/.exec(scan)?.[1] ?? NaN);
}
