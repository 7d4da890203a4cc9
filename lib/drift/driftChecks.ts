import type {CheckStatus} from "../contracts/runContract.js";
import type {DriftReport} from "./driftReport.js";
import {checkBands, type DriftBands} from "./driftStatus.js";

/** A drift report's column as a check: `{id, status, value, threshold, message}`. */
export interface DriftCheck {
  /** `drift.<column>` */
  id: string;
  /** pass (ok), warn, fail (drift), error (no data to compare). */
  status: CheckStatus;
  /** The column's PSI; null without data. */
  value: number | null;
  /** The PSI from which the check fails. */
  threshold: number;
  message: string;
}

/**
 * One check per column of a drift report, its status from the report's (ok → pass,
 * warn → warn, drift → fail, no_data → error), its value the PSI and its threshold the drift
 * band's lower end (`threshold`, default 0.25; give the bands the report was made with).
 *
 * @example driftChecks({columns: [{column: "amount", kind: "numeric", psi: 0.3, js: 0.07, ks: 0.2, ks_p_value: 0, wasserstein: 5, bins: 10, null_share_reference: 0, null_share_current: 0, status: "drift"}]})[0]
 * // => {id: "drift.amount", status: "fail", value: 0.3, threshold: 0.25, message: "amount: PSI 0.300 ≥ 0.25 (drift)"}
 */
export function driftChecks(report: DriftReport, bands: DriftBands = {}): DriftCheck[] {
  const {warn, threshold} = checkBands("driftChecks", bands);
  return report.columns.map((c) => {
    const id = `drift.${c.column}`;
    if (c.status === "no_data" || c.psi === null) return {id, status: "error", value: null, threshold, message: `${c.column}: no data (${c.reason ?? "nothing to compare"})`};
    const value = c.psi.toFixed(3);
    const message =
      c.status === "drift" ? `${c.column}: PSI ${value} ≥ ${threshold} (drift)` : c.status === "warn" ? `${c.column}: PSI ${value} ≥ ${warn} (warn), below ${threshold}` : `${c.column}: PSI ${value} < ${warn} (ok)`;
    return {id, status: c.status === "drift" ? "fail" : c.status === "warn" ? "warn" : "pass", value: c.psi, threshold, message};
  });
}
