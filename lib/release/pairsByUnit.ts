import type {Table} from "apache-arrow";
import {columnValues} from "../sql/tableColumns.js";
import {ident, sql, type SqlFragment} from "../sql/index.js";

/** Options of {@link pairsByUnit} and {@link pairsByUnitSql}: a long table, one row per unit and arm. */
export interface PairsByUnitOptions {
  /** The unit column (`day`): rows of the two arms with the same unit are a pair. */
  unit: string;
  /** The arm column (`model`). */
  arm: string;
  /** The metric column (`auc`). */
  metric: string;
  /** The arm values (default "baseline" and "candidate"). */
  baseline?: string;
  candidate?: string;
}

/** One entry per unit, ascending: the baseline's and the candidate's metric (null when the unit lacks that arm). */
export interface UnitPairs {
  unit: number[];
  baseline: (number | null)[];
  candidate: (number | null)[];
  /** candidate − baseline, null when either is. */
  delta: (number | null)[];
}

/**
 * A long table (one row per unit and arm, like `model_daily`) as paired columns: per unit,
 * the baseline's metric and the candidate's, ready for {@link pairedComparison}. A unit
 * seen in one arm only gets a null on the other side (dropped, and counted, by the
 * comparison); a unit seen twice in one arm is misuse (throws). Units are numbers
 * (timestamps as epoch ms).
 *
 * @example pairsByUnit(tableFromArrays({day: [1, 1, 2], model: ["baseline", "candidate", "baseline"], auc: [0.8, 0.9, 0.7]}), {unit: "day", arm: "model", metric: "auc"}) // => {unit: [1, 2], baseline: [0.8, 0.7], candidate: [0.9, null], delta: [0.09999999999999998, null]}
 */
export function pairsByUnit(table: Table, options: PairsByUnitOptions): UnitPairs {
  const {unit, arm, metric, baseline = "baseline", candidate = "candidate"} = options;
  const column = (name: string) => {
    const vector = table.getChild(name);
    if (!vector) throw new RangeError(`pairsByUnit requires a column ${JSON.stringify(name)}, got ${table.schema.fields.map((f) => f.name).join(", ")}`);
    return columnValues(vector);
  };
  const units = column(unit), arms = column(arm), values = column(metric);
  const byUnit = new Map<number, [number | null, number | null]>();
  for (let i = 0; i < units.length; i++) {
    if ((arms[i] !== baseline && arms[i] !== candidate) || units[i] === null) continue;
    const side = arms[i] === baseline ? 0 : 1;
    const u = Number(units[i]);
    const pair = byUnit.get(u) ?? [null, null];
    if (pair[side] !== null) throw new RangeError(`pairsByUnit requires one row per ${unit} and ${arm}, got two for ${unit} ${u} and ${arm} ${JSON.stringify(arms[i])}`);
    const v = values[i];
    pair[side] = v === null || v === undefined ? null : Number(v);
    byUnit.set(u, pair);
  }
  const sorted = [...byUnit].sort((a, b) => a[0] - b[0]);
  const delta = sorted.map(([, [b, c]]) => (b === null || c === null ? null : c - b));
  return {unit: sorted.map(([u]) => u), baseline: sorted.map(([, p]) => p[0]), candidate: sorted.map(([, p]) => p[1]), delta};
}

/**
 * The SQL twin of {@link pairsByUnit}: columns `unit`, `baseline`, `candidate` (DOUBLE),
 * `delta` (candidate − baseline),
 * one row per unit, ascending.
 *
 * @example pairsByUnitSql("model_daily", {unit: "day", arm: "model", metric: "auc"}).params // => ["baseline", "candidate"]
 */
export function pairsByUnitSql(table: string, options: PairsByUnitOptions): SqlFragment {
  const {unit, arm, metric, baseline = "baseline", candidate = "candidate"} = options;
  const [u, a, m] = [ident(unit), ident(arm), ident(metric)];
  return sql`select unit, baseline, candidate, candidate - baseline as delta
from (
  select ${u} as unit,
    max(${m}::DOUBLE) filter (where ${a} = ${baseline}) as baseline,
    max(${m}::DOUBLE) filter (where ${a} = ${candidate}) as candidate
  from ${ident(table)}
  group by ${u}
)
order by unit`;
}
