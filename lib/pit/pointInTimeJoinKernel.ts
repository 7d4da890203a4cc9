import {Table, type Vector} from "apache-arrow";
import {encodeJoinKeys} from "./encodeJoinKeys.js";
import {asofMatchRows} from "./asofMatchRows.js";
import {gatherColumn} from "./gatherColumn.js";
import {checkPointInTimeColumns, viewOutputColumns} from "./pointInTimeInput.js";
import type {PointInTimeOptions, PointInTimeView} from "./pointInTimeInput.js";
import {isNumberType, readNumberColumn} from "./readColumn.js";

/** A view with its rows as an Arrow table holding its join keys, timestamps and features. */
export interface PointInTimeViewTable {
  readonly view: PointInTimeView;
  readonly table: Table;
}

/**
 * The point-in-time join over Arrow tables, fast enough for the browser: per view, join
 * keys are encoded once, feature rows are indexed by key and timestamp (see
 * `featureRowIndex`), and each spine row binary-searches its key's timestamps. Semantics
 * as `pointInTimeJoinReference`; the result has the spine's columns and rows, then
 * `<view>__<feature>` columns of the features' types.
 *
 * @example pointInTimeJoinKernel(tableFromArrays({id: [1], event_timestamp: [10]}), [{view: {name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]}, table: tableFromArrays({id: [1, 1], ts: [5, 11], x: [7, 8]})}]).getChild("v__x").toArray() // => Float64Array [7]
 */
export function pointInTimeJoinKernel(spine: Table, views: readonly PointInTimeViewTable[], options: PointInTimeOptions = {}): Table {
  const timestampField = options.timestampField ?? "event_timestamp";
  const spineNames = spine.schema.fields.map((field) => field.name);
  checkPointInTimeColumns("pointInTimeJoinKernel", spineNames, views.map((v) => v.view), options);
  const spineTs = readNumberColumn(timeColumn(spine.getChild(timestampField)!, `spine column ${JSON.stringify(timestampField)}`));
  const columns: Record<string, Vector> = {};
  for (const name of spineNames) columns[name] = spine.getChild(name)!;
  for (const {view, table} of views) {
    const rows = matchRows(spine, spineTs, view, table);
    for (const {name, source} of viewOutputColumns(view, options.includeFeatureTimestamps)) {
      columns[name] = gatherColumn(column(table, source, view), rows);
    }
  }
  return new Table(columns);
}

/** For each spine row, the feature row it takes, or -1. */
function matchRows(spine: Table, spineTs: Float64Array, view: PointInTimeView, table: Table): Int32Array {
  const keys = encodeJoinKeys(view.joinKeys.map((key) => column(table, key, view)), view.joinKeys.map((key) => spine.getChild(key)!));
  const time = (name: string) => readNumberColumn(timeColumn(column(table, name, view), `column ${JSON.stringify(name)} of view ${JSON.stringify(view.name)}`));
  const ts = time(view.timestampField);
  const created = view.createdTimestampField ? time(view.createdTimestampField) : undefined;
  return asofMatchRows({key: keys.spine, ts: spineTs}, {key: keys.feature, ts}, keys.size, view.ttlMs, created);
}

function timeColumn(vector: Vector, what: string): Vector {
  if (!isNumberType(vector.type)) throw new TypeError(`pointInTimeJoinKernel requires ${what} to be a timestamp, got ${vector.type}`);
  return vector;
}

function column(table: Table, name: string, view: PointInTimeView): Vector {
  const vector = table.getChild(name);
  if (!vector) throw new Error(`pointInTimeJoinKernel requires column ${JSON.stringify(name)} in view ${JSON.stringify(view.name)}, got ${table.schema.fields.map((f) => f.name).join(", ")}`);
  return vector;
}
