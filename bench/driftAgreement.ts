import type {CaseResult} from "./caseResult.js";
import {agreement} from "./report.js";

/** The numbers of a drift report every path must agree on, per column, in this order. */
export const driftMetricNames = ["psi", "js", "ks", "wasserstein", "null_share_reference", "null_share_current"] as const;

/** What driftMetricsCheck reads of a report column (lib/drift's DriftColumn, `fslab drift`'s and numpy's JSON alike). */
export type DriftMetrics = {column: string} & Record<(typeof driftMetricNames)[number], number | null>;

const prefix = "drift metrics ";

/**
 * A drift report's numbers as a case's check: `drift metrics ` and JSON of
 * {column: [psi, js, ks, wasserstein, null_share_reference, null_share_current]} at full
 * precision (null where a metric does not apply), for driftAgreement to compare.
 *
 * @example driftMetricsCheck({columns: [{column: "c", psi: 0.5, js: 0.1, ks: null, wasserstein: null, null_share_reference: 0, null_share_current: 0.25}]}) // => 'drift metrics {"c":[0.5,0.1,null,null,0,0.25]}'
 */
export function driftMetricsCheck(report: {columns: readonly DriftMetrics[]}): string {
  return prefix + JSON.stringify(Object.fromEntries(report.columns.map((c) => [c.column, driftMetricNames.map((m) => c[m])])));
}

/** One window of a plain scan: its rows, and the min and max of each column's non-null values. */
export interface ScanWindow {
  rows: number;
  columns: Record<string, readonly [number | string | bigint | null, number | string | bigint | null]>;
}

/**
 * A plain scan's result as a case's check (exact: every path reads the same values):
 * each window's rows, then each column's min..max.
 *
 * @example scanCheck({reference: {rows: 3, columns: {a: [1, 2.5], b: ["x", "z"]}}}) // => "reference 3 rows: a 1..2.5, b x..z"
 */
export function scanCheck(windows: Record<string, ScanWindow>): string {
  return Object.entries(windows).map(([name, w]) => `${name} ${w.rows} rows: ${Object.entries(w.columns).map(([c, [lo, hi]]) => `${c} ${scalar(lo)}..${scalar(hi)}`).join(", ")}`).join("; ");
}

/** A scanned value as text: numbers and 64-bit integers alike as the shortest decimal. */
function scalar(value: number | string | bigint | null): string {
  return typeof value === "bigint" ? String(Number(value)) : String(value);
}

/**
 * Whether two metrics agree: both null, or |a − b| ≤ rtol · max(|a|, |b|).
 *
 * @example [closeEnough(1, 1 + 1e-12, 1e-9), closeEnough(0, 1e-300, 1e-9), closeEnough(null, 0, 1e-9)] // => [true, false, false]
 */
export function closeEnough(a: number | null, b: number | null, rtol: number): boolean {
  if (a === null || b === null) return a === b;
  return a === b || Math.abs(a - b) <= rtol * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * The agreement line of a group of drift cases. When every check is a driftMetricsCheck,
 * each case's numbers must be within `rtol` (relative) of the first case's, for the same
 * columns: the text gives the largest relative difference and the first case's values;
 * otherwise the checks must be identical (report.ts's `agreement`).
 *
 * @example driftAgreement([{case: "a", check: 'drift metrics {"c":[0.5]}'}, {case: "b", check: 'drift metrics {"c":[0.5000000000001]}'}]).agree // => true
 */
export function driftAgreement(cases: readonly Pick<CaseResult, "case" | "check">[], rtol = 1e-9): {agree: boolean; text: string} {
  if (cases.length === 0 || !cases.every((c) => c.check.startsWith(prefix))) return agreement(cases);
  const parsed = cases.map((c) => JSON.parse(c.check.slice(prefix.length)) as Record<string, (number | null)[]>);
  const first = parsed[0]!;
  const problems: string[] = [];
  let largest = {rel: 0, where: "none"};
  parsed.forEach((metrics, i) => {
    const differences: string[] = [];
    const columns = new Set([...Object.keys(first), ...Object.keys(metrics)]);
    for (const column of columns) {
      const a = first[column], b = metrics[column];
      if (!a || !b) {
        differences.push(`column ${column} ${a ? "missing" : "extra"}`);
        continue;
      }
      a.forEach((x, m) => {
        const y = b[m] ?? null;
        if (!closeEnough(x, y, rtol)) differences.push(`${column} ${driftMetricNames[m]} ${y} vs ${x}`);
        else if (x !== null && y !== null && x !== y) {
          const rel = Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
          if (rel > largest.rel) largest = {rel, where: `${column} ${driftMetricNames[m]}, ${cases[i]!.case}`};
        }
      });
    }
    if (differences.length) problems.push(`  ${cases[i]!.case}: ${differences.slice(0, 6).join("; ")}${differences.length > 6 ? `; and ${differences.length - 6} more` : ""}`);
  });
  if (problems.length) return {agree: false, text: `PATHS DISAGREE beyond ${rtol} relative (against ${cases[0]!.case}):\n${problems.join("\n")}`};
  const values = Object.entries(first).map(([column, v]) => `${column} ${v.slice(0, 4).map((x, m) => (x === null ? "" : `${driftMetricNames[m]} ${Number(x.toPrecision(4))}`)).filter(Boolean).join(" ")}`);
  const diff = largest.rel === 0 ? "all identical" : `largest relative difference ${largest.rel.toExponential(1)}, ${largest.where}`;
  return {agree: true, text: `all ${cases.length} paths agree to ${rtol} relative (${diff}): ${values.join("; ")}`};
}

/** A case that did not run: CaseResult's fields for the table, and why in `extra.skipped`. */
export function skippedCase(suite: string, name: string, reason: string): CaseResult {
  return {suite, case: name, ms: NaN, runs: [], rows: 0, peakRssMb: 0, rssBeforeMb: 0, check: `skipped: ${reason}`, baseline: name, extra: {skipped: reason}};
}

/**
 * Splits the cases that ran from those reported skipped (`extra.skipped`), with a note
 * line for each skipped one.
 *
 * @example splitSkipped([skippedCase("drift", "numpy", "no python3")]).notes // => ["drift numpy: skipped (no python3)"]
 */
export function splitSkipped<T extends Pick<CaseResult, "suite" | "case" | "extra">>(results: readonly T[]): {ran: T[]; skipped: T[]; notes: string[]} {
  const skipped = results.filter((r) => r.extra?.skipped !== undefined);
  return {ran: results.filter((r) => r.extra?.skipped === undefined), skipped, notes: skipped.map((r) => `${r.suite} ${r.case}: skipped (${r.extra!.skipped})`)};
}
