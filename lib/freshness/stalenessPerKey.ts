import type {FeatureRows} from "../materialize/index.js";
import {LatestKnownSweep} from "./latestKnown.js";

/** How stale one key's data is at an instant. */
export interface KeyStaleness {
  readonly key: readonly unknown[];
  /** Newest event timestamp known at `at` (epoch ms). */
  readonly latestEventTimestamp: number;
  /** Newest created timestamp (arrival) known at `at` (epoch ms). */
  readonly latestCreatedTimestamp: number;
  /** at − latestEventTimestamp (ms): how old the freshest value is. */
  readonly eventStalenessMs: number;
  /** at − latestCreatedTimestamp (ms): how long since the pipeline last delivered for the key. */
  readonly createdStalenessMs: number;
}

/**
 * Staleness per key at `at`, over rows known by then (created <= at and event <= at):
 * event staleness says how old the served value is; created staleness how long the
 * pipeline has been silent for the key. Keys with no known row are left out.
 * Views without a created field use the event time as arrival.
 *
 * @example
 * const view = {name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]};
 * const table = tableFromArrays({id: [1, 1, 2], ts: [10, 30, 20], x: [1, 3, 2]});
 * const rows = featureRows(table, view);
 * stalenessPerKey(rows, 40).map((s) => s.eventStalenessMs) // => [10, 20]
 */
export function stalenessPerKey(rows: FeatureRows, at: number): KeyStaleness[] {
  const latest = new LatestKnownSweep(rows).advance(at);
  return [...latest.values()].map(({eventMs, arrivalMs, row}) => ({
    key: rows.record(row).key,
    latestEventTimestamp: eventMs,
    latestCreatedTimestamp: arrivalMs,
    eventStalenessMs: at - eventMs,
    createdStalenessMs: at - arrivalMs,
  }));
}
