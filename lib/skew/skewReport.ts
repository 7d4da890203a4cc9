import {DataType, type Table} from "apache-arrow";
import {categoryCountsOf} from "../drift/categoryCountsOf.js";
import {numericValues, textValues, type ColumnKind} from "../drift/columnKind.js";
import {driftReport} from "../drift/driftReport.js";
import {checkTolerance, isClose} from "./isClose.js";
import {linfDistance} from "./linfDistance.js";
import {compareKeys, keyValue, skewColumns, type KeyValue} from "./skewColumns.js";

/** Options of a skew report; the defaults are DESIGN's (and `fslab skew`'s). */
export interface SkewOptions {
  /** Key columns the rows are joined on (inner join); each key at most once per table. */
  key: string[];
  /** Columns to compare, in this order. Default: every numeric, text or boolean column of training that serving also has, other than the key. */
  columns?: string[];
  /** Relative tolerance, to the training value (default 1e-6). */
  rtol?: number;
  /** Absolute tolerance (default 1e-9). */
  atol?: number;
  /** Match rate below which a column fails (default 0.99). */
  minMatch?: number;
  /** Differing rows kept per column, the first by key (default 5). */
  examples?: number;
  /** Numeric bins of the distribution skew, training's quantiles (default 10). */
  bins?: number;
  /** Added to every bin proportion before the JS divergence (default 1e-8). */
  eps?: number;
}

/** A joined row whose values differ: its key (in the key's column order) and both values. */
export interface SkewExample {
  key: KeyValue[];
  training: number | string | null;
  serving: number | string | null;
  /** |serving − training| for two numbers, else null. */
  abs_diff: number | null;
}

/** One compared column: DESIGN's JSON shape. */
export interface SkewColumn {
  column: string;
  kind: ColumnKind;
  /** Joined rows compared (every matched row). */
  compared: number;
  equal: number;
  /** equal / compared; null when no row matched. */
  match_rate: number | null;
  /** Rows where exactly one side is null (or NaN). */
  null_mismatch: number;
  /** Mean and largest |serving − training| over the rows where both are numbers; null for text or no such row. */
  mean_abs_diff: number | null;
  max_abs_diff: number | null;
  /** Skew of the distributions over all non-null rows of each table, training as the reference: JS divergence over drift's bins for numbers, L∞ for categories; null when a side has no values. */
  distribution: {kind: ColumnKind; metric: "js" | "linf"; value: number | null};
  /** fail when match_rate is below minMatch, or no row matched. */
  status: "pass" | "fail";
  examples: SkewExample[];
}

/** A skew report: the row counts of the join and one entry per column. */
export interface SkewReport {
  key: string[];
  rows: {training: number; serving: number; matched: number; training_only: number; serving_only: number};
  columns: SkewColumn[];
}

/**
 * The options with their defaults, checked; shared by the TypeScript and SQL reports.
 *
 * @example skewDefaults("f", {key: ["id"]}).rtol // => 0.000001
 */
export function skewDefaults(caller: string, options: SkewOptions): Required<Omit<SkewOptions, "columns">> & {columns?: string[]} {
  const {rtol = 1e-6, atol = 1e-9, minMatch = 0.99, examples = 5, bins = 10, eps = 1e-8} = options;
  checkTolerance(caller, rtol, atol);
  if (!(minMatch >= 0 && minMatch <= 1)) throw new RangeError(`${caller} requires minMatch in [0, 1], got ${minMatch}`);
  if (!Number.isInteger(examples) || examples < 0) throw new RangeError(`${caller} requires a whole number of examples ≥ 0, got ${examples}`);
  if (!Number.isInteger(bins) || bins < 2) throw new RangeError(`${caller} requires an integer number of bins ≥ 2, got ${bins}`);
  if (!(eps >= 0 && Number.isFinite(eps))) throw new RangeError(`${caller} requires eps ≥ 0, got ${eps}`);
  return {...options, rtol, atol, minMatch, examples, bins, eps};
}

/**
 * Training–serving skew, TFDV-style, in TypeScript over Arrow tables: rows joined on the
 * key (inner join; a null in a key column never matches), then per column the rows equal
 * within `|s − t| ≤ atol + rtol·|t|` (numpy's isclose; both null or NaN equal, one null a
 * null_mismatch; text identical), the match rate and its status, mean and max absolute
 * difference, the first differing rows by key, and the distribution skew of each whole
 * table (JS divergence over lib/drift's bins for numbers, L∞ for categories). Misuse
 * throws: a key repeated in either table (named with its value), a missing or unjoinable
 * key column, a compared column missing or of another kind, an infinite number.
 *
 * @example skewReport(tableFromArrays({id: Int32Array.of(1, 2), x: Float64Array.of(1, 2)}), tableFromArrays({id: Int32Array.of(2, 1), x: Float64Array.of(2, 1.5)}), {key: ["id"]}).columns[0].match_rate // => 0.5
 */
export function skewReport(training: Table, serving: Table, options: SkewOptions): SkewReport {
  const o = skewDefaults("skewReport", options);
  const key = [...o.key];
  const columns = skewColumns("skewReport", training.schema, serving.schema, key, o.columns);
  const pairs = joinRows("skewReport", training, serving, key);
  const numeric = columns.filter((c) => c.kind === "numeric").map((c) => c.column);
  const drift = numeric.length ? driftReport(training, serving, {columns: numeric, bins: o.bins, eps: o.eps, distances: false}).columns : [];
  return {
    key,
    rows: {training: training.numRows, serving: serving.numRows, matched: pairs.t.length, training_only: training.numRows - pairs.t.length, serving_only: serving.numRows - pairs.t.length},
    columns: columns.map(({column, kind}) => {
      const [tv, sv] = [training.getChild(column)!, serving.getChild(column)!];
      const compared = kind === "numeric" ? compareNumbers(column, numericValues(tv), numericValues(sv), pairs, o) : compareText(textValues(tv), textValues(sv), pairs, o.examples);
      const distribution = kind === "numeric"
        ? {kind, metric: "js" as const, value: drift[numeric.indexOf(column)]!.js}
        : {kind, metric: "linf" as const, value: linfDistance(categoryCountsOf(tv).counts, categoryCountsOf(sv).counts)};
      return skewColumn(column, kind, pairs.t.length, compared, distribution, o.minMatch);
    }),
  };
}

/** The tallies of one column over the joined rows, from either path. */
export interface ColumnComparison {
  equal: number;
  null_mismatch: number;
  mean_abs_diff: number | null;
  max_abs_diff: number | null;
  examples: SkewExample[];
}

/**
 * Assembles a report column: match rate and status from the tallies.
 *
 * @example skewColumn("x", "numeric", 4, {equal: 3, null_mismatch: 0, mean_abs_diff: 0.5, max_abs_diff: 2, examples: []}, {kind: "numeric", metric: "js", value: 0}, 0.99).status // => "fail"
 */
export function skewColumn(column: string, kind: ColumnKind, compared: number, c: ColumnComparison, distribution: SkewColumn["distribution"], minMatch: number): SkewColumn {
  const match_rate = compared === 0 ? null : c.equal / compared;
  return {column, kind, compared, equal: c.equal, match_rate, null_mismatch: c.null_mismatch, mean_abs_diff: c.mean_abs_diff, max_abs_diff: c.max_abs_diff, distribution, status: match_rate !== null && match_rate >= minMatch ? "pass" : "fail", examples: c.examples};
}

/** Matched row pairs (training row t[p] with serving row s[p]) in ascending key order; keyOf(p) is pair p's key. */
interface Pairs {
  t: ArrayLike<number>;
  s: ArrayLike<number>;
  keyOf: (p: number) => KeyValue[];
}

/** Inner join on the key; a repeated non-null key in either table throws, naming it. */
function joinRows(caller: string, training: Table, serving: Table, key: string[]): Pairs {
  if (key.length === 1 && DataType.isInt(training.getChild(key[0]!)!.type) && DataType.isInt(serving.getChild(key[0]!)!.type)) return joinOnInteger(caller, training, serving, key[0]!);
  const index = (table: Table, side: string) => {
    const vectors = key.map((k) => table.getChild(k)!);
    const rows = new Map<string, number>();
    const keys: KeyValue[][] = [];
    for (let i = 0; i < table.numRows; i++) {
      const values = vectors.map((v) => keyValue(v, i));
      keys.push(values);
      if (values.includes(null)) continue;
      const text = JSON.stringify(values);
      if (rows.has(text)) throw new RangeError(`${caller} requires each key at most once per table, got ${keyText(key, values)} twice in the ${side} table (rows ${rows.get(text)} and ${i})`);
      rows.set(text, i);
    }
    return {rows, keys};
  };
  const t = index(training, "training"), s = index(serving, "serving");
  const matched: [number, number][] = [];
  for (const [text, i] of t.rows) {
    const j = s.rows.get(text);
    if (j !== undefined) matched.push([i, j]);
  }
  matched.sort((a, b) => compareKeys(t.keys[a[0]]!, t.keys[b[0]]!));
  const keys = matched.map((m) => t.keys[m[0]]!);
  return {t: matched.map((m) => m[0]), s: matched.map((m) => m[1]), keyOf: (p) => keys[p]!};
}

/**
 * The join on one integer key column, as joinRows but on numbers, not key texts: a million
 * rows a side join in a fraction of the time, since no row makes a string or an array.
 * Integers are exact as doubles up to 2^53, and keyValue reads 64-bit ones as the nearest
 * double too, so both joins pair the same rows.
 */
function joinOnInteger(caller: string, training: Table, serving: Table, column: string): Pairs {
  const index = (table: Table, side: string) => {
    const values = numericValues(table.getChild(column)!); // null → NaN
    const rows = new Map<number, number>();
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v !== v) continue;
      const seen = rows.get(v);
      if (seen !== undefined) throw new RangeError(`${caller} requires each key at most once per table, got ${keyText([column], [v])} twice in the ${side} table (rows ${seen} and ${i})`);
      rows.set(v, i);
    }
    return rows;
  };
  const t = index(training, "training"), s = index(serving, "serving");
  const keys: number[] = [];
  for (const k of t.keys()) if (s.has(k)) keys.push(k);
  const sorted = Float64Array.from(keys).sort();
  const tRows = new Int32Array(sorted.length), sRows = new Int32Array(sorted.length);
  for (let p = 0; p < sorted.length; p++) {
    tRows[p] = t.get(sorted[p]!)!;
    sRows[p] = s.get(sorted[p]!)!;
  }
  return {t: tRows, s: sRows, keyOf: (p) => [sorted[p]! === 0 ? 0 : sorted[p]!]};
}

/**
 * A key as people read it in an error: `customer_id=5, day="2026-01-01"`.
 *
 * @example keyText(["id", "day"], [5, "x"]) // => 'id=5, day="x"'
 */
export function keyText(key: readonly string[], values: readonly unknown[]): string {
  return key.map((k, i) => `${k}=${JSON.stringify(values[i])}`).join(", ");
}

function compareNumbers(column: string, t: Float64Array, s: Float64Array, pairs: Pairs, o: {rtol: number; atol: number; examples: number}): ColumnComparison {
  for (const [side, values] of [["training", t], ["serving", s]] as const) {
    const at = values.findIndex((v) => v === Infinity || v === -Infinity);
    if (at >= 0) throw new RangeError(`skewReport requires finite numbers (or nulls), got ${values[at]} in column ${JSON.stringify(column)} of the ${side} table at row ${at}`);
  }
  let equal = 0, nullMismatch = 0, both = 0, sum = 0, max = -Infinity;
  const examples: SkewExample[] = [];
  for (let p = 0; p < pairs.t.length; p++) {
    const [a, b] = [t[pairs.t[p]!]!, s[pairs.s[p]!]!];
    const [ta, sb] = [a !== a, b !== b];
    let same: boolean;
    if (ta || sb) {
      same = ta && sb;
      if (!same) nullMismatch++;
    } else {
      const d = Math.abs(b - a);
      both++;
      sum += d;
      if (d > max) max = d;
      same = isClose(b, a, o.rtol, o.atol);
    }
    if (same) equal++;
    else if (examples.length < o.examples) examples.push({key: pairs.keyOf(p), training: ta ? null : a, serving: sb ? null : b, abs_diff: ta || sb ? null : Math.abs(b - a)});
  }
  return {equal, null_mismatch: nullMismatch, mean_abs_diff: both ? sum / both : null, max_abs_diff: both ? max : null, examples};
}

function compareText(t: (string | null)[], s: (string | null)[], pairs: Pairs, keep: number): ColumnComparison {
  let equal = 0, nullMismatch = 0;
  const examples: SkewExample[] = [];
  for (let p = 0; p < pairs.t.length; p++) {
    const [a, b] = [t[pairs.t[p]!] ?? null, s[pairs.s[p]!] ?? null];
    if ((a === null) !== (b === null)) nullMismatch++;
    if (a === b) equal++;
    else if (examples.length < keep) examples.push({key: pairs.keyOf(p), training: a, serving: b, abs_diff: null});
  }
  return {equal, null_mismatch: nullMismatch, mean_abs_diff: null, max_abs_diff: null, examples};
}

