import type {Table} from "apache-arrow";
import {Table as ArrowTable} from "apache-arrow";
import type {PointInTimeView} from "../lib/pit/index.js";
import {createRng, float64Column, int32Column, timestampColumn} from "../lib/synth/index.js";
import type {BenchScale} from "./benchOptions.js";

/** Rows and keys of the PIT benchmark's world at each scale (`large` is issue 3's 1M × 10M, 100k keys). */
export const pitSizes: Readonly<Record<BenchScale, {keys: number; spine: number; features: number}>> = {
  small: {keys: 1_000, spine: 10_000, features: 100_000},
  medium: {keys: 10_000, spine: 100_000, features: 1_000_000},
  large: {keys: 100_000, spine: 1_000_000, features: 10_000_000},
};

const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 1);
const days = 90;

/** The one feature view: shaped like the world's txn_stats (ttl 30d, created-timestamp tie-break). */
export const pitView: PointInTimeView = {
  name: "txn_stats",
  joinKeys: ["customer_id"],
  timestampField: "event_timestamp",
  createdTimestampField: "created_timestamp",
  ttlMs: 30 * DAY,
  features: ["amount_sum_7d", "txn_count_7d"],
};

/** The spine and the view's rows, as Arrow tables. */
export interface PitWorld {
  spine: Table;
  features: Table;
}

/**
 * A seeded world for the PIT benchmark, built straight from typed arrays. Features: a
 * log in event-time order (second resolution over 90 days), keys uniform over `keys`,
 * created = event + 0–60 s; 1% of rows re-state the previous row's key and timestamp
 * with a later created timestamp (ties the created timestamp must break); 1% null
 * values. Spine: rows in random order (spine_id = row number), 1% unknown keys, 0.5%
 * duplicates of the previous spine row.
 *
 * @example pitWorld("small").spine.numRows // => 10000
 */
export function pitWorld(scale: BenchScale, seed = 7): PitWorld {
  const {keys, spine: n, features: m} = pitSizes[scale];
  const rng = createRng(seed, "bench-pit");
  const span = days * DAY;

  const fKey = new Int32Array(m);
  const fTs = new Float64Array(m);
  const fCreated = new Float64Array(m);
  const fSum = new Float64Array(m);
  const fCount = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    if (i > 0 && rng.uniform() < 0.01) {
      fKey[i] = fKey[i - 1]!;
      fTs[i] = fTs[i - 1]!;
      fCreated[i] = fCreated[i - 1]! + 1000;
    } else {
      fKey[i] = 1 + Math.floor(rng.uniform() * keys);
      fTs[i] = start + Math.floor(((i + rng.uniform()) * span) / m / 1000) * 1000;
      fCreated[i] = fTs[i]! + Math.floor(rng.uniform() * 60) * 1000;
    }
    fSum[i] = rng.uniform() < 0.01 ? NaN : Math.round(rng.uniform() * 1e6) / 100;
    fCount[i] = Math.floor(rng.uniform() * 50);
  }

  const sKey = new Int32Array(n);
  const sTs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (i > 0 && rng.uniform() < 0.005) {
      sKey[i] = sKey[i - 1]!;
      sTs[i] = sTs[i - 1]!;
    } else {
      sKey[i] = 1 + Math.floor(rng.uniform() * keys * 1.01);
      sTs[i] = start + Math.floor(rng.uniform() * (span / 1000)) * 1000;
    }
  }

  return {
    spine: new ArrowTable({
      spine_id: int32Column(Int32Array.from({length: n}, (_, i) => i)),
      customer_id: int32Column(sKey),
      event_timestamp: timestampColumn(sTs),
    }),
    features: new ArrowTable({
      customer_id: int32Column(fKey),
      event_timestamp: timestampColumn(fTs),
      created_timestamp: timestampColumn(fCreated),
      amount_sum_7d: float64Column(fSum),
      txn_count_7d: int32Column(fCount),
    }),
  };
}
