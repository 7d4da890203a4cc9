import type {Table} from "apache-arrow";
import type {ColumnKind} from "../drift/columnKind.js";
import {checkTolerance} from "./isClose.js";
import {keyKind, type KeyValue} from "./skewColumns.js";

/** Options of a localisation; tolerances as the skew report's. */
export interface LocaliseOptions {
  /** Key columns (unique per table). */
  key: string[];
  /** Columns to localise (default as skewReport). */
  columns?: string[];
  rtol?: number;
  atol?: number;
  /** A timestamp column both tables have (the request time): localise by UTC day. Default: no day buckets. */
  time?: string;
  /** Key ranges at the top level, cut at training's key quantiles (default 8). */
  keyBuckets?: number;
  /** Value ranges of numbers: drift's bins at training's quantiles (default 10). */
  bins?: number;
  /** A bucket with at most this many rows on each side is compared row by row; a larger one with differing fingerprints is split in two at its median key (default 64). */
  leafRows?: number;
}

/** A top-level bucket: its label, training's rows in it, and how many of those differ from serving. */
export interface SkewBucket {
  bucket: string;
  training_rows: number;
  unequal: number;
}

/** Where the rows differ, per column, by day, key range and (training's) value range. */
export interface SkewLocalisation {
  key: string[];
  columns: {column: string; kind: ColumnKind; by_day: SkewBucket[]; by_key: SkewBucket[]; by_value: SkewBucket[]}[];
  /** Bucket fingerprints compared (one pair per bucket visited). */
  fingerprints: number;
  /** Training rows compared row by row in the leaves: what crossed between the two stores. */
  rows_compared: number;
}

/** Which rows a bucket holds on a side: its own day or value bucket, and a key range [lo, hi). */
export interface BucketFilter {
  dimension: "day" | "value" | "key";
  /** The day number (epoch days), the value bin (−1 for null), the category (null for null); unused for key. */
  bucket: number | string | null;
  lo?: KeyValue[];
  hi?: KeyValue[];
}

/** Rows and a fingerprint of (key, column) over one side's rows in a bucket. */
export interface BucketPrint {
  rows: number;
  hash: string;
}

/** What the narrowing asks of an engine, a level of buckets at a time: the TypeScript and SQL paths each implement it. */
export interface LocaliseBackend {
  /** Training's top-level buckets of a dimension for a column, in order, with labels. */
  buckets(column: string, dimension: BucketFilter["dimension"]): Promise<{filter: BucketFilter; label: string}[]>;
  /** Each bucket's print on each side. */
  fingerprints(column: string, filters: BucketFilter[]): Promise<{training: BucketPrint; serving: BucketPrint}[]>;
  /** For each bucket, the key at rank ⌊rows/2⌋ of a side's rows in it, by key order. */
  medianKeys(column: string, items: {side: "training" | "serving"; filter: BucketFilter; rows: number}[]): Promise<KeyValue[][]>;
  /** For each bucket, training's rows in it joined with serving on the key: how many matched, how many differ. */
  compare(column: string, filters: BucketFilter[]): Promise<{compared: number; unequal: number}[]>;
}

/**
 * Localises skew by narrowing, as one would between two stores that cannot ship every row:
 * each top-level bucket (UTC day of `time`, a key range, a value range of the column) is
 * fingerprinted on each side over (key, value); equal fingerprints mean equal rows, so only
 * differing buckets are split in two at their median key until small enough to compare
 * row by row. The counts are exact (a row that differs changes its bucket's fingerprint on
 * one side); fingerprints only decide where to look. Shared by localiseSkew and
 * localiseSkewSql.
 *
 * @example (await narrowSkew(backend, ["request_id"], [{column: "amount", kind: "numeric"}], {leafRows: 64})).fingerprints // => 21, with localiseSkew's backend on its example
 */
export async function narrowSkew(backend: LocaliseBackend, key: string[], columns: {column: string; kind: ColumnKind}[], o: {leafRows: number; time?: string}): Promise<SkewLocalisation> {
  let fingerprints = 0, rowsCompared = 0;
  // Breadth first: each level of buckets is one call (one query in SQL) per step.
  const by = async (column: string, dimension: BucketFilter["dimension"]): Promise<SkewBucket[]> => {
    const tops = await backend.buckets(column, dimension);
    const unequal = tops.map(() => 0), rows = tops.map(() => 0);
    let level = tops.map((b, top) => ({top, filter: b.filter}));
    for (let depth = 0; level.length > 0; depth++) {
      const prints = await backend.fingerprints(column, level.map((n) => n.filter));
      fingerprints += level.length;
      if (depth === 0) prints.forEach((p, i) => (rows[i] = p.training.rows));
      const leaves: typeof level = [], splits: {node: (typeof level)[number]; side: "training" | "serving"; rows: number}[] = [];
      level.forEach((node, i) => {
        const {training: t, serving: s} = prints[i]!;
        if (t.rows === s.rows && t.hash === s.hash) return;
        if (t.rows <= o.leafRows && s.rows <= o.leafRows) leaves.push(node);
        else splits.push(t.rows > o.leafRows ? {node, side: "training", rows: t.rows} : {node, side: "serving", rows: s.rows});
      });
      if (leaves.length) {
        (await backend.compare(column, leaves.map((n) => n.filter))).forEach((r, i) => {
          rowsCompared += r.compared;
          unequal[leaves[i]!.top]! += r.unequal;
        });
      }
      const mids = splits.length ? await backend.medianKeys(column, splits.map((x) => ({side: x.side, filter: x.node.filter, rows: x.rows}))) : [];
      level = splits.flatMap(({node}, i) => [{top: node.top, filter: {...node.filter, hi: mids[i]!}}, {top: node.top, filter: {...node.filter, lo: mids[i]!}}]);
    }
    return tops.map((b, i) => ({bucket: b.label, training_rows: rows[i]!, unequal: unequal[i]!}));
  };
  const out: SkewLocalisation["columns"] = [];
  for (const {column, kind} of columns) {
    out.push({column, kind, by_day: o.time === undefined ? [] : await by(column, "day"), by_key: await by(column, "key"), by_value: await by(column, "value")});
  }
  return {key, columns: out, fingerprints, rows_compared: rowsCompared};
}

/**
 * The options with defaults, checked; shared by both paths.
 *
 * @example localiseDefaults("f", {key: ["id"]}).leafRows // => 64
 */
export function localiseDefaults(caller: string, options: LocaliseOptions) {
  const {rtol = 1e-6, atol = 1e-9, keyBuckets = 8, bins = 10, leafRows = 64} = options;
  checkTolerance(caller, rtol, atol);
  if (!Number.isInteger(keyBuckets) || keyBuckets < 1) throw new RangeError(`${caller} requires a whole number of keyBuckets ≥ 1, got ${keyBuckets}`);
  if (!Number.isInteger(bins) || bins < 2) throw new RangeError(`${caller} requires an integer number of bins ≥ 2, got ${bins}`);
  if (!Number.isInteger(leafRows) || leafRows < 1) throw new RangeError(`${caller} requires a whole number of leafRows ≥ 1, got ${leafRows}`);
  return {...options, rtol, atol, keyBuckets, bins, leafRows};
}

/**
 * The label of a key range [lo, hi), either end open.
 *
 * @example keyRangeLabel([3], undefined) // => "[3, ∞)"
 */
export function keyRangeLabel(lo: KeyValue[] | undefined, hi: KeyValue[] | undefined): string {
  const show = (k: KeyValue[] | undefined, open: string) => (k === undefined ? open : k.length === 1 ? String(k[0]) : `(${k.map((v) => JSON.stringify(v)).join(", ")})`);
  return `[${show(lo, "−∞")}, ${show(hi, "∞")})`;
}

/**
 * A UTC day number (days since 1970-01-01) as its date.
 *
 * @example dayLabel(20454) // => "2026-01-01"
 */
export function dayLabel(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Throws unless `time` is a timestamp (or date) column of both tables.
 *
 * @example checkTime("f", training, serving, "amount") // throws RangeError('f requires time column "amount" as a timestamp in the training table, got Float64')
 */
export function checkTime(caller: string, training: {schema: Table["schema"]}, serving: {schema: Table["schema"]}, time: string): void {
  for (const [side, t] of [["training", training], ["serving", serving]] as const) {
    const field = t.schema.fields.find((f) => f.name === time);
    if (!field || keyKind(field.type) !== "time") throw new RangeError(`${caller} requires time column ${JSON.stringify(time)} as a timestamp in the ${side} table, got ${field ? field.type : "no such column"}`);
  }
}
