import type {Table} from "apache-arrow";
import {fingerprintTable} from "../lib/fingerprint/index.js";
import {pointInTimeJoinKernel, pointInTimeJoinSql, pointInTimeJoinWindowSql} from "../lib/pit/index.js";
import {sql, type SqlEngine, type SqlFragment} from "../lib/sql/index.js";
import {createNativeEngine, createNodeWasmEngine} from "../src/engines/index.js";
import type {BenchScale} from "./benchOptions.js";
import type {CaseResult} from "./caseResult.js";
import {peakRssMb, rssMb, timeOnce, timeRuns} from "./measure.js";
import {pitView, pitWorld, pitSizes} from "./pitWorld.js";

/** The point-in-time join benchmark of issue 3: each path over the same seeded world. */
export const pitCases = [
  "kernel",
  "duckdb-wasm-asof",
  "native-1t-asof",
  "native-all-asof",
  "native-1t-asof-to-arrow",
  "native-1t-feast-window",
  "native-all-feast-window",
] as const;

/** Every ratio is taken against native DuckDB's ASOF join on one thread. */
export const pitBaseline = "native-1t-asof";

const outputColumns = ["spine_id", "customer_id", `${pitView.name}__${pitView.features[0]}`, `${pitView.name}__${pitView.features[1]}`];
const sqlInput = {spine: "spine", views: [{view: pitView, source: "features"}]};

/** Runs one case in this process (run.ts gives each case a process of its own, so peak memory is its own). */
export async function runPitCase(name: string, scale: BenchScale, repeats: number): Promise<CaseResult> {
  const world = pitWorld(scale);
  const base = {suite: "pit", case: name, rows: pitSizes[scale].features, baseline: pitBaseline};
  if (name === "kernel") {
    const rssBeforeMb = rssMb();
    let out: Table | undefined;
    const timing = await timeRuns(repeats, () => { out = pointInTimeJoinKernel(world.spine, [{view: pitView, table: world.features}]); });
    return {...base, ...timing, peakRssMb: peakRssMb(), rssBeforeMb, check: outputCheck(out!), extra: {engine: "TypeScript kernel (lib/pit)", threads: 1}};
  }
  const [engineName, threads, form] = name.split("-") as [string, string, string];
  const engine = engineName === "duckdb" ? await createNodeWasmEngine() : await createNativeEngine(threads === "1t" ? {threads: 1} : {});
  try {
    const loadMs = await timeOnce(async () => {
      await engine.loadArrow("spine", world.spine);
      await engine.loadArrow("features", world.features);
    });
    const join: SqlFragment = form === "asof" ? pointInTimeJoinSql(sqlInput) : pointInTimeJoinWindowSql(sqlInput);
    const engineThreads = Number((await engine.query("SELECT current_setting('threads') AS t")).getChild("t")!.get(0));
    const rssBeforeMb = rssMb();
    // The result stays in the engine as a table, as a pipeline would use it; "-to-arrow" also brings it to JS.
    const toArrow = name.endsWith("-to-arrow");
    let result: Table | undefined;
    const timing = await timeRuns(repeats, async () => {
      if (toArrow) result = await engine.query(join);
      else await engine.query(sql`CREATE OR REPLACE TABLE pit_out AS ${join}`);
    });
    const peak = peakRssMb();
    const out = result ?? await engine.query(`SELECT ${outputColumns.map((c) => `"${c}"`).join(", ")} FROM pit_out`);
    return {...base, ...timing, peakRssMb: peak, rssBeforeMb, check: outputCheck(out), extra: {engine: engine.kind, threads: engineThreads, loadMs: Math.round(loadMs)}};
  } finally {
    await engine.close();
  }
}

/** Output rows and their ordered fingerprint: equal only for the same rows in the same order. */
function outputCheck(out: Table): string {
  const {fingerprint, rows} = fingerprintTable(out, {columns: outputColumns, ordered: true});
  const matched = out.getChild(outputColumns[3]!)!;
  return `${rows} rows, ${rows - matched.nullCount} matched, fingerprint ${fingerprint}`;
}
