// The browser-parity suite: code that runs unchanged in Node and in Chromium, so the two
// runtimes are asked exactly the same questions. It has no runtime import: every lib
// function arrives in `lab` (Node passes lib/ itself, the browser the modules Framework
// built into dist/_import/lib/), and the engine arrives in `engine` (Node-WASM or native in
// Node, notebooks/components/shell/duckdbClient.js in the browser). browserParity.test.ts strips
// the types with TypeScript and serves the result to the page at /__parity/paritySuite.js.
// Answers are plain data (schemas, fingerprints, contract results) that page.evaluate returns.
import type {Table} from "apache-arrow";
import type * as contracts from "../../lib/contracts/index.js";
import type * as drift from "../../lib/drift/index.js";
import type * as faults from "../../lib/faults/index.js";
import type * as fingerprint from "../../lib/fingerprint/index.js";
import type * as pit from "../../lib/pit/index.js";
import type * as preprocess from "../../lib/preprocess/index.js";
import type * as profile from "../../lib/profile/index.js";
import type * as skew from "../../lib/skew/index.js";
import type * as sqlArea from "../../lib/sql/index.js";
import type * as synth from "../../lib/synth/index.js";

/** The lib areas the suite uses, as module namespaces. */
export interface Lab {
  contracts: typeof contracts;
  drift: typeof drift;
  faults: typeof faults;
  fingerprint: typeof fingerprint;
  pit: typeof pit;
  preprocess: typeof preprocess;
  profile: typeof profile;
  skew: typeof skew;
  sql: typeof sqlArea;
  synth: typeof synth;
}

export const labAreas = ["contracts", "drift", "faults", "fingerprint", "pit", "preprocess", "profile", "skew", "sql", "synth"] as const;

/** The world tables the Node side hands to both runtimes' engines (as Arrow IPC bytes). */
export const inputTables = ["transactions", "customer_profile", "txn_stats", "customer_risk"] as const;

/** What one side knows: its lib, its engine, the input tables and the YAML texts. */
export interface ParityContext {
  lab: Lab;
  engine: sqlArea.SqlEngine;
  inputs: Record<string, Table>;
  texts: {features: string; contract: string};
}

/** A table as comparable data. `ordered` is set when the row order is part of the answer. */
export interface TableSummary {
  rows: number;
  schema: string[];
  fingerprint: fingerprint.Fingerprint;
  ordered?: string;
}

export function summarize(lab: Lab, table: Table, ordered: boolean): TableSummary {
  return {
    rows: table.numRows,
    schema: table.schema.fields.map((f) => `${f.name}: ${String(f.type)}${f.nullable ? "" : " not null"}`),
    fingerprint: lab.fingerprint.fingerprintTable(table),
    ...(ordered ? {ordered: lab.fingerprint.fingerprintTable(table, {ordered: true}).fingerprint} : {}),
  };
}

/** The world at seed 7, small scale: the end of its 90 days, when the contract's freshness is judged. */
export const worldOptions = {seed: 7} as const;
export const asOf = Date.UTC(2026, 3, 1);

/** The faults of the data-contracts page's "bad day": every kind, so every check has something to find. */
const badDay: faults.Fault[] = [
  {kind: "null", column: "amount", share: 0.006},
  {kind: "negate", column: "amount", share: 0.002},
  {kind: "value", column: "channel", share: 0.003, value: "atm"},
  {kind: "duplicate", share: 0.001},
  {kind: "before", column: "created_timestamp", share: 0.0005, reference: "event_timestamp", ms: 3_600_000},
];

function featureViews({lab, texts}: ParityContext) {
  return lab.pit.parseFeatureRepository(texts.features, {path: "data/features.yaml"}).featureViews;
}

/** The SQL builders under test, each with whether it orders its rows completely. */
export const parityQueries: Record<string, (ctx: ParityContext) => [query: sqlArea.SqlQuery, ordered: boolean]> = {
  rowCountsSql: ({lab}) => [lab.profile.rowCountsSql([...inputTables]), true],
  nullRatesSql: ({lab}) => [lab.profile.nullRatesSql("transactions", transactionColumns), false],
  lagHistogramSql: ({lab}) => [lab.profile.lagHistogramSql({table: "transactions", min: 0.1, perDecade: 4}), true],
  lagQuantilesSql: ({lab}) => [lab.profile.lagQuantilesSql({table: "transactions", q: [0.5, 0.9, 0.99]}), false],
  lateArrivalsSql: ({lab}) => [lab.profile.lateArrivalsSql({table: "transactions", thresholdSeconds: 3600}), false],
  lateArrivalsByDaySql: ({lab}) => [lab.profile.lateArrivalsByDaySql({table: "transactions", thresholdSeconds: 3600}), true],
  correctionsSql: ({lab}) => [lab.profile.correctionsSql("transactions", "txn_id"), false],
  eventsPerEntitySql: ({lab}) => [lab.profile.eventsPerEntitySql("transactions", "customer_id"), true],
  topEntitiesSql: ({lab}) => [lab.profile.topEntitiesSql("transactions", "customer_id", 10), true],
  eventsByDaySql: ({lab}) => [lab.profile.eventsByDaySql("transactions", "event_timestamp"), true],
  entityActivitySql: ({lab}) => [
    lab.profile.entityActivitySql({table: "transactions", entity: "customer_id", correction: "is_correction", thresholdSeconds: 3600, minEvents: 30, limit: 25}),
    true,
  ],
  pointInTimeJoinSql: (ctx) => [
    ctx.lab.pit.pointInTimeJoinSql({spine: "transactions", views: featureViews(ctx).map((view) => ({view, source: view.name})), includeFeatureTimestamps: true}),
    true,
  ],
};

/** 20 transforms over the transactions: every family of lib/preprocess but target encoding (the transactions have no label). */
export const paritySpecSteps: preprocess.PreprocessStep[] = [
  {kind: "impute", column: "amount", strategy: "median", indicator: true, output: "amount_imputed"},
  {kind: "impute", column: "amount", strategy: "mean", output: "amount_mean_imputed"},
  {kind: "impute", column: "merchant_category", strategy: "most_frequent", output: "category_imputed"},
  {kind: "impute", column: "channel", strategy: "constant", value: "none", output: "channel_imputed"},
  {kind: "clip", column: "amount", quantiles: [0.01, 0.99], output: "amount_clipped"},
  {kind: "clip", column: "amount", iqr: 1.5, output: "amount_fenced"},
  {kind: "standard", column: "amount", output: "amount_standard"},
  {kind: "minmax", column: "amount", output: "amount_minmax"},
  {kind: "robust", column: "amount", output: "amount_robust"},
  {kind: "standard", column: "amount_clipped", output: "amount_clipped_standard"},
  {kind: "robust", column: "amount_fenced", output: "amount_fenced_robust"},
  {kind: "onehot", column: "channel"},
  {kind: "onehot", column: "merchant_category", min_frequency: 0.05},
  {kind: "ordinal", column: "merchant_category", output: "category_ordinal"},
  {kind: "ordinal", column: "channel", output: "channel_ordinal"},
  {kind: "window", column: "amount", key: "customer_id", time: "event_timestamp", window_ms: 7 * 86_400_000, agg: "sum", output: "amount_sum_7d"},
  {kind: "window", column: "amount", key: "customer_id", time: "event_timestamp", window_ms: 7 * 86_400_000, agg: "count", output: "txn_count_7d"},
  {kind: "window", column: "amount", key: "customer_id", time: "event_timestamp", window_ms: 30 * 86_400_000, agg: "mean", output: "amount_mean_30d"},
  {kind: "window", column: "amount", key: "customer_id", time: "event_timestamp", window_ms: 3_600_000, agg: "count", output: "txn_count_1h"},
  {kind: "minmax", column: "txn_count_7d", output: "txn_count_7d_minmax"},
];

/** The served-features log of the skew step: a small world, every skew knob on. */
export const servedWorld = {seed: 7, size: {customers: 300, transactions: 6000, merchants: 40}, days: 30} as const;
export const servedKnobs = {rows: 1500, centsShare: 0.02, closedLeftShare: 0.05, timezoneHours: 5, stalenessHours: 48, nullsAsZeroShare: 0.1, float32Share: 0.2, unseenCategories: 2} as const;

const transactionColumns = ["txn_id", "customer_id", "merchant_id", "merchant_category", "channel", "amount", "event_timestamp", "created_timestamp", "is_correction"];

/** The steps, each asked of every runtime; results are plain data. */
export const paritySteps = {
  /** The inputs as this side's engine holds them, read back through SQL. */
  async inputs(ctx: ParityContext): Promise<Record<string, TableSummary>> {
    const out: Record<string, TableSummary> = {};
    for (const name of inputTables) out[name] = summarize(ctx.lab, await ctx.engine.query(`SELECT * FROM "${name}" ORDER BY rowid`), true);
    return out;
  },

  async queries(ctx: ParityContext): Promise<Record<string, TableSummary>> {
    const out: Record<string, TableSummary> = {};
    for (const [name, build] of Object.entries(parityQueries)) {
      const [query, ordered] = build(ctx);
      out[name] = summarize(ctx.lab, await ctx.engine.query(query), ordered);
    }
    return out;
  },

  async kernel(ctx: ParityContext): Promise<TableSummary> {
    const views = featureViews(ctx).map((view) => ({view, table: ctx.inputs[view.name]!}));
    return summarize(ctx.lab, ctx.lab.pit.pointInTimeJoinKernel(ctx.inputs.transactions!, views, {includeFeatureTimestamps: true}), true);
  },

  async contracts(ctx: ParityContext): Promise<Record<"clean" | "faulty", contracts.ContractResult>> {
    const {lab, engine} = ctx;
    const parsed = lab.contracts.parseContract(ctx.texts.contract, "transactions.v1.yaml");
    if (!parsed.ok) throw new Error(`paritySteps.contracts: the contract does not parse: ${parsed.issues[0]?.text}`);
    const delivered = lab.faults.injectFaults({source: "transactions", key: ["txn_id", "created_timestamp"], faults: badDay});
    await engine.query(lab.sql.sql`CREATE OR REPLACE TABLE delivered AS ${delivered}`);
    return {
      clean: await lab.contracts.runContract(engine, parsed.contract, "transactions", {asOf}),
      faulty: await lab.contracts.runContract(engine, parsed.contract, "delivered", {asOf}),
    };
  },

  /** One drift report (drift.md's default knobs: some columns warn, amount drifts), by the TypeScript path and by driftReportSql on this side's engine. */
  async drift(ctx: ParityContext): Promise<Record<"ts" | "sql", drift.DriftReport>> {
    const {drift_reference, drift_current} = ctx.lab.synth.driftWindows(7, 2000, {strength: 0.7, categoryShift: 0.9, skew: 0.05});
    await ctx.engine.loadArrow("drift_reference", drift_reference);
    await ctx.engine.loadArrow("drift_current", drift_current);
    return {
      ts: ctx.lab.drift.driftReport(drift_reference, drift_current),
      sql: await ctx.lab.drift.driftReportSql(ctx.engine, "drift_reference", "drift_current"),
    };
  },

  /**
   * A spec of 20 transforms fitted on the transactions on this side, applied by the serving
   * path (applyPreprocess) and by the compiled SQL on this side's engine: the spec as JSON,
   * both outputs summarised, and how they agree column by column.
   */
  async preprocess(ctx: ParityContext): Promise<{spec: string; ts: TableSummary; sql: TableSummary; agreement: preprocess.ColumnAgreement[]}> {
    const {lab, engine, inputs} = ctx;
    const spec = lab.preprocess.fitPreprocess(inputs.transactions!, paritySpecSteps);
    const ts = lab.preprocess.applyPreprocess(spec, inputs.transactions!);
    const inSql = await lab.preprocess.applyPreprocessSql(engine, spec, "transactions");
    return {spec: lab.preprocess.specJson(spec), ts: summarize(lab, ts, true), sql: summarize(lab, inSql, true), agreement: lab.preprocess.outputAgreement(ts, inSql)};
  },

  /** A skew report over a served-features log with every skew knob on: skewReport and skewReportSql on this side's engine. */
  async skew(ctx: ParityContext): Promise<Record<"ts" | "sql", skew.SkewReport>> {
    const {lab, engine} = ctx;
    const {served_features, recomputed_features} = lab.synth.worldServedFeatures(servedWorld, servedKnobs);
    await engine.loadArrow("parity_served", served_features);
    await engine.loadArrow("parity_recomputed", recomputed_features);
    const options = {key: ["request_id"], rtol: 1e-6, atol: 1e-9, minMatch: 0.99};
    return {
      ts: lab.skew.skewReport(recomputed_features, served_features, options),
      sql: await lab.skew.skewReportSql(engine, "parity_recomputed", "parity_served", options),
    };
  },

  async world(ctx: ParityContext): Promise<Record<string, TableSummary>> {
    const world = ctx.lab.synth.generateWorld(worldOptions);
    return Object.fromEntries(Object.entries(world).map(([name, table]) => [name, summarize(ctx.lab, table, true)]));
  },
};

export type ParityStep = keyof typeof paritySteps;

/** Loads the input tables into an engine, in their order (rowid is the spine's order). */
export async function loadInputs(engine: sqlArea.SqlEngine, inputs: Record<string, Table>): Promise<void> {
  for (const name of inputTables) await engine.loadArrow(name, inputs[name]!);
}

/** Where the browser finds the built modules: lib areas, the DuckDB client and Arrow, as site URLs. */
export interface BuiltModules {
  areas: Record<(typeof labAreas)[number], string>;
  duckdbClient: string;
  arrow: string;
}

/**
 * In the page: imports the built modules, fetches the inputs from /__parity/<table>.arrow,
 * loads them into the page's DuckDB and leaves `globalThis.__parity.run(step)`.
 */
export async function bootBrowser(urls: BuiltModules, texts: ParityContext["texts"]): Promise<string> {
  const modules = await Promise.all(labAreas.map(async (area) => [area, await import(urls.areas[area])] as const));
  const lab = Object.fromEntries(modules) as unknown as Lab;
  const {getEngine} = await import(urls.duckdbClient);
  const {tableFromIPC} = await import(urls.arrow);
  const engine = (await getEngine()) as sqlArea.SqlEngine;
  const inputs: Record<string, Table> = {};
  for (const name of inputTables) {
    const response = await fetch(`/__parity/${name}.arrow`);
    if (!response.ok) throw new Error(`bootBrowser: /__parity/${name}.arrow answered ${response.status}`);
    inputs[name] = tableFromIPC(new Uint8Array(await response.arrayBuffer()));
  }
  await loadInputs(engine, inputs);
  const ctx: ParityContext = {lab, engine, inputs, texts};
  (globalThis as {__parity?: unknown}).__parity = {run: (step: ParityStep) => paritySteps[step](ctx)};
  return engine.kind;
}
