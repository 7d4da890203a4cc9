import type {Binning} from "./binAgainst.js";
import type {DriftWindowRow} from "./driftOverTime.js";
import {driftStatus, type DriftBands, type DriftStatus} from "./driftStatus.js";
import {chiSquareApproximation} from "./psiNullBand.js";

const DAY = 86_400_000;

/** A timeline row with its PSI band and its noise floor. */
export interface AlarmDay extends DriftWindowRow {
  status: DriftStatus;
  /** The PSI that two samples of one distribution, of this window's size and the reference's, stay below 95% of the time (chi-square approximation). */
  floor: number;
}

/** When one column first alarmed, from the start of the watch. */
export interface ColumnAlarm {
  column: string;
  /** The first window out of the ok band, and how many days after the start it began. */
  firstAlert: AlarmDay | null;
  alertDelayDays: number | null;
  /** The first of `run` consecutive windows above the noise floor, and its delay in days. */
  firstAboveFloor: AlarmDay | null;
  floorDelayDays: number | null;
}

/** Options of {@link driftAlarms}. */
export interface DriftAlarmsOptions extends DriftBands {
  /** The reference binning of each column (its bins and row count set the noise floor). */
  binnings: Record<string, Binning>;
  /** Windows before this instant (epoch ms) are the reference's own and ignored. */
  referenceEnd: number;
  /** Where the watch starts (an incident's start); windows from referenceEnd up to it are "before". Default referenceEnd. */
  start?: number;
  /** Consecutive windows above the noise floor that make an alarm (default 3). */
  run?: number;
}

/**
 * Reads a drift timeline ({@link driftOverTime}'s rows) as alarms: each window's status in
 * the PSI bands and its noise floor (the 95th percentile of PSI between two samples of one
 * distribution of that window's size and the reference's, by {@link chiSquareApproximation});
 * for each column, the first window out of the ok band and the first run of `run` windows
 * above the floor, from `start` on; and, before `start`, how many windows left the ok band
 * (false alarms) and how many sat above their floor (about 5% by chance).
 *
 * @example driftAlarms([{window_start: 0, column: "x", psi: 0.3, js: 0.03, n: 100, null_share: 0}], {binnings: {x: {kind: "categorical", categories: ["a", "b"], counts: [50, 50], n: 100, nulls: 0}}, referenceEnd: 0}).columns[0].alertDelayDays // => 0
 */
export function driftAlarms(rows: readonly DriftWindowRow[], options: DriftAlarmsOptions): {days: AlarmDay[]; columns: ColumnAlarm[]; before: {windows: number; alerts: number; aboveFloor: number}} {
  const {binnings, referenceEnd, start = referenceEnd, run = 3, warn, threshold} = options;
  if (!(start >= referenceEnd)) throw new RangeError(`driftAlarms requires start ≥ referenceEnd, got start ${start} and referenceEnd ${referenceEnd}`);
  if (!Number.isInteger(run) || run < 1) throw new RangeError(`driftAlarms requires run as a whole number ≥ 1, got ${run}`);
  const days: AlarmDay[] = rows.map((d) => {
    const binning = binnings[d.column];
    if (binning === undefined) throw new RangeError(`driftAlarms requires a binning for every column of the timeline, got none for ${JSON.stringify(d.column)}`);
    const bins = Math.max(2, binning.counts.length);
    return {...d, status: driftStatus(d.psi, {warn, threshold}), floor: chiSquareApproximation(bins, Math.max(1, d.n), Math.max(1, binning.n)).approxP95};
  });
  const watched = days.filter((d) => d.window_start >= referenceEnd);
  const before = watched.filter((d) => d.window_start < start);
  const delay = (d: AlarmDay | null) => (d === null ? null : Math.round((d.window_start - start) / DAY));
  const columns = Object.keys(binnings).map((column) => {
    const from = watched.filter((d) => d.column === column && d.window_start >= start);
    const firstAlert = from.find((d) => d.status !== "ok") ?? null;
    const at = from.findIndex((_, i) => i + run <= from.length && from.slice(i, i + run).every((d) => d.psi > d.floor));
    const firstAboveFloor = at >= 0 ? from[at]! : null;
    return {column, firstAlert, alertDelayDays: delay(firstAlert), firstAboveFloor, floorDelayDays: delay(firstAboveFloor)};
  });
  return {days, columns, before: {windows: before.length, alerts: before.filter((d) => d.status !== "ok").length, aboveFloor: before.filter((d) => d.psi > d.floor).length}};
}
