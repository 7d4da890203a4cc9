import type {Table, Vector} from "apache-arrow";
import type {Binning} from "./binAgainst.js";
import {binAgainst} from "./binAgainst.js";
import {columnKind, numericValues, textValues} from "./columnKind.js";
import {jsDivergence} from "./jsDivergence.js";
import {psi} from "./psi.js";

/** One feature's drift in one window against the reference binning. */
export interface DriftWindowRow {
  /** The window's start, epoch milliseconds (UTC). */
  window_start: number;
  column: string;
  /** PSI and JS against the reference; NaN when the window has no values in the column. */
  psi: number;
  js: number;
  /** Values binned in the window (nulls and NaN left out). */
  n: number;
  /** Share of the window's rows that are null (or NaN). */
  null_share: number;
}

/** Options of {@link driftOverTime}. */
export interface DriftOverTimeOptions {
  /** The TIMESTAMP column that places a row in a window. */
  time: string;
  /** Window length in ms; windows start at multiples of it since the epoch (86 400 000 for days, UTC). */
  windowMs: number;
  /** The reference binning of each column to follow, made once (numericBinning / categoricalBinning). */
  binnings: Record<string, Binning>;
  /** Added to every bin proportion (default 1e-8). */
  eps?: number;
}

/**
 * Drift over time: each window of `table` (each day, each hour) against ONE reference
 * binning per column, never re-binned: PSI and JS per column per window, ordered by window
 * then by the binnings' column order. Only windows holding rows appear; rows without a
 * time are left out. ±Infinity falls in an outer bin (the edges are the reference's).
 *
 * @example driftOverTime(days, {time: "event_timestamp", windowMs: 86_400_000, binnings: {amount: numericBinning(reference, 10)}})[0].column // => "amount"
 */
export function driftOverTime(table: Table, options: DriftOverTimeOptions): DriftWindowRow[] {
  const {time, windowMs, binnings, eps = 1e-8} = options;
  if (!(windowMs > 0)) throw new RangeError(`driftOverTime requires windowMs > 0, got ${windowMs}`);
  const times = table.getChild(time);
  if (!times) throw new RangeError(`driftOverTime requires the time column ${JSON.stringify(time)}, which the table lacks (it has ${table.schema.fields.map((f) => f.name).join(", ")})`);
  const windows = new Map<number, number[]>();
  for (let i = 0; i < times.length; i++) {
    const t = epochMs(times.get(i));
    if (t === null) continue;
    const start = Math.floor(t / windowMs) * windowMs;
    let rows = windows.get(start);
    if (!rows) windows.set(start, (rows = []));
    rows.push(i);
  }
  const columns = Object.entries(binnings).map(([column, binning]) => ({column, binning, values: columnOf(table, column, binning)}));
  const out: DriftWindowRow[] = [];
  for (const start of [...windows.keys()].sort((a, b) => a - b)) {
    const rows = windows.get(start)!;
    for (const {column, binning, values} of columns) {
      const binned = binAgainst(binning, rows.map((i) => values[i]!) as never);
      const none = binned.currentN === 0;
      out.push({
        window_start: start,
        column,
        psi: none ? NaN : psi(binned.reference, binned.current, eps),
        js: none ? NaN : jsDivergence(binned.reference, binned.current, eps),
        n: binned.currentN,
        null_share: binned.currentNulls / rows.length,
      });
    }
  }
  return out;
}

/** A column's values as the binning takes them, checked against its kind. */
function columnOf(table: Table, column: string, binning: Binning): ArrayLike<number | string | null> {
  const vector = table.getChild(column) as Vector | null;
  if (!vector) throw new RangeError(`driftOverTime requires column ${JSON.stringify(column)}, which the table lacks`);
  const kind = columnKind(vector.type);
  if (kind !== binning.kind) throw new RangeError(`driftOverTime requires column ${JSON.stringify(column)} to be ${binning.kind} like its binning, got ${vector.type}`);
  return kind === "numeric" ? numericValues(vector) : textValues(vector);
}

function epochMs(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime();
  return Number(value);
}
