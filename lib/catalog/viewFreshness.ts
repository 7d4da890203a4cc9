import type {FeatureView} from "../pit/index.js";
import type {Columns} from "../profile/index.js";
import {ident, join, sql, type SqlFragment} from "../sql/index.js";

/** What a view's data says about its freshness. */
export interface ViewFreshness {
  view: string;
  rows: number;
  /** The newest event time (epoch ms), null when the view has no timed row. */
  latestEventMs: number | null;
  /** The newest created (arrival) time (epoch ms), null without a created field or timed row. */
  latestCreatedMs: number | null;
}

/** Options of {@link viewFreshness} and {@link viewFreshnessSql}. */
export interface ViewFreshnessOptions {
  /** Count only the rows known at this instant (epoch ms): event time, and arrival when the view has one, at or before it. */
  asOfMs?: number;
  /** The table holding a view's source (default: the view's name). */
  tableOf?: (view: FeatureView) => string;
}

/**
 * One row per view, in the order given, from one scan of each table: `view` (VARCHAR),
 * `rows` (INTEGER), `latest_event_ms` and `latest_created_ms` (BIGINT epoch ms; null when
 * no row or, for the latter, when the view has no created_timestamp_field).
 *
 * @example viewFreshnessSql([{name: "v", entities: [], joinKeys: [], source: "v.csv", timestampField: "t", features: ["x"]}]).params // => [0, "v"]
 */
export function viewFreshnessSql(views: readonly FeatureView[], {asOfMs, tableOf = (view) => view.name}: ViewFreshnessOptions = {}): SqlFragment {
  if (views.length === 0) throw new RangeError("viewFreshnessSql requires at least one view, got none");
  const parts = views.map((view, i) => {
    const created = view.createdTimestampField ? sql`epoch_ms(max(${ident(view.createdTimestampField)}))` : sql`null::BIGINT`;
    const at = asOfMs === undefined ? undefined : new Date(asOfMs);
    const known = at === undefined ? sql`` : view.createdTimestampField
      ? sql`\nwhere ${ident(view.timestampField)} <= ${at} and ${ident(view.createdTimestampField)} <= ${at}`
      : sql`\nwhere ${ident(view.timestampField)} <= ${at}`;
    return sql`select ${i} as "order", ${view.name} as "view", count(*)::INTEGER as "rows",
  epoch_ms(max(${ident(view.timestampField)})) as "latest_event_ms",
  ${created} as "latest_created_ms"
from ${ident(tableOf(view))}${known}`;
  });
  return sql`select "view", "rows", "latest_event_ms", "latest_created_ms" from (
${join(parts, "\nunion all\n")}
) order by "order"`;
}

/**
 * The reference for `viewFreshnessSql` over one view's plain columns: timestamps are epoch
 * ms numbers or Dates; null, undefined and NaN are not times (and, with `asOfMs`, not known).
 *
 * @example viewFreshness({t: [5, null, 9]}, {name: "v", entities: [], joinKeys: [], source: "v.csv", timestampField: "t", features: []}) // => {view: "v", rows: 3, latestEventMs: 9, latestCreatedMs: null}
 */
export function viewFreshness(columns: Columns, view: FeatureView, {asOfMs}: Pick<ViewFreshnessOptions, "asOfMs"> = {}): ViewFreshness {
  const events = columns[view.timestampField];
  if (!events) throw new RangeError(`viewFreshness requires the timestamp column ${JSON.stringify(view.timestampField)} of view ${JSON.stringify(view.name)}, got columns ${Object.keys(columns).join(", ")}`);
  const created = view.createdTimestampField ? columns[view.createdTimestampField] : undefined;
  let rows = 0, latestEventMs = -Infinity, latestCreatedMs = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const event = epochMs(events[i]), arrival = created ? epochMs(created[i]) : NaN;
    if (asOfMs !== undefined && !(event <= asOfMs && (!created || arrival <= asOfMs))) continue;
    rows++;
    if (event > latestEventMs) latestEventMs = event;
    if (arrival > latestCreatedMs) latestCreatedMs = arrival;
  }
  return {view: view.name, rows, latestEventMs: finite(latestEventMs), latestCreatedMs: finite(latestCreatedMs)};
}

const epochMs = (v: unknown): number => (v instanceof Date ? v.getTime() : typeof v === "number" || typeof v === "bigint" ? Number(v) : NaN);
const finite = (ms: number): number | null => (ms === -Infinity ? null : ms);
