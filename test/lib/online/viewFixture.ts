import {Float64, Int32, Table, TimestampMillisecond, vectorFromArray} from "apache-arrow";
import type {OnlineView} from "../../../lib/online/index.js";

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
