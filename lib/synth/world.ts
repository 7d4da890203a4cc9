import type {Table} from "apache-arrow";
import {DAY} from "./catalog.js";
import {customerProfile} from "./customerProfile.js";
import {customerRisk} from "./customerRisk.js";
import {customers} from "./customers.js";
import type {DriftOptions} from "./driftWindows.js";
import {driftWindows} from "./driftWindows.js";
import {labelArrivals, labelsTable} from "./labels.js";
import {merchants} from "./merchants.js";
import {modelDaily} from "./modelDaily.js";
import type {ScaleName, WorldSize} from "./scales.js";
import {worldSize} from "./scales.js";
import {servingLatency} from "./servingLatency.js";
import {transactions, transactionsTable} from "./transactions.js";
import {txnStats} from "./txnStats.js";

/** The tables of the synthetic world, in the order `fslab generate` writes them. */
export const worldTables = [
  "customer_profile", "transactions", "txn_stats", "labels", "customer_risk",
  "serving_latency", "drift_reference", "drift_current", "model_daily",
] as const;

/** The name of a world table. */
export type WorldTable = (typeof worldTables)[number];

/** Options of {@link generateWorld}; everything has a default. */
export interface WorldOptions {
  /** The seed: same seed and options → byte-identical tables (default 7). */
  seed?: number;
  /** small (~100k transactions, default), medium (~1M) or large (~10M). */
  scale?: ScaleName;
  /** Counts replacing the scale's (tests use tiny worlds). */
  size?: Partial<WorldSize>;
  /** The world's first instant, epoch ms (default 2026-01-01T00:00Z). */
  start?: number;
  /** Length in whole days (default 90). */
  days?: number;
  /** Drift and skew of drift_current against drift_reference. */
  drift?: DriftOptions;
  /** Only these tables (default all; the others are absent from the result): loaders skip the work of the rest. */
  tables?: readonly WorldTable[];
}

/**
 * Generates the synthetic world: a fraud-scoring system's raw events, feature-view
 * sources, delayed labels, a leaky feature, serving logs, drift windows and model
 * metrics, as Arrow tables (ids Int32, money Float64, timestamps TimestampMillisecond
 * UTC). Each table draws from its own named stream of the seed.
 *
 * @example
 * generateWorld({seed: 7, tables: ["transactions"]}).transactions.numRows // => 100226
 */
export function generateWorld(options: WorldOptions = {}): Record<WorldTable, Table> {
  const {seed = 7, scale = "small", start = Date.UTC(2026, 0, 1), days = 90, drift, tables = worldTables} = options;
  if (!Number.isFinite(start)) throw new RangeError(`generateWorld requires start as epoch milliseconds; got ${start}`);
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`generateWorld requires days to be a whole number ≥ 1; got ${days}`);
  for (const name of tables) if (!worldTables.includes(name)) throw new RangeError(`generateWorld requires tables among ${worldTables.join(", ")}; got ${JSON.stringify(name)}`);
  const size = worldSize(scale, options.size);
  const end = start + days * DAY;
  const want = new Set<WorldTable>(tables);
  const population = lazy(() => customers(seed, size.customers, start));
  const tx = lazy(() => transactions(seed, population(), merchants(seed, size.merchants), {start, days, count: size.transactions}));
  const labelMs = lazy(() => labelArrivals(seed, tx(), {end}));
  const drifted = lazy(() => driftWindows(seed, size.driftRows, drift));
  const build: Record<WorldTable, () => Table> = {
    customer_profile: () => customerProfile(seed, population(), {start, days}),
    transactions: () => transactionsTable(tx()),
    txn_stats: () => txnStats(seed, tx()),
    labels: () => labelsTable(tx(), labelMs()),
    customer_risk: () => customerRisk(seed, population(), tx(), labelMs()),
    serving_latency: () => servingLatency(seed, {start, days, requests: size.requests}),
    drift_reference: () => drifted().drift_reference,
    drift_current: () => drifted().drift_current,
    model_daily: () => modelDaily(seed, {start, days, dailyRequests: Math.round(size.transactions / days)}),
  };
  const world: Partial<Record<WorldTable, Table>> = {};
  for (const name of worldTables) if (want.has(name)) world[name] = build[name]();
  return world as Record<WorldTable, Table>;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => (made ? value! : ((made = true), (value = make())));
}
