import type {FeatureRows} from "./featureRows.js";

/** Incremental runs planned over a view's rows: each run's rows found once, up front. */
export interface RunSchedule {
  readonly rows: FeatureRows;
  readonly runEnds: readonly number[];
  /** The watermark before the first run (null: the first run reads all history). */
  readonly watermark: number | null;
  /** Per source row, the index of the run whose window holds its arrival; -1 for none. */
  readonly rowRun: Int32Array;
  /** Per run, the rows it reads (source order), as a FeatureRows keeping source row order for ties. */
  readonly slices: readonly FeatureRows[];
}

/**
 * Plans incremental runs ending at `runEnds` (ascending epoch ms): row i belongs to the run
 * whose window (previous run end, run end] holds its arrival time, as materializeIncremental
 * selects it. Materializing each slice in turn gives what materializeRuns gives on all rows,
 * at a cost ~ rows instead of rows × runs (see materializeSchedule).
 *
 * @example
 * const view = {name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]};
 * const rows = featureRows(tableFromArrays({id: [1, 1, 2], ts: [10, 30, 20], x: [1, 3, 2]}), view);
 * runSchedule(rows, [15, 40]).rowRun // => Int32Array [0, 1, 1]
 */
export function runSchedule(rows: FeatureRows, runEnds: readonly number[], {watermark = null}: {watermark?: number | null} = {}): RunSchedule {
  runEnds.forEach((end, k) => {
    const previous = k ? runEnds[k - 1]! : watermark ?? -Infinity;
    if (!(end >= previous)) throw new Error(`runSchedule requires ascending finite run ends from the watermark, got ${end} after ${previous}`);
  });
  const rowRun = new Int32Array(rows.length).fill(-1);
  const counts = new Int32Array(runEnds.length);
  for (let i = 0; i < rows.length; i++) {
    const k = runOf(rows.arrivalMs[i]!, runEnds, watermark ?? -Infinity);
    rowRun[i] = k;
    if (k >= 0) counts[k]!++;
  }
  const members = Array.from(counts, (n) => new Int32Array(n));
  const filled = new Int32Array(runEnds.length);
  for (let i = 0; i < rows.length; i++) if (rowRun[i]! >= 0) members[rowRun[i]!]![filled[rowRun[i]!]!++] = i;
  return {rows, runEnds, watermark, rowRun, slices: members.map((index) => subsetRows(rows, index))};
}

/** The first run k with arrival <= runEnds[k], if arrival > the initial watermark; else -1. */
function runOf(arrival: number, runEnds: readonly number[], start: number): number {
  if (!(arrival > start)) return -1;
  let lo = 0, hi = runEnds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runEnds[mid]! < arrival) lo = mid + 1;
    else hi = mid;
  }
  return lo < runEnds.length ? lo : -1;
}

function subsetRows(rows: FeatureRows, index: Int32Array): FeatureRows {
  const pick = (column: Float64Array) => Float64Array.from(index, (i) => column[i]!);
  return {
    view: rows.view,
    length: index.length,
    keys: Array.from(index, (i) => rows.keys[i]!),
    eventMs: pick(rows.eventMs),
    createdMs: pick(rows.createdMs),
    arrivalMs: pick(rows.arrivalMs),
    record: (i) => rows.record(index[i]!),
  };
}
