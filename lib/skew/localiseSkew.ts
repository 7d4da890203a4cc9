import {Bool, DataType, Float64, Table, Utf8, vectorFromArray, type Vector} from "apache-arrow";
import {binLabels} from "../drift/binAgainst.js";
import {byCodeUnit} from "../drift/categoricalBinning.js";
import {numericValues, textValues} from "../drift/columnKind.js";
import {binIndex, numericBinning} from "../drift/numericBinning.js";
import {fingerprintTable} from "../fingerprint/fingerprintTable.js";
import {isClose} from "./isClose.js";
import {checkTime, dayLabel, keyRangeLabel, localiseDefaults, narrowSkew, type BucketFilter, type LocaliseBackend, type LocaliseOptions, type SkewLocalisation} from "./narrowSkew.js";
import {compareKeys, keyKind, keyValue, skewColumns, type KeyValue} from "./skewColumns.js";

/**
 * Localises the differences between training and serving in TypeScript over Arrow tables
 * (see {@link narrowSkew}): per column, how many of training's rows differ from serving
 * (the skew report's equality) in each UTC day of `time`, each of `keyBuckets` key ranges
 * and each value range (drift's bins of training's values, or its categories, and null),
 * found by comparing per-bucket fingerprints (lib/fingerprint) and splitting only the
 * buckets that differ. Rows with a null key part are left out (they never join). Misuse
 * throws as skewReport does, and for a `time` column that is not a timestamp in both.
 *
 * @example (await localiseSkew(recomputed_features, served_features, {key: ["request_id"], columns: ["amount"]})).columns[0].by_key.map((b) => b.unequal) // => [1, 2, 5, 3, 4, 6, 3, 3], for lib/synth's servedFeatures example with {rows: 500, centsShare: 0.05}
 */
export async function localiseSkew(training: Table, serving: Table, options: LocaliseOptions): Promise<SkewLocalisation> {
  const o = localiseDefaults("localiseSkew", options);
  const key = [...o.key];
  const columns = skewColumns("localiseSkew", training.schema, serving.schema, key, o.columns);
  if (o.time !== undefined) checkTime("localiseSkew", training, serving, o.time);
  const sides = {training: sideOf(training, key, o.time), serving: sideOf(serving, key, o.time)};
  const servingRow = new Map(sides.serving.order.map((i) => [JSON.stringify(sides.serving.keys[i]), i]));
  const cache = new Map<string, {edges: number[]; values: Record<"training" | "serving", Float64Array | (string | null)[]>}>();
  const valuesOf = (column: string) => {
    if (!cache.has(column)) {
      const kind = columns.find((c) => c.column === column)!.kind;
      const read = (t: Table) => (kind === "numeric" ? numericValues(t.getChild(column)!) : textValues(t.getChild(column)!));
      const values = {training: read(training), serving: read(serving)};
      cache.set(column, {edges: kind === "numeric" ? numericBinning(values.training as Float64Array, o.bins).edges : [], values});
    }
    return cache.get(column)!;
  };
  const valueBucket = (column: string, side: "training" | "serving", i: number): number | string | null => {
    const {edges, values} = valuesOf(column);
    const v = values[side][i]!;
    if (typeof v === "number") return v !== v ? -1 : binIndex(edges, v);
    return v;
  };
  const inBucket = (column: string, side: "training" | "serving", f: BucketFilter, i: number) => {
    const s = sides[side];
    if (f.dimension === "day" && s.days![i] !== f.bucket) return false;
    if (f.dimension === "value" && valueBucket(column, side, i) !== f.bucket) return false;
    if (f.lo && compareKeys(s.keys[i]!, f.lo) < 0) return false;
    if (f.hi && compareKeys(s.keys[i]!, f.hi) >= 0) return false;
    return true;
  };
  const rowsIn = (column: string, side: "training" | "serving", f: BucketFilter) => sides[side].order.filter((i) => inBucket(column, side, f, i));
  const backend: LocaliseBackend = {
    async buckets(column, dimension) {
      const t = sides.training;
      if (dimension === "key") {
        const n = t.order.length, cuts: KeyValue[][] = [];
        for (let k = 1; k < o.keyBuckets; k++) {
          const at = Math.floor((k * n) / o.keyBuckets);
          if (at > 0 && at < n && (cuts.length === 0 || compareKeys(cuts[cuts.length - 1]!, t.keys[t.order[at]!]!) < 0)) cuts.push(t.keys[t.order[at]!]!);
        }
        return [undefined, ...cuts].map((lo, k) => ({filter: {dimension, bucket: null, lo, hi: cuts[k]}, label: keyRangeLabel(lo, cuts[k])}));
      }
      if (dimension === "day") {
        const days = [...new Set(t.order.map((i) => t.days![i]!))].filter((d) => d === d).sort((a, b) => a - b);
        return days.map((d) => ({filter: {dimension, bucket: d}, label: dayLabel(d)}));
      }
      const {edges} = valuesOf(column);
      const kind = columns.find((c) => c.column === column)!.kind;
      if (kind === "numeric") return [...binLabels(edges).map((label, b) => ({filter: {dimension, bucket: b}, label})), {filter: {dimension, bucket: -1}, label: "null"}];
      const cats = [...new Set(t.order.map((i) => valueBucket(column, "training", i)))].filter((c): c is string => c !== null).sort(byCodeUnit);
      return [...cats.map((c) => ({filter: {dimension, bucket: c}, label: c})), {filter: {dimension, bucket: null}, label: "null"}];
    },
    async fingerprints(column, filters) {
      const print = (side: "training" | "serving", f: BucketFilter) => {
        const rows = rowsIn(column, side, f);
        return {rows: rows.length, hash: fingerprintRows(sides[side], key, valuesOf(column).values[side], rows)};
      };
      return filters.map((f) => ({training: print("training", f), serving: print("serving", f)}));
    },
    async medianKeys(column, items) {
      return items.map(({side, filter, rows}) => sides[side].keys[rowsIn(column, side, filter)[Math.floor(rows / 2)]!]!);
    },
    async compare(column, filters) {
      const {values} = valuesOf(column);
      return filters.map((f) => {
        let compared = 0, unequal = 0;
        for (const i of rowsIn(column, "training", f)) {
          const j = servingRow.get(JSON.stringify(sides.training.keys[i]));
          if (j === undefined) continue;
          compared++;
          if (!same(values.training[i]!, values.serving[j]!, o.rtol, o.atol)) unequal++;
        }
        return {compared, unequal};
      });
    },
  };
  return narrowSkew(backend, key, columns, {leafRows: o.leafRows, time: o.time});
}

/** Both missing, or both numbers within the tolerance, or identical text. */
function same(a: number | string | null, b: number | string | null, rtol: number, atol: number): boolean {
  if (typeof a === "number" && typeof b === "number") {
    const [ma, mb] = [a !== a, b !== b];
    return ma || mb ? ma && mb : isClose(b, a, rtol, atol);
  }
  return a === b;
}

interface SideRows {
  keys: KeyValue[][];
  /** Rows with no null key part, in key order. */
  order: number[];
  days?: Float64Array;
  keyTypes: DataType[];
}

function sideOf(table: Table, key: string[], time: string | undefined): SideRows {
  const vectors = key.map((k) => table.getChild(k)!);
  const keys = Array.from({length: table.numRows}, (_, i) => vectors.map((v) => keyValue(v, i)));
  const order = keys.flatMap((k, i) => (k.includes(null) ? [] : [i])).sort((a, b) => compareKeys(keys[a]!, keys[b]!));
  let days: Float64Array | undefined;
  if (time !== undefined) {
    const v: Vector = table.getChild(time)!;
    days = Float64Array.from({length: table.numRows}, (_, i) => {
      const t = v.get(i) as unknown;
      return t === null || t === undefined ? NaN : Math.floor(Number(t instanceof Date ? t.getTime() : t) / 86_400_000);
    });
  }
  return {keys, order, days, keyTypes: vectors.map((v) => v.type as DataType)};
}

/** lib/fingerprint's digest of (key, value) over some rows: keys as numbers, text or booleans, the value with NaN as null. */
function fingerprintRows(side: SideRows, key: string[], values: Float64Array | (string | null)[], rows: number[]): string {
  const columns: Record<string, Vector> = {};
  key.forEach((k, c) => {
    const kind = keyKind(side.keyTypes[c]!);
    const vals = rows.map((i) => side.keys[i]![c]!);
    columns[`k${c}`] = kind === "number" ? vectorFromArray(vals as number[], new Float64()) : kind === "boolean" ? vectorFromArray(vals as boolean[], new Bool()) : vectorFromArray(vals as string[], new Utf8());
  });
  columns.value = values instanceof Float64Array
    ? vectorFromArray(rows.map((i) => (values[i] !== values[i] ? null : values[i]!)), new Float64())
    : vectorFromArray(rows.map((i) => values[i] ?? null), new Utf8());
  return fingerprintTable(new Table(columns)).fingerprint;
}
