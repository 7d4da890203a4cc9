import type {Table} from "apache-arrow";
import {categoryUnion} from "./binAgainst.js";
import {categoryCountsOf} from "./categoryCountsOf.js";
import {columnKind, numericValues, type ColumnKind} from "./columnKind.js";
import {driftColumn, type ColumnTallies, type DriftColumn} from "./driftColumn.js";
import {checkBands} from "./driftStatus.js";
import {ksPValue, ksStatisticSorted} from "./ksTest.js";
import {binCounts, numericBinningSorted} from "./numericBinning.js";
import {wassersteinSorted} from "./wasserstein.js";

/** Options of a drift report; the defaults are DESIGN's (and `fslab drift`'s). */
export interface DriftOptions {
  /** Columns to compare, in this order. Default: every numeric, text or boolean column of the reference. */
  columns?: string[];
  /** Numeric bins: reference quantiles at k/bins (default 10). */
  bins?: number;
  /** Added to every bin proportion before renormalizing (default 1e-8). */
  eps?: number;
  /** PSI from which a column is `warn` (default 0.1). */
  warn?: number;
  /** PSI from which a column is `drift` (default 0.25). */
  threshold?: number;
  /** Compute KS and Wasserstein (default true); false leaves them null, for callers that read only the binned metrics (the skew report's JS). */
  distances?: boolean;
}

/** A drift report: one entry per column, in the order compared. */
export interface DriftReport {
  columns: DriftColumn[];
}

/**
 * Compares a current window with a reference window, column by column, in TypeScript over
 * Arrow tables: PSI and JS divergence over the reference's bins (numeric: quantile edges;
 * categorical: the union of categories), KS (with its asymptotic p-value) and 1-Wasserstein
 * on the raw values of numeric columns, null shares, and a status per column in the PSI
 * bands. A window with no rows, only nulls or an infinite value gives `no_data` and a reason.
 * Misuse throws: a column missing from either table, of a kind drift cannot bin (timestamps,
 * decimals), or numeric in one window and text in the other.
 *
 * @example driftReport(tableFromArrays({x: Float64Array.of(1, 2, 3)}), tableFromArrays({x: Float64Array.of(1, 2, 3)})).columns[0].psi // => 0
 */
export function driftReport(reference: Table, current: Table, options: DriftOptions = {}): DriftReport {
  const {bins = 10, eps = 1e-8} = options;
  const bands = checkBands("driftReport", options);
  if (!Number.isInteger(bins) || bins < 2) throw new RangeError(`driftReport requires an integer number of bins ≥ 2, got ${bins}`);
  const columns = driftColumns("driftReport", reference, current, options.columns);
  const distances = options.distances ?? true;
  return {columns: columns.map(({column, kind}) => driftColumn(tallies(reference, current, column, kind, bins, distances), {eps, ...bands}))};
}

/**
 * The columns to compare and their kind, checked: present in both tables, of a kind drift
 * bins, the same kind in both. Without `names`, every column of the reference with a kind.
 *
 * @example driftColumns("f", driftWindows(7, 10).drift_reference, driftWindows(7, 10).drift_current).map((c) => c.kind) // => ["numeric", "categorical", "categorical", "numeric", "numeric"]
 */
export function driftColumns(caller: string, reference: {schema: Table["schema"]}, current: {schema: Table["schema"]}, names?: readonly string[]): {column: string; kind: ColumnKind}[] {
  const fields = (t: {schema: Table["schema"]}) => new Map(t.schema.fields.map((f) => [f.name, f.type]));
  const ref = fields(reference), cur = fields(current);
  const wanted = names ?? [...ref].filter(([, type]) => columnKind(type) !== null).map(([name]) => name);
  return wanted.map((column) => {
    for (const [window, types] of [["reference", ref], ["current", cur]] as const) {
      if (!types.has(column)) throw new RangeError(`${caller} requires column ${JSON.stringify(column)} in the ${window} table, which has ${[...types.keys()].join(", ")}`);
      if (columnKind(types.get(column)!) === null) throw new RangeError(`${caller} requires numbers, text or booleans, got column ${JSON.stringify(column)} of type ${types.get(column)} in the ${window} table`);
    }
    const kinds = [columnKind(ref.get(column)!)!, columnKind(cur.get(column)!)!];
    if (kinds[0] !== kinds[1]) throw new RangeError(`${caller} requires column ${JSON.stringify(column)} of one kind in both windows, got ${kinds[0]} (${ref.get(column)}) in the reference and ${kinds[1]} (${cur.get(column)}) in the current`);
    return {column, kind: kinds[0]!};
  });
}

function tallies(reference: Table, current: Table, column: string, kind: ColumnKind, bins: number, distances: boolean): ColumnTallies {
  const rows = {reference: reference.numRows, current: current.numRows};
  if (kind === "categorical") {
    const ref = categoryCountsOf(reference.getChild(column)!), cur = categoryCountsOf(current.getChild(column)!);
    const {reference: r, current: c} = categoryUnion(ref.counts, cur.counts);
    return {column, kind, reference: r, current: c, rows, nulls: {reference: ref.nulls, current: cur.nulls}, infinite: {reference: 0, current: 0}, ks: null, wasserstein: null};
  }
  const ref = sortedWindow(numericValues(reference.getChild(column)!)), cur = sortedWindow(numericValues(current.getChild(column)!));
  const nulls = {reference: ref.nulls, current: cur.nulls}, infinite = {reference: ref.infinite, current: cur.infinite};
  const usable = ref.finite.length > 0 && cur.finite.length > 0 && ref.infinite + cur.infinite === 0;
  const binning = numericBinningSorted(ref.finite, ref.nulls, bins);
  const tally = {column, kind, reference: binning.counts, current: binCounts(binning.edges, cur.finite), rows, nulls, infinite};
  if (!usable || !distances) return {...tally, ks: null, wasserstein: null};
  const statistic = ksStatisticSorted(ref.finite, cur.finite);
  return {...tally, ks: {statistic, pValue: ksPValue(statistic, ref.finite.length, cur.finite.length)}, wasserstein: wassersteinSorted(ref.finite, cur.finite)};
}

/** A window's finite values ascending, with its nulls (and NaN) and infinite values counted. */
function sortedWindow(values: Float64Array): {finite: Float64Array; nulls: number; infinite: number} {
  const finite = new Float64Array(values.length);
  let n = 0, nulls = 0, infinite = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== v) nulls++;
    else if (v === Infinity || v === -Infinity) infinite++;
    else finite[n++] = v;
  }
  return {finite: finite.subarray(0, n).sort(), nulls, infinite};
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
