import {ident, sql, type SqlEngine} from "../sql/index.js";
import {categoryUnion} from "./binAgainst.js";
import {binCountsOf, binCountsSql, type BinSpec} from "./binCountsSql.js";
import {distancesSql, ksFromExtremes} from "./distancesSql.js";
import {driftColumn, type ColumnTallies} from "./driftColumn.js";
import {driftColumns, type DriftOptions, type DriftReport} from "./driftReport.js";
import {checkBands} from "./driftStatus.js";
import {ksPValue} from "./ksTest.js";
import {quantileEdges} from "./numericBinning.js";
import {orderStatisticsSql} from "./referenceEdgesSql.js";

/**
 * The drift report of {@link driftReport}, computed in DuckDB over two tables (or views:
 * `read_parquet` over files on native DuckDB), the same result: a scan for the reference's
 * null and value counts, one query for the order statistics the type-7 edges interpolate
 * (so the edges are quantileSorted's, bit for bit), one scan per window for the bin counts
 * of every column (binCountsSql), and one query for KS and Wasserstein of every numeric
 * column (distancesSql; skipped with `distances: false`). Only the KS p-value's distribution runs in TypeScript.
 *
 * @example (await driftReportSql(engine, "drift_reference", "drift_current")).columns.length // => 5, with lib/synth's driftWindows loaded as the two tables
 */
export async function driftReportSql(engine: SqlEngine, reference: string, current: string, options: DriftOptions = {}): Promise<DriftReport> {
  const {bins = 10, eps = 1e-8} = options;
  const bands = checkBands("driftReportSql", options);
  if (!Number.isInteger(bins) || bins < 2) throw new RangeError(`driftReportSql requires an integer number of bins ≥ 2, got ${bins}`);
  const schema = async (t: string) => (await engine.query(sql`select * from ${ident(t)} limit 0`)).schema;
  const columns = driftColumns("driftReportSql", {schema: await schema(reference)}, {schema: await schema(current)}, options.columns);
  if (columns.length === 0) return {columns: []};
  const row = async (query: Parameters<SqlEngine["query"]>[0]) => (await engine.query(query)).get(0)!.toJSON() as Record<string, unknown>;

  // The reference's counts, then the order statistics each edge interpolates.
  const kinds: Record<string, BinSpec> = Object.fromEntries(columns.map(({column, kind}) => [column, kind === "numeric" ? {kind, edges: []} : {kind}]));
  const plain = binCountsOf(kinds, await row(binCountsSql(reference, kinds)));
  const numeric = columns.filter((c) => c.kind === "numeric").map((c) => c.column);
  const ranks: Record<string, {n: number; ranks: number[]}> = {};
  for (const c of numeric) {
    const n = plain[c]!.rows - plain[c]!.nulls - plain[c]!.infinite;
    if (n > 0) ranks[c] = {n, ranks: [...new Set(Array.from({length: bins - 1}, (_, k) => Math.floor((n - 1) * ((k + 1) / bins))).flatMap((lo) => (lo + 1 < n ? [lo, lo + 1] : [lo])))].sort((a, b) => a - b)};
  }
  const stats = Object.keys(ranks).length ? await row(orderStatisticsSql(reference, ranks)) : {};
  const specs: Record<string, BinSpec> = {...kinds};
  for (const [c, {n, ranks: r}] of Object.entries(ranks)) {
    const values = [...(stats[c] as Iterable<number>)];
    const sparse: Record<number, number> & {length: number} = {length: n};
    r.forEach((k, i) => (sparse[k] = values[i]!));
    const edges = quantileEdges(sparse, bins); // reads ranks ⌊(n − 1)·k/bins⌋ and the next only
    specs[c] = {kind: "numeric", edges};
  }

  const [ref, cur] = [binCountsOf(specs, await row(binCountsSql(reference, specs))), binCountsOf(specs, await row(binCountsSql(current, specs)))];
  const distances = numeric.length && (options.distances ?? true) ? (await engine.query(distancesSql(reference, current, numeric))).toArray().map((r) => r.toJSON() as Record<string, unknown>) : [];
  return {
    columns: columns.map(({column, kind}) => {
      const [r, c] = [ref[column]!, cur[column]!];
      let counts: {reference: number[]; current: number[]};
      if (kind === "numeric") counts = {reference: r.counts, current: c.counts};
      else counts = categoryUnion(r.categories, c.categories);
      const tallies: ColumnTallies = {
        column,
        kind,
        ...counts,
        rows: {reference: r.rows, current: c.rows},
        nulls: {reference: r.nulls, current: c.nulls},
        infinite: {reference: r.infinite, current: c.infinite},
        ks: null,
        wasserstein: null,
      };
      const d = distances[numeric.indexOf(column)];
      if (kind === "numeric" && d && d.n1 !== null && d.n2 !== null && Number(d.n1) > 0 && Number(d.n2) > 0 && r.infinite + c.infinite === 0) {
        const statistic = ksFromExtremes(Number(d.dmax), Number(d.dmin));
        tallies.ks = {statistic, pValue: ksPValue(statistic, Number(d.n1), Number(d.n2))};
        tallies.wasserstein = Number(d.wasserstein);
      }
      return driftColumn(tallies, {eps, ...bands});
    }),
  };
}
