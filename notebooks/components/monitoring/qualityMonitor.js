// The data-quality page's monitor (data-quality-over-time.md): the world's dates, the four
// signals' queries over one table, the dashboard's cells from their rows, and the headline
// (which signal caught the incident, how late; qualityCards.js shows it). Plain data (no DOM),
// so that the build-time first answer (data/first/data-quality-over-time.json.ts, in Node,
// native DuckDB) and the page run the same queries and the same lib/monitoring code.
import {contractChecks, jsonRows, parseContract} from "../../lib/contracts/index.js";
import {contractDays, contractSignal, contractTimelineSql, detectionDelay, driftSignal, firstDetection, freshnessSignal, freshnessTimelineSql, injectIncident, nullRateSignal, nullRateTimelineSql, referenceBinnings} from "../../lib/monitoring/index.js";
import {driftOverTimeSql} from "../../lib/drift/index.js";
import {ident, sql} from "../../lib/sql/index.js";

const DAY = 86_400_000;
/** The world's 90 days, the reference window (the first four weeks are normal, by definition), the columns whose nulls are watched, the default alarm levels. */
export const qualityWorld = {
  start: Date.UTC(2026, 0, 1), days: 90, reference: [0, 28],
  nullColumns: ["txn_id", "customer_id", "merchant_id", "merchant_category", "channel", "amount", "event_timestamp", "created_timestamp", "is_correction"],
  // The alarm levels of the two learned bands (DESIGN's PSI bands, 5 binomial standard deviations); warn levels stay at or below them.
  defaultBands: {failZ: 5, psi: 0.25},
  // The incident the page opens with: a burst of empty amounts on day 45 (0.6% of rows, 3 days), injected with seed 1.
  defaultIncident: {kind: "null_burst", day: 45, size: 0.006},
  seed: 1,
};

/**
 * The monitor of the clean `transactions` (an Arrow table) under the contract `contractText`
 * (YAML): its checks, freshness SLA, reference binnings, the four signals' queries over a
 * table (`signalQueries(table, columns)`, columns from DESCRIBE) and the dashboard's cells
 * from their rows (`cellsOf(rows, bands)`).
 */
export function qualityMonitor(transactions, contractText) {
  const {start, days, reference, nullColumns, defaultBands} = qualityWorld;
  const parsed = parseContract(contractText, "transactions.v1.yaml");
  if (!parsed.ok) throw new Error(parsed.issues[0].text);
  const specs = contractChecks(parsed.contract);
  const sla = specs.find((s) => s.measure.kind === "freshness").measure;
  const slaMs = sla.maxAgeMs;
  // The reference window binned once (lib/drift): amount in ten quantile bins, the categories as they are.
  const binnings = referenceBinnings(transactions, {start, reference, numeric: ["amount"], categorical: ["merchant_category", "channel"]});
  const signalQueries = (table, columns) => ({
    contract: contractTimelineSql(specs, table, columns, {start, days}),
    freshness: freshnessTimelineSql(table, {start, days}),
    nulls: nullRateTimelineSql(table, {start, days, columns: nullColumns}),
    drift: driftOverTimeSql(table, {time: "created_timestamp", window: "day", binnings}),
  });
  const cellsOf = (rows, bands = defaultBands) => [
    ...contractSignal(contractDays(rows.contract, specs, days)),
    ...freshnessSignal(rows.freshness, slaMs),
    ...nullRateSignal(rows.nulls, {reference, failZ: bands.failZ, warnZ: Math.min(3, bands.failZ)}),
    ...driftSignal(rows.drift, {start, days, threshold: bands.psi, warn: Math.min(0.1, bands.psi)}),
  ];
  return {specs, sla, slaMs, binnings, signalQueries, cellsOf};
}

/** A table's columns as signalQueries wants them, from DuckDB's DESCRIBE on `db`. */
export async function qualityColumns(db, table) {
  return jsonRows(await db.query(sql`DESCRIBE ${ident(table)}`)).map((r) => ({name: String(r.column_name), type: String(r.column_type)}));
}

/**
 * Injects `incident` into the clean `transactions` of `db` as table `table` (lib/monitoring's
 * injectIncident, the page's seed) and runs the four signals' queries of `monitor` on it:
 * {contract, freshness, nulls, drift} as row objects, ready for monitor.cellsOf.
 */
export async function qualityIncidentRows(db, monitor, incident, table) {
  await db.query(sql`CREATE OR REPLACE TABLE ${ident(table)} AS ${injectIncident({source: "transactions", incident, start: qualityWorld.start, seed: qualityWorld.seed})}`);
  const queries = monitor.signalQueries(table, await qualityColumns(db, table));
  const rows = {};
  for (const [signal, query] of Object.entries(queries)) rows[signal] = jsonRows(await db.query(query));
  return rows;
}

/**
 * The headline of a day-by-day dashboard (`cells`) for an incident from `incidentDay`: each
 * signal's detection (lib/monitoring's detectionDelay), which signals caught it first, and
 * `key`: each signal's delay in days (null: missed), for the first-answer test.
 */
export function qualityHeadline(cells, incidentDay) {
  const detections = detectionDelay(cells, incidentDay);
  const first = firstDetection(detections).map((d) => d.signal);
  return {start: qualityWorld.start, incidentDay, days: qualityWorld.days, detections, first, key: {incidentDay, delays: Object.fromEntries(detections.map((d) => [d.signal, d.delay]))}};
}
