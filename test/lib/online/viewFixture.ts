import {Float64, Int32, Table, TimestampMillisecond, vectorFromArray} from "apache-arrow";
import fc from "fast-check";
import {fingerprintTable} from "../../../lib/fingerprint/index.js";
import {onlineTable, type createOnlineStore, type OnlineView} from "../../../lib/online/index.js";

/** A feature row of the test view: id, event time t, created time c, feature x. */
export interface Row {
  id: number;
  t: number;
  c: number;
  x: number | null;
}

export const view: OnlineView = {
  name: "stats",
  joinKeys: ["id"],
  timestampField: "event_timestamp",
  createdTimestampField: "created_timestamp",
  features: ["x"],
};

/** The rows as an Arrow table shaped like a feature view source. */
export function sourceTable(rows: readonly Row[]): Table {
  return new Table({
    id: vectorFromArray(rows.map((r) => r.id), new Int32()),
    event_timestamp: vectorFromArray(rows.map((r) => r.t), new TimestampMillisecond()),
    created_timestamp: vectorFromArray(rows.map((r) => r.c), new TimestampMillisecond()),
    x: vectorFromArray(rows.map((r) => r.x), new Float64()),
  });
}

/** Latest row per id among rows arrived by `until`: event time, then created, then row order. */
export function latestPerKey(rows: readonly Row[], until = Infinity): Map<number, Row> {
  const out = new Map<number, Row>();
  for (const r of rows) {
    if (r.c > until) continue;
    const best = out.get(r.id);
    if (!best || r.t > best.t || (r.t === best.t && r.c >= best.c)) out.set(r.id, r);
  }
  return out;
}

/** Up to 40 random rows of the test view: ids 0..5, event times 0..100, arrival lags 0..60, x null or 0..9. */
export const rowsArb: fc.Arbitrary<Row[]> = fc.array(
  fc.record({id: fc.integer({min: 0, max: 5}), t: fc.integer({min: 0, max: 100}), lag: fc.integer({min: 0, max: 60}), x: fc.option(fc.integer({min: 0, max: 9}))}),
  {maxLength: 40},
).map((rs) => rs.map(({id, t, lag, x}) => ({id, t, c: t + lag, x}) as Row));

/** The fingerprint of a store's "stats" view: equal fingerprints, equal online state. */
export const storeFingerprint = (store: ReturnType<typeof createOnlineStore>) => fingerprintTable(onlineTable(store, "stats")).fingerprint;
