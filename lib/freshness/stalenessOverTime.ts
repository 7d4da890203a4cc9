import type {FeatureRows} from "../materialize/index.js";
import {quantileSorted} from "../profile/index.js";
import {LatestKnownSweep} from "./latestKnown.js";

/** Which staleness to track. */
export interface StalenessOverTimeOptions {
  /** The freshness SLA (ms). */
  readonly slaMs: number;
  /** "event" (default): at − latest event time; "created": at − latest arrival. */
  readonly basis?: "event" | "created";
}

/** Staleness across keys at one instant. */
export interface StalenessSample {
  readonly at: number;
  /** Keys with a known row at `at`. */
  readonly keys: number;
  readonly withinSla: number;
  /** withinSla / keys, or null with no keys. */
  readonly share: number | null;
  /** Median, 95th percentile (type 7) and maximum staleness (ms), or null with no keys. */
  readonly p50: number | null;
  readonly p95: number | null;
  readonly max: number | null;
}

/**
 * Staleness over time: at each instant (ascending, epoch ms; throws otherwise), over keys with a row known
 * by then, the share within the SLA and the median, p95 and maximum staleness. One sweep
 * over the rows in the order they become known, so cost ~ rows + instants × keys.
 *
 * @example
 * const view = {name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]};
 * const table = tableFromArrays({id: [1, 1, 2], ts: [10, 30, 20], x: [1, 3, 2]});
 * const rows = featureRows(table, view);
 * stalenessOverTime(rows, [20, 40], {slaMs: 15}).map((s) => s.share) // => [1, 0.5]
 */
export function stalenessOverTime(rows: FeatureRows, instants: readonly number[], options: StalenessOverTimeOptions): StalenessSample[] {
  const {slaMs, basis = "event"} = options;
  if (!(slaMs >= 0)) throw new Error(`stalenessOverTime requires slaMs >= 0, got ${slaMs}`);
  const sweep = new LatestKnownSweep(rows);
  return instants.map((at) => {
    const latest = sweep.advance(at);
    const staleness = Float64Array.from(latest.values(), (k) => at - (basis === "event" ? k.eventMs : k.arrivalMs)).sort();
    const withinSla = countAtMost(staleness, slaMs);
    return {
      at,
      keys: staleness.length,
      withinSla,
      share: staleness.length ? withinSla / staleness.length : null,
      p50: quantileSorted(staleness, 0.5),
      p95: quantileSorted(staleness, 0.95),
      max: staleness.length ? staleness[staleness.length - 1]! : null,
    };
  });
}

/** How many of the ascending values are <= limit (binary search). */
function countAtMost(sorted: Float64Array, limit: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
