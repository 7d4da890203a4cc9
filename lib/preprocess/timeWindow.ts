import {raw, sql} from "../sql/index.js";
import type {PreprocessColumn} from "./preprocessColumns.js";
import type {WindowStep, WindowTransform} from "./preprocessSpec.js";
import type {TransformFamily} from "./transformFamily.js";

/**
 * A trailing time window per key over event time: for a row with key k and time t, the
 * sum, count or mean of `column` over the rows with key k and time in (t − window_ms, t],
 * right-closed, the row itself and rows at the same instant included (DESIGN; pandas'
 * `rolling("7D")` bounds, except that pandas leaves out later rows at the same instant).
 * Nulls in `column` are skipped (count counts non-null values; sum and mean of none are
 * null); a row with a null key or time gets null. Nothing is fitted.
 *
 * In SQL: `RANGE BETWEEN (w − 1) PRECEDING AND CURRENT ROW` over epoch microseconds, since
 * DuckDB's RANGE includes t − w and the left end must be open: on the microsecond grid of
 * TIMESTAMP, [t − w + 1 µs, t] is (t − w, t].
 *
 * @example windowAggregate(["a", "a", "a"], Float64Array.of(0, 5, 10), Float64Array.of(1, 2, 4), 6, "sum") // => Float64Array [1, 3, 6]
 */
export const timeWindow: TransformFamily<WindowStep, WindowTransform> = {
  inputs: (step) => [[step.column, ["numeric"]], [step.key, ["text", "numeric"]], [step.time, ["timestamp"]]],
  fit(step, source) {
    if (!["sum", "count", "mean"].includes(step.agg)) throw new RangeError(`fitPreprocess: window agg must be sum, count or mean, got ${JSON.stringify(step.agg)}`);
    if (!Number.isInteger(step.window_ms) || step.window_ms <= 0) throw new RangeError(`fitPreprocess: window_ms requires a whole number of milliseconds > 0, got ${step.window_ms}`);
    for (const [name, kinds] of timeWindow.inputs(step)) source.column(name, kinds, "window");
    return {kind: "window", column: step.column, key: step.key, time: step.time, output: step.output ?? `${step.column}_${step.agg}_${windowLabel(step.window_ms)}`, window_ms: step.window_ms, agg: step.agg};
  },
  apply(t, source) {
    const values = source.column(t.column, ["numeric"], "window").values as Float64Array;
    const key = source.column(t.key, ["text", "numeric"], "window");
    const times = source.column(t.time, ["timestamp"], "window").values as Float64Array;
    const keys = key.kind === "text" ? key.values : Array.from(key.values as Float64Array, (v) => (v === v ? v : null));
    return [[t.output, {kind: "numeric", values: windowAggregate(keys, times, values, t.window_ms, t.agg)} satisfies PreprocessColumn]];
  },
  sql(t, source) {
    const x = source.number(t.column), time = source.micros(t.time);
    const keyed = source.kind(t.key) === "numeric" ? source.number(t.key) : source.text(t.key);
    const w = sql`(partition by ${keyed} order by ${time} range between ${raw(String(t.window_ms * 1000 - 1))} preceding and current row)`;
    const agg = t.agg === "sum" ? sql`sum(${x}) over ${w}` : t.agg === "count" ? sql`count(${x}) over ${w}::DOUBLE` : sql`sum(${x}) over ${w} / count(${x}) over ${w}`;
    // nullif: +∞ and −∞ in one window sum to NaN, which the TypeScript path reads as null
    return [[t.output, sql`case when ${keyed} is null or ${time} is null then null else nullif((${agg})::DOUBLE, 'NaN'::DOUBLE) end`]];
  },
  outputs: (t) => [[t.output, "numeric"]],
};

/**
 * A window length as the feature repository writes a ttl: whole days, hours, minutes or
 * seconds, else milliseconds.
 *
 * @example [windowLabel(604_800_000), windowLabel(5_400_000), windowLabel(1500)] // => ["7d", "90m", "1500ms"]
 */
export function windowLabel(ms: number): string {
  for (const [unit, size] of [["d", 86_400_000], ["h", 3_600_000], ["m", 60_000], ["s", 1000]] as const) if (ms % size === 0) return `${ms / size}${unit}`;
  return `${ms}ms`;
}

/**
 * sum | count | mean of `values` (NaN = null) over each row's key in (t − w, t].
 * Each window is summed afresh in time order (no running sum that subtracts: no drift).
 *
 * @example windowAggregate(["a", "a", "b"], Float64Array.of(0, 5, 5), Float64Array.of(1, 2, 4), 5, "count") // => Float64Array [1, 1, 1]
 */
export function windowAggregate(keys: readonly (string | number | null)[], times: Float64Array, values: Float64Array, w: number, agg: WindowStep["agg"]): Float64Array {
  const n = times.length;
  const out = new Float64Array(n).fill(NaN);
  const groups = new Map<string | number, number[]>();
  for (let i = 0; i < n; i++) {
    const k = keys[i]!, t = times[i]!;
    if (k === null || t !== t) continue;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(i);
  }
  for (const rows of groups.values()) {
    rows.sort((a, b) => times[a]! - times[b]! || a - b);
    let lo = 0, hi = 0;
    for (let p = 0; p < rows.length; p++) {
      const t = times[rows[p]!]!;
      while (hi < rows.length && times[rows[hi]!]! <= t) hi++;
      while (times[rows[lo]!]! <= t - w) lo++;
      let sum = 0, count = 0;
      for (let q = lo; q < hi; q++) {
        const x = values[rows[q]!]!;
        if (x === x) (sum += x), count++;
      }
      out[rows[p]!] = agg === "count" ? count : count === 0 ? NaN : agg === "sum" ? sum : sum / count;
    }
  }
  return out;
}
