import type {FeatureRows} from "../materialize/index.js";

/** Per key, the newest event and arrival times among rows known at some instant. */
export interface LatestKnown {
  /** Greatest event timestamp (epoch ms). */
  eventMs: number;
  /** Greatest arrival (created) timestamp (epoch ms). */
  arrivalMs: number;
  /** Row index holding the key's values, for display. */
  row: number;
}

/**
 * A sweep over a view's rows in the order they become known: a row is known at `at`
 * when it has arrived (created <= at) and its event has happened (event <= at).
 * Advance to ascending instants and read the latest event and arrival per key.
 */
export class LatestKnownSweep {
  readonly latest = new Map<string, LatestKnown>();
  private readonly order: Int32Array;
  private readonly knownAt: Float64Array;
  private next = 0;
  private last = -Infinity;

  constructor(readonly rows: FeatureRows) {
    this.knownAt = Float64Array.from({length: rows.length}, (_, i) => Math.max(rows.arrivalMs[i]!, rows.eventMs[i]!));
    const valid = Array.from({length: rows.length}, (_, i) => i).filter((i) => rows.keys[i] != null && !Number.isNaN(this.knownAt[i]));
    this.order = Int32Array.from(valid.sort((a, b) => this.knownAt[a]! - this.knownAt[b]! || a - b));
  }

  /** Takes in every row known at `at`; instants must not go back. */
  advance(at: number): Map<string, LatestKnown> {
    if (at < this.last) throw new Error(`LatestKnownSweep.advance requires ascending instants, got ${at} after ${this.last}`);
    this.last = at;
    const {rows, order, knownAt, latest} = this;
    for (; this.next < order.length && knownAt[order[this.next]!]! <= at; this.next++) {
      const i = order[this.next]!;
      const key = rows.keys[i]!;
      const seen = latest.get(key);
      if (!seen) latest.set(key, {eventMs: rows.eventMs[i]!, arrivalMs: rows.arrivalMs[i]!, row: i});
      else {
        if (rows.eventMs[i]! >= seen.eventMs) (seen.eventMs = rows.eventMs[i]!), (seen.row = i);
        seen.arrivalMs = Math.max(seen.arrivalMs, rows.arrivalMs[i]!);
      }
    }
    return latest;
  }
}
