import {Table} from "apache-arrow";
import {float64Column, int32Column, timestampColumn} from "../synth/index.js";

/** Sizes of {@link randomJoinTables}. */
export interface RandomJoinOptions {
  /** Spine rows. */
  spineRows: number;
  /** Feature rows. */
  featureRows: number;
  /** Distinct keys (customer_id 1..keys). Default max(1, round(spineRows / 10)). */
  keys?: number;
  /** The seed: the same seed and sizes give the same tables. Default 7. */
  seed?: number;
  /** First instant (epoch ms). Default 2026-01-01. */
  start?: number;
  /** Span of the timestamps, ms. Default 90 days. */
  spanMs?: number;
}

/**
 * A spine and a feature view of the given sizes for timing joins at scale, built from
 * typed arrays with no per-row objects: keys uniform over 1..keys, timestamps uniform
 * whole milliseconds over the span (mulberry32 streams of the seed). The spine has
 * customer_id and event_timestamp; the features customer_id, event_timestamp and value.
 *
 * @example randomJoinTables({spineRows: 10, featureRows: 100}).features.numRows // => 100
 */
export function randomJoinTables(options: RandomJoinOptions): {spine: Table; features: Table} {
  const {spineRows, featureRows, seed = 7, start = Date.UTC(2026, 0, 1), spanMs = 90 * 86_400_000} = options;
  const keys = options.keys ?? Math.max(1, Math.round(spineRows / 10));
  for (const [name, value] of Object.entries({spineRows, featureRows, keys})) {
    if (!Number.isInteger(value) || value < 1 || value > 2 ** 31 - 1) throw new RangeError(`randomJoinTables requires ${name} to be a whole number ≥ 1, got ${value}`);
  }
  const draw = (rows: number, stream: number) => {
    const next = mulberry32((seed ^ Math.imul(stream, 0x9e3779b9)) >>> 0);
    const key = new Int32Array(rows);
    const ts = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      key[i] = 1 + Math.floor(next() * keys);
      ts[i] = start + Math.floor(next() * spanMs);
    }
    return {key, ts, next};
  };
  const s = draw(spineRows, 1);
  const f = draw(featureRows, 2);
  const value = new Float64Array(featureRows);
  for (let i = 0; i < featureRows; i++) value[i] = Math.round(f.next() * 1e6) / 100;
  return {
    spine: new Table({customer_id: int32Column(s.key), event_timestamp: timestampColumn(s.ts)}),
    features: new Table({customer_id: int32Column(f.key), event_timestamp: timestampColumn(f.ts), value: float64Column(value)}),
  };
}

/** mulberry32: a small, fast 32-bit generator; uniform on [0, 1). */
function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
