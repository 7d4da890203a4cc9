import type {ContractDay} from "./contractDays.js";
import {DAY_MS} from "./dailyPartitions.js";
import type {FreshnessDay} from "./freshnessTimeline.js";
import type {NullRateDay} from "./nullRateTimeline.js";

/** The four signals of the dashboard, in the order it shows them. */
export const signals = ["contract", "freshness", "nulls", "drift"] as const;
export type Signal = (typeof signals)[number];

/** A signal's status on a day: inside its band, near its edge, outside it, or nothing to judge. */
export type SignalStatus = "ok" | "warn" | "fail" | "no_data";

/** One cell of the dashboard. */
export interface SignalDay {
  signal: Signal;
  day: number;
  status: SignalStatus;
  /** What the row plots: failing rules; event age (hours); the worst column's z-score of nulls; the largest PSI. Null with no data. */
  value: number | null;
  /** What drove the status: the failing rules, the worst column or feature. */
  detail: string;
}

/**
 * The contract signal: the day's verdict (pass → ok), valued by the number of rules failing.
 *
 * @example contractSignal([{day: 0, rows: 5, status: "fail", failing: ["a"], unexpected: 2}])[0].status // => "fail"
 */
export function contractSignal(days: readonly ContractDay[]): SignalDay[] {
  return days.map((d) => ({signal: "contract", day: d.day, status: d.status === "pass" ? "ok" : d.status, value: d.failing.length, detail: d.failing.join(", ")}));
}

/**
 * The freshness signal: the age of the newest event at each day's end against the SLA
 * (ms): fail above it, warn above half of it. Valued in hours.
 *
 * @example freshnessSignal([{day: 0, end_ms: 1, rows: 0, newest_event_ms: null, newest_arrival_ms: null, event_age_ms: null, arrival_age_ms: null}], 86400000)[0].status // => "no_data"
 */
export function freshnessSignal(days: readonly FreshnessDay[], slaMs: number): SignalDay[] {
  if (!(slaMs > 0)) throw new Error(`freshnessSignal requires an SLA > 0 ms, got ${slaMs}`);
  return days.map((d) => {
    const age = d.event_age_ms;
    const status: SignalStatus = age === null ? "no_data" : age > slaMs ? "fail" : age > slaMs / 2 ? "warn" : "ok";
    return {signal: "freshness", day: d.day, status, value: age === null ? null : age / 3_600_000, detail: d.arrival_age_ms === null ? "" : `last delivery ${(d.arrival_age_ms / 3_600_000).toFixed(1)} h before the day's end`};
  });
}

export interface NullBandOptions {
  /** The reference days [from, to) whose null share is normal. */
  reference: [number, number];
  /** Binomial z-scores at which a day warns and fails (default 3 and 5). */
  warnZ?: number;
  failZ?: number;
}

/**
 * The null-rate signal: per column, the reference days' null share p (smoothed: (nulls + 1)
 * / (rows + 2), so a column never null there still has a band), and each day's z-score
 * (nulls − n·p) / √(n·p·(1 − p)) over its n rows; the day takes its worst column. A day
 * without rows has no data. Valued by that column's z-score; the detail gives its null share.
 *
 * @example nullRateSignal([{day: 0, column: "a", rows: 100, nulls: 0}, {day: 1, column: "a", rows: 100, nulls: 20}], {reference: [0, 1]})[1].status // => "fail"
 */
export function nullRateSignal(rows: readonly NullRateDay[], options: NullBandOptions): SignalDay[] {
  const {reference: [from, to], warnZ = 3, failZ = 5} = options;
  if (!(to > from)) throw new Error(`nullRateSignal requires a reference of at least one day, got [${from}, ${to})`);
  const base = new Map<string, {rows: number; nulls: number}>();
  for (const r of rows) {
    if (r.day < from || r.day >= to) continue;
    const b = base.get(r.column) ?? {rows: 0, nulls: 0};
    b.rows += r.rows;
    b.nulls += r.nulls;
    base.set(r.column, b);
  }
  const worst = new Map<number, {z: number; share: number; column: string; rows: number}>();
  for (const r of rows) {
    const b = base.get(r.column) ?? {rows: 0, nulls: 0};
    const p = (b.nulls + 1) / (b.rows + 2);
    const z = r.rows === 0 ? -Infinity : (r.nulls - r.rows * p) / Math.sqrt(r.rows * p * (1 - p));
    const w = worst.get(r.day);
    if (!w || z > w.z) worst.set(r.day, {z, share: r.rows ? r.nulls / r.rows : 0, column: r.column, rows: r.rows});
  }
  return [...worst].sort((a, b) => a[0] - b[0]).map(([day, w]) => {
    const status: SignalStatus = w.rows === 0 ? "no_data" : w.z >= failZ ? "fail" : w.z >= warnZ ? "warn" : "ok";
    return {signal: "nulls", day, status, value: w.rows === 0 ? null : w.z, detail: w.rows === 0 ? "" : `${w.column}: ${(100 * w.share).toFixed(2)}% null, z = ${w.z.toFixed(1)}`};
  });
}

/** One feature's PSI on one day, as lib/drift's driftOverTime gives it. */
export interface DriftWindow {
  window_start: number;
  column: string;
  psi: number;
  n: number;
}

export interface DriftBandOptions {
  /** Day 0's start (epoch ms). */
  start: number;
  days: number;
  /** PSI bands (DESIGN: warn from 0.1, drift from 0.25). */
  warn?: number;
  threshold?: number;
}

/**
 * The drift signal: each day's largest PSI over the features against the reference
 * binning, in DESIGN's bands (drift → fail). A day without rows has no data.
 *
 * @example driftSignal([{window_start: 0, column: "amount", psi: 0.3, n: 50}], {start: 0, days: 1})[0].status // => "fail"
 */
export function driftSignal(rows: readonly DriftWindow[], options: DriftBandOptions): SignalDay[] {
  const {start, days, warn = 0.1, threshold = 0.25} = options;
  const worst: ({psi: number; column: string} | null)[] = Array.from({length: days}, () => null);
  for (const r of rows) {
    const day = Math.round((r.window_start - start) / DAY_MS);
    if (day < 0 || day >= days || !(r.n > 0) || !Number.isFinite(r.psi)) continue;
    const w = worst[day];
    if (!w || r.psi > w.psi) worst[day] = {psi: r.psi, column: r.column};
  }
  return worst.map((w, day) => {
    const status: SignalStatus = w === null ? "no_data" : w.psi >= threshold ? "fail" : w.psi >= warn ? "warn" : "ok";
    return {signal: "drift", day, status, value: w?.psi ?? null, detail: w ? `${w.column}: PSI ${w.psi.toFixed(3)}` : ""};
  });
}
