import type {ColumnKind} from "./columnKind.js";
import {checkBands, driftStatus, type DriftBands, type DriftStatus} from "./driftStatus.js";
import {jsDivergence} from "./jsDivergence.js";
import {psi} from "./psi.js";

/** One column of a drift report: DESIGN's JSON shape plus `ks_p_value` and, for `no_data`, a reason. */
export interface DriftColumn {
  column: string;
  kind: ColumnKind;
  psi: number | null;
  js: number | null;
  /** Two-sample Kolmogorov–Smirnov D; null for categorical columns. */
  ks: number | null;
  ks_p_value: number | null;
  /** 1-Wasserstein distance in the column's units; null for categorical columns. */
  wasserstein: number | null;
  bins: number;
  null_share_reference: number;
  null_share_current: number;
  status: DriftStatus;
  /** Why a window had nothing to compare; only with status `no_data`. */
  reason?: string;
}

/** What one column's report is made of, from either path (TypeScript or SQL). */
export interface ColumnTallies {
  column: string;
  kind: ColumnKind;
  /** Bin counts of each window, same bins. */
  reference: readonly number[];
  current: readonly number[];
  /** Rows, nulls (with NaN) and infinite values per window. */
  rows: {reference: number; current: number};
  nulls: {reference: number; current: number};
  infinite: {reference: number; current: number};
  /** KS and Wasserstein on raw values (numeric columns with data), else null. */
  ks: {statistic: number; pValue: number} | null;
  wasserstein: number | null;
}

/**
 * Builds a report column from bin counts and raw-value statistics: PSI and JS over the
 * bins (eps added to each proportion), status in the bands, or `no_data` with the reason
 * when a window has no rows, only nulls, or infinite values.
 *
 * @example driftColumn({column: "x", kind: "categorical", reference: [2, 3, 2.5, 2.5], current: [1, 2.5, 3, 3.5], rows: {reference: 10, current: 10}, nulls: {reference: 0, current: 0}, infinite: {reference: 0, current: 0}, ks: null, wasserstein: null}).psi // => 0.12119408574022446
 */
export function driftColumn(t: ColumnTallies, options: {eps?: number} & DriftBands = {}): DriftColumn {
  const {eps = 1e-8} = options;
  const bands = checkBands("driftColumn", options);
  const reason = noDataReason(t);
  const nullShare = (nulls: number, rows: number) => (rows === 0 ? 0 : nulls / rows);
  const base = {column: t.column, kind: t.kind};
  const shares = {bins: t.reference.length, null_share_reference: nullShare(t.nulls.reference, t.rows.reference), null_share_current: nullShare(t.nulls.current, t.rows.current)};
  if (reason) return {...base, psi: null, js: null, ks: null, ks_p_value: null, wasserstein: null, ...shares, status: "no_data", reason};
  const value = psi(t.reference, t.current, eps);
  return {
    ...base,
    psi: value,
    js: jsDivergence(t.reference, t.current, eps),
    ks: t.ks?.statistic ?? null,
    ks_p_value: t.ks?.pValue ?? null,
    wasserstein: t.wasserstein,
    ...shares,
    status: driftStatus(value, bands),
  };
}

/** Why the windows cannot be compared, or null when they can. */
function noDataReason(t: ColumnTallies): string | null {
  for (const w of ["reference", "current"] as const) if (t.rows[w] === 0) return `the ${w} window has no rows`;
  for (const w of ["reference", "current"] as const) {
    if (t.nulls[w] + t.infinite[w] === t.rows[w] && t.infinite[w] === 0) return `all ${t.rows[w]} rows of the ${w} window are null${t.kind === "numeric" ? " or NaN" : ""}`;
  }
  for (const w of ["reference", "current"] as const) {
    if (t.infinite[w] > 0) return `the ${w} window holds ${t.infinite[w]} infinite value${t.infinite[w] > 1 ? "s" : ""}: bins need finite numbers`;
  }
  return null;
}
