import {Bool, makeData, makeVector, Table, TimestampMicrosecond, vectorFromArray, type Vector} from "apache-arrow";
import {encodeJoinKeys} from "./encodeJoinKeys.js";
import {featureRowIndex} from "./featureRowIndex.js";
import {gatherColumn} from "./gatherColumn.js";
import type {PointInTimeView} from "./pointInTimeInput.js";
import {readNumberColumn} from "./readColumn.js";

/**
 * A feature view's history as validity intervals, as Tecton's `get_features_in_range`
 * returns them: per key, each version's values with `valid_from` (its timestamp) and
 * `valid_to` (the next version's timestamp; null for the latest), half-open. A ttl caps
 * `valid_to` at `valid_from + ttl` when that comes first, and `expired` is then true:
 * there the join's ttl bound is inclusive, so at exactly `valid_to` the value is still
 * served. Versions of equal timestamps keep only the one the join would take (greatest
 * created, then later row). Rows: keys in order of first appearance, then by time.
 * `valid_from` and `valid_to` are TimestampMicrosecond (DuckDB's TIMESTAMP resolution).
 *
 * @example validityIntervals({name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]}, tableFromArrays({id: Int32Array.of(1, 1), ts: Float64Array.of(5, 9), x: Float64Array.of(7, 8)})).getChild("valid_to").toJSON() // => [9, null]
 */
export function validityIntervals(view: PointInTimeView, table: Table): Table {
  const column = (name: string): Vector => {
    const vector = table.getChild(name);
    if (!vector) throw new Error(`validityIntervals requires column ${JSON.stringify(name)} in view ${JSON.stringify(view.name)}, got ${table.schema.fields.map((f) => f.name).join(", ")}`);
    return vector;
  };
  const keyColumns = view.joinKeys.map(column);
  const keys = encodeJoinKeys(keyColumns, keyColumns);
  const created = view.createdTimestampField ? readNumberColumn(column(view.createdTimestampField)) : undefined;
  const index = featureRowIndex(keys.feature, keys.size, readNumberColumn(column(view.timestampField)), created);
  const groups = groupsByFirstRow(index);
  const rows = new Int32Array(index.row.length);
  const from = new Float64Array(rows.length);
  const to = new Float64Array(rows.length);
  const expired: boolean[] = new Array(rows.length);
  let q = 0;
  for (const c of groups) {
    const end = index.start[c + 1]!;
    for (let p = index.start[c]!; p < end; p++, q++) {
      rows[q] = index.row[p]!;
      from[q] = index.ts[p]!;
      const next = p + 1 < end ? index.ts[p + 1]! : NaN;
      const cap = view.ttlMs === undefined ? NaN : from[q]! + view.ttlMs;
      expired[q] = cap < next || (next !== next && cap === cap);
      to[q] = expired[q] ? cap : next;
    }
  }
  const columns: Record<string, Vector> = {};
  for (const name of [...view.joinKeys, ...view.features]) columns[name] = gatherColumn(column(name), rows);
  columns.valid_from = timestamps(from);
  columns.valid_to = timestamps(to);
  columns.expired = vectorFromArray(expired, new Bool());
  return new Table(columns);
}

/** Key codes with rows, ordered by the first table row of each key. */
function groupsByFirstRow(index: {start: Int32Array; row: Int32Array}): number[] {
  const groups: number[] = [];
  const first: number[] = [];
  for (let c = 0; c + 1 < index.start.length; c++) {
    if (index.start[c + 1]! === index.start[c]!) continue;
    let min = Infinity;
    for (let p = index.start[c]!; p < index.start[c + 1]!; p++) min = Math.min(min, index.row[p]!);
    groups.push(c);
    first[c] = min;
  }
  return groups.sort((a, b) => first[a]! - first[b]!);
}

/** Epoch milliseconds (NaN for null) as a TimestampMicrosecond vector. */
function timestamps(ms: Float64Array): Vector {
  const values = new BigInt64Array(ms.length);
  const nullBitmap = new Uint8Array((ms.length + 7) >> 3);
  let nullCount = 0;
  ms.forEach((v, i) => {
    if (v !== v) nullCount++;
    else {
      values[i] = BigInt(Math.round(v * 1000));
      nullBitmap[i >> 3]! |= 1 << (i & 7);
    }
  });
  return makeVector(makeData({type: new TimestampMicrosecond(), length: ms.length, nullCount, nullBitmap, data: values}));
}
