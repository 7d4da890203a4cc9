/** Which ends of the window (t − w, t] are closed; pandas' `rolling(closed=…)` names. */
export type ClosedSide = "right" | "left" | "both" | "neither";

/**
 * What a null value does: `skip` is SQL's (SUM and AVG skip nulls, COUNT(x) counts values,
 * the sum of no value is NULL); `sum-zero` makes the sum of no value 0 (pandas' `.sum()`
 * with its default min_count=0, as in groupby and resample); `fill-zero` fills nulls with 0
 * first (`fillna(0)`, `coalesce(x, 0)`): they count as rows (COUNT(*)) and pull means down.
 */
export type NullPolicy = "skip" | "sum-zero" | "fill-zero";

/** `float32`: each value read as a 32-bit float, and the result stored as one (protobuf `float`, ONNX, GPU tensors). */
export type FloatWidth = "float64" | "float32";

/** One way of writing the windowed feature. */
export interface TransformVariant {
  closed: ClosedSide;
  nulls: NullPolicy;
  float: FloatWidth;
  /**
   * A daily batch's window instead of a rolling one (default none): the w / 1 day calendar
   * days ending with the event's own day, dates taken in UTC+offsetHours, the whole of that
   * day included (later events of the same day too); `closed` then does not apply.
   */
  calendar?: {offsetHours: number};
}

/** The feature both sides mean to compute: `agg` of the value over a trailing window of `windowMs` ms per key. */
export interface WindowFeature {
  windowMs: number;
  agg: "sum" | "count" | "mean";
}

/** Events as columns: a unique id, the key, the event time (epoch ms) and the value (NaN = null). */
export interface WindowEvents {
  id: Int32Array;
  key: Int32Array;
  time: Float64Array;
  value: Float64Array;
}

const DAY = 86_400_000;

/** DESIGN's window: right-closed (t − w, t], nulls skipped as SQL does, float64. */
export const referenceVariant: TransformVariant = {closed: "right", nulls: "skip", float: "float64"};

/**
 * A windowed feature computed one way, in TypeScript: for each event (key k, time t), the
 * `agg` of the values of key k's events in the window ending at t, its ends closed as
 * `variant.closed` says ((t − w, t] for "right", [t − w, t) for "left", …; events at the
 * same instant are alike, so a closed right end includes them all) or, with
 * `variant.calendar`, the calendar days ending with the event's day, nulls as
 * `variant.nulls` says, in `variant.float`. Returns one value per event, in input order,
 * NaN for null. Each window is summed afresh in time order, as lib/preprocess's
 * windowAggregate does for DESIGN's variant (which is fixed to right-closed, skipped nulls).
 *
 * @example transformVariant({id: Int32Array.of(1, 2), key: Int32Array.of(5, 5), time: Float64Array.of(0, 7), value: Float64Array.of(10, 20)}, {closed: "left", nulls: "skip", float: "float64"}, {windowMs: 7, agg: "sum"}) // => Float64Array [NaN, 10]
 */
export function transformVariant(events: WindowEvents, variant: TransformVariant, feature: WindowFeature): Float64Array {
  checkTransform("transformVariant", events, variant, feature);
  const {key, time, value} = events;
  const w = feature.windowMs, n = time.length;
  const fromStart = variant.closed === "left" || variant.closed === "both";
  const toEnd = variant.closed === "right" || variant.closed === "both";
  const f32 = variant.float === "float32";
  const calendar = variant.calendar;
  // On calendar days, the window is the days (d − w/DAY, d] of the event's day d: whole days, right-closed.
  const dayOf = (i: number) => Math.floor((time[i]! + (calendar?.offsetHours ?? 0) * 3_600_000) / DAY);
  const x = Float64Array.from(value, (v) => (v !== v && variant.nulls === "fill-zero" ? 0 : f32 ? Math.fround(v) : v));
  const out = new Float64Array(n);
  for (const rows of groupRows(key, time, events.id)) {
    let lo = 0, hi = 0;
    for (const i of rows) {
      const t = time[i]!;
      if (calendar) {
        const d = dayOf(i);
        while (hi < rows.length && dayOf(rows[hi]!) <= d) hi++;
        while (lo < hi && dayOf(rows[lo]!) <= d - w / DAY) lo++;
      } else {
        while (hi < rows.length && (toEnd ? time[rows[hi]!]! <= t : time[rows[hi]!]! < t)) hi++;
        while (lo < hi && (fromStart ? time[rows[lo]!]! < t - w : time[rows[lo]!]! <= t - w)) lo++;
      }
      let sum = 0, count = 0;
      for (let q = lo; q < hi; q++) {
        const v = x[rows[q]!]!;
        if (v === v) (sum += v), count++;
      }
      const result = feature.agg === "count" ? count : count > 0 ? (feature.agg === "sum" ? sum : sum / count) : variant.nulls === "sum-zero" && feature.agg === "sum" ? 0 : NaN;
      out[i] = f32 ? Math.fround(result) : result;
    }
  }
  return out;
}

/** Row indices per key, each in (time, id) order; the order keys first appear in. */
function groupRows(key: Int32Array, time: Float64Array, id: Int32Array): number[][] {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < key.length; i++) {
    let g = groups.get(key[i]!);
    if (!g) groups.set(key[i]!, (g = []));
    g.push(i);
  }
  const rows = [...groups.values()];
  for (const g of rows) g.sort((a, b) => time[a]! - time[b]! || id[a]! - id[b]!);
  return rows;
}

/**
 * Throws unless the events are columns of one length with finite times and the variant
 * and feature are ones transformVariant knows, naming `caller`.
 *
 * @example checkTransform("f", events, referenceVariant, {windowMs: 0, agg: "sum"}) // throws RangeError("f requires windowMs a whole number of milliseconds > 0, got 0")
 */
export function checkTransform(caller: string, events: WindowEvents, variant: TransformVariant, feature: WindowFeature): void {
  if (!Number.isInteger(feature.windowMs) || feature.windowMs <= 0) throw new RangeError(`${caller} requires windowMs a whole number of milliseconds > 0, got ${feature.windowMs}`);
  if (!["sum", "count", "mean"].includes(feature.agg)) throw new RangeError(`${caller} requires agg sum, count or mean, got ${JSON.stringify(feature.agg)}`);
  if (!["right", "left", "both", "neither"].includes(variant.closed)) throw new RangeError(`${caller} requires closed right, left, both or neither, got ${JSON.stringify(variant.closed)}`);
  if (!["skip", "sum-zero", "fill-zero"].includes(variant.nulls)) throw new RangeError(`${caller} requires nulls skip, sum-zero or fill-zero, got ${JSON.stringify(variant.nulls)}`);
  if (!["float64", "float32"].includes(variant.float)) throw new RangeError(`${caller} requires float float64 or float32, got ${JSON.stringify(variant.float)}`);
  if (variant.calendar) {
    const h = variant.calendar.offsetHours;
    if (!Number.isInteger(h) || h < -12 || h > 14) throw new RangeError(`${caller} requires calendar.offsetHours a whole number of hours in [-12, 14], got ${h}`);
    if (feature.windowMs % DAY !== 0) throw new RangeError(`${caller} requires a window of whole days on calendar days, got ${feature.windowMs} ms`);
  }
  const n = events.id.length;
  if (events.key.length !== n || events.time.length !== n || events.value.length !== n) throw new RangeError(`${caller} requires id, key, time and value of one length, got ${n}, ${events.key.length}, ${events.time.length}, ${events.value.length}`);
  const bad = events.time.findIndex((t) => !Number.isFinite(t));
  if (bad >= 0) throw new RangeError(`${caller} requires finite event times, got ${events.time[bad]} at row ${bad}`);
}

/** The ways of writing the feature that look like DESIGN's and are not, one change each. */
export const transformVariants: readonly {id: string; label: string; variant: TransformVariant}[] = [
  {id: "closed-left", label: "closed left, [t − w, t)", variant: {...referenceVariant, closed: "left"}},
  {id: "closed-both", label: "closed both, [t − w, t]", variant: {...referenceVariant, closed: "both"}},
  {id: "sum-zero", label: "sum of no value = 0 (pandas .sum())", variant: {...referenceVariant, nulls: "sum-zero"}},
  {id: "fill-zero", label: "nulls filled with 0 (fillna(0), COUNT(*))", variant: {...referenceVariant, nulls: "fill-zero"}},
  {id: "float32", label: "float32", variant: {...referenceVariant, float: "float32"}},
  {id: "calendar-utc", label: "calendar days, UTC (a daily batch)", variant: {...referenceVariant, calendar: {offsetHours: 0}}},
  {id: "calendar-local", label: "calendar days, UTC−5 (the batch host's clock)", variant: {...referenceVariant, calendar: {offsetHours: -5}}},
];
