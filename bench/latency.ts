import type {DDSketch} from "@datadog/sketches-js";
import {latencySketch, lowerQuantile, percentiles, percentilesSql, rollUp, sketchBytes, sketchesByWindow} from "../lib/latency/index.js";
import {quantileSorted} from "../lib/profile/index.js";
import {ident, sql, type SqlEngine} from "../lib/sql/index.js";
import type {BenchScale} from "./benchOptions.js";
import type {CaseResult} from "./caseResult.js";
import {openTableInput} from "./engineInput.js";
import {latencyFiles, prepareServingLatency, readLatencyColumns} from "./latencyInput.js";
import {benchQs, errorText, quantileCheck, relativeErrors} from "./latencyReport.js";
import {median, peakRssMb, rssMb, timeRoundRobin} from "./measure.js";

/**
 * The paths of the latency benchmark, each in a process of its own. The per-minute sketches
 * get a TypeScript process apart: 130k live sketches slow every garbage collection, which
 * would tax the exact cases timed beside them.
 */
export const latencyEngines = ["typescript", "typescript-minutes", "native-parquet", "duckdb-wasm-arrow"] as const;

const table = "serving_latency";
const [MINUTE, HOUR, DAY] = [60_000, 3_600_000, 86_400_000];

interface TimedCase {
  name: string;
  group: string;
  run: () => Promise<string> | string;
}

/**
 * The cases of one path, timed round-robin (one run of each, `repeats` times, after an
 * untimed round) against one plain scan of the latency column in the same path: exact
 * type-7 percentiles (TypeScript selection and, for scale, a full sort; DuckDB's
 * quantile_cont natively over Parquet and in DuckDB-WASM over Arrow), and the DDSketch
 * (one sketch built and queried; in `typescript-minutes`, per-minute sketches built, and
 * the per-minute sketches merged into hours, days and one, and queried). `prepare` writes
 * the input files.
 */
export async function runLatencyEngine(name: string, scale: BenchScale, repeats: number): Promise<CaseResult[]> {
  if (name === "prepare") {
    await prepareServingLatency(scale);
    return [];
  }
  if (name === "typescript") return timeCases(name, typescriptCases(scale), repeats, {engine: "TypeScript (lib/latency)", threads: 1});
  if (name === "typescript-minutes") return timeCases(name, minuteCases(scale), repeats, {engine: "TypeScript (lib/latency)", threads: 1});
  const started = performance.now();
  const engine = await openInput(name, scale);
  const loadMs = Math.round(performance.now() - started);
  try {
    const column = ident("latency_ms");
    const cases: TimedCase[] = [
      {name: "scan", group: "scan", run: async () => scanCheck(Object.values((await engine.query(sql`SELECT count(*) AS n, min(${column}) AS lo, max(${column}) AS hi FROM ${ident(table)}`)).toArray()[0]!.toJSON()) as number[])},
      {name: "quantile_cont", group: "exact", run: async () => quantileCheck(benchQs, (await engine.query(percentilesSql(table, "latency_ms", benchQs))).toArray().map((r) => r.toJSON().value as number))},
    ];
    const threads = Number((await engine.query("SELECT current_setting('threads') AS t")).toArray()[0]!.toJSON().t);
    return await timeCases(name, cases, repeats, {engine: name, threads, loadMs});
  } finally {
    await engine.close();
  }
}

/** The TypeScript cases over the log's latencies in memory; the sketch's size and errors are measured once, untimed. */
function typescriptCases(scale: BenchScale): ExtraCase[] {
  const {latency} = readLatencyColumns(scale);
  const whole = latencySketch(latency);
  return [
    scanCase(latency),
    {name: "percentiles (selection)", group: "exact", run: () => quantileCheck(benchQs, percentiles(latency, benchQs))},
    {name: "full sort + quantileSorted", group: "exact", run: () => {
      const sorted = latency.slice().sort();
      return quantileCheck(benchQs, benchQs.map((q) => quantileSorted(sorted, q)));
    }},
    {name: "DDSketch build + query", group: "sketch", run: () => quantileCheck(benchQs, query(latencySketch(latency))), extra: sketchExtra(whole, latency)},
  ];
}

/** The per-minute sketches: built, and merged into hours, days and one (from minute sketches built once, untimed). */
function minuteCases(scale: BenchScale): ExtraCase[] {
  const {latency, time} = readLatencyColumns(scale);
  const minutes = sketchesByWindow(time, latency, MINUTE);
  const bytes = [...minutes.values()].map(sketchBytes);
  const merged = () => [...rollUp(rollUp(rollUp(minutes, HOUR), DAY), 1e15).values()][0]!;
  return [
    scanCase(latency),
    {name: "DDSketch per-minute build", group: "per-minute", run: () => `${sketchesByWindow(time, latency, MINUTE).size} minute sketches`,
      extra: {sketches: minutes.size, bytes: bytes.reduce((a, b) => a + b, 0), bytesPerSketch: Math.round(bytes.reduce((a, b) => a + b, 0) / bytes.length)}},
    {name: "DDSketch merge minutes→hours→days→all + query", group: "sketch", run: () => quantileCheck(benchQs, query(merged())), extra: sketchExtra(merged(), latency)},
  ];
}

type ExtraCase = TimedCase & {extra?: Record<string, string | number>};

function query(sketch: DDSketch): number[] {
  return benchQs.map((q) => sketch.getValueAtQuantile(q));
}

/** One plain pass over the latencies (count, min, max): the baseline. */
function scanCase(latency: Float64Array): TimedCase {
  return {name: "scan", group: "scan", run: () => {
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i < latency.length; i++) {
      const v = latency[i]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return scanCheck([latency.length, lo, hi]);
  }};
}

/** A sketch's serialized size beside the column's, and its relative error against the exact lower and type-7 quantiles. */
function sketchExtra(sketch: DDSketch, latency: Float64Array): Record<string, string | number> {
  const sorted = latency.slice().sort();
  const estimates = query(sketch);
  return {
    bytes: sketchBytes(sketch),
    columnBytes: latency.byteLength,
    errorVsLower: errorText(benchQs, relativeErrors(estimates, benchQs.map((q) => lowerQuantile(sorted, q)!))),
    errorVsType7: errorText(benchQs, relativeErrors(estimates, benchQs.map((q) => quantileSorted(sorted, q)!))),
  };
}

/** Times the cases round-robin, each case's ratio against this path's scan. */
async function timeCases(path: string, cases: ExtraCase[], repeats: number, extra: Record<string, string | number>): Promise<CaseResult[]> {
  const rssBeforeMb = rssMb();
  const {runs, results: checks} = await timeRoundRobin(cases.map((c) => c.run), repeats);
  const rows = Number(/^n (\d+)/.exec(checks[0]!)![1]);
  const peak = peakRssMb();
  return cases.map((c, i) => ({
    suite: "latency", case: `${path} ${c.name}`, ms: median(runs[i]!), runs: runs[i]!, rows, peakRssMb: peak, rssBeforeMb,
    check: checks[i]!, group: c.group, baseline: `${path} scan`, extra: {...extra, ...c.extra},
  }));
}

/** count, min and max of the latency column: what every path's scan must agree on. */
function scanCheck([n, lo, hi]: number[]): string {
  return `n ${Number(n)} min ${lo} max ${hi}`;
}

/** The engine with table `serving_latency`: a view on the Parquet file, or the Arrow file's latency column loaded. */
async function openInput(name: string, scale: BenchScale): Promise<SqlEngine> {
  const engine = await openTableInput(name, table, latencyFiles(scale), ["latency_ms"]);
  if (!engine) throw new Error(`runLatencyEngine requires prepare or one of ${latencyEngines.join(", ")}, got ${JSON.stringify(name)}`);
  return engine;
}
