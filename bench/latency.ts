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

/** The paths of the latency benchmark, each in a process of its own. */
export const latencyEngines = ["typescript", "native-parquet", "duckdb-wasm-arrow"] as const;

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
 * (one sketch built and queried; per-minute sketches built; the per-minute sketches merged
 * into hours, days and one, and queried). `prepare` writes the input files.
 */
export async function runLatencyEngine(name: string, scale: BenchScale, repeats: number): Promise<CaseResult[]> {
  if (name === "prepare") {
    await prepareServingLatency(scale);
    return [];
  }
  if (name === "typescript") return timeCases(name, await typescriptCases(scale), repeats, {engine: "TypeScript (lib/latency)", threads: 1});
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

/** The TypeScript cases over the log's columns in memory; sketch sizes and errors are measured once, untimed. */
async function typescriptCases(scale: BenchScale): Promise<(TimedCase & {extra?: Record<string, string | number>})[]> {
  const {latency, time} = readLatencyColumns(scale);
  const sorted = latency.slice().sort();
  const exact = benchQs.map((q) => lowerQuantile(sorted, q)!);
  const type7 = benchQs.map((q) => quantileSorted(sorted, q)!);
  const query = (sketch: DDSketch) => benchQs.map((q) => sketch.getValueAtQuantile(q));
  const whole = latencySketch(latency);
  const minutes = sketchesByWindow(time, latency, MINUTE);
  const minuteBytes = [...minutes.values()].reduce((sum, s) => sum + sketchBytes(s), 0);
  const sketchExtra = {
    bytes: sketchBytes(whole),
    columnBytes: latency.byteLength,
    errorVsLower: errorText(benchQs, relativeErrors(query(whole), exact)),
    errorVsType7: errorText(benchQs, relativeErrors(query(whole), type7)),
  };
  return [
    {name: "scan", group: "scan", run: () => {
      let lo = Infinity, hi = -Infinity;
      for (let i = 0; i < latency.length; i++) {
        const v = latency[i]!;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      return scanCheck([latency.length, lo, hi]);
    }},
    {name: "percentiles (selection)", group: "exact", run: () => quantileCheck(benchQs, percentiles(latency, benchQs))},
    {name: "full sort + quantileSorted", group: "exact", run: () => {
      const all = latency.slice().sort();
      return quantileCheck(benchQs, benchQs.map((q) => quantileSorted(all, q)));
    }},
    {name: "DDSketch build + query", group: "sketch", run: () => quantileCheck(benchQs, query(latencySketch(latency))), extra: sketchExtra},
    {name: "DDSketch per-minute build", group: "per-minute", run: () => `${sketchesByWindow(time, latency, MINUTE).size} minute sketches`, extra: {sketches: minutes.size, bytes: minuteBytes}},
    {name: "DDSketch merge minutes→hours→days→all + query", group: "sketch", run: () => {
      const all = rollUp(rollUp(rollUp(minutes, HOUR), DAY), 1e15);
      return quantileCheck(benchQs, query([...all.values()][0]!));
    }},
  ];
}

/** Times the cases round-robin, each case's ratio against this path's scan. */
async function timeCases(path: string, cases: (TimedCase & {extra?: Record<string, string | number>})[], repeats: number, extra: Record<string, string | number>): Promise<CaseResult[]> {
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
