import {Table, type Vector} from "apache-arrow";
import {preprocessVector, type PreprocessColumn} from "./preprocessColumns.js";
import type {PreprocessSpec} from "./preprocessSpec.js";
import {checkSpecColumns, tableColumnKind, tableSource} from "./specColumns.js";
import {transformFamily} from "./transformFamilies.js";

/** Options of applyPreprocess and preprocessSql. */
export interface ApplyOptions {
  /** The rows are the training rows the spec was fitted on: target encodings out-of-fold. Default false (serving). */
  training?: boolean;
}

/**
 * Applies a fitted spec to a table in TypeScript (the serving path): columns in, columns
 * out. The result holds every transform's outputs in the order first written (a column
 * rewritten by a later step holds its last value); numbers are Float64 with nulls, text
 * Utf8. A missing input column or one of another kind is an error naming it.
 *
 * @example applyPreprocess(fitPreprocess(tableFromArrays({x: Float64Array.of(0, 10)}), [{kind: "minmax", column: "x"}]), tableFromArrays({x: Float64Array.of(5)})).getChild("x").get(0) // => 0.5
 */
export function applyPreprocess(spec: PreprocessSpec, table: Table, options: ApplyOptions = {}): Table {
  if (options.training) checkTrainingRows(spec, table.numRows, "applyPreprocess");
  checkSpecColumns(spec.fitted_on.columns, (name) => (table.schema.fields.some((f) => f.name === name) ? safeKind(table, name) : undefined), "applyPreprocess");
  const produced = new Map<string, PreprocessColumn>();
  const source = tableSource(table, "applyPreprocess", options.training ?? false, produced);
  for (const transform of spec.transforms) {
    for (const [name, column] of transformFamily(transform.kind, "applyPreprocess").apply(transform as never, source)) produced.set(name, column);
  }
  const vectors: Record<string, Vector> = {};
  for (const [name, column] of produced) Object.defineProperty(vectors, name, {value: preprocessVector(column), enumerable: true});
  return new Table(vectors);
}

/** On the training path a row's fold is its position: the table must be the one fitted on. */
export function checkTrainingRows(spec: PreprocessSpec, rows: number, who: string): void {
  if (rows !== spec.fitted_on.rows) throw new RangeError(`${who}: training: true requires the ${spec.fitted_on.rows} training rows the spec was fitted on, got ${rows} rows`);
}

function safeKind(table: Table, name: string) {
  try {
    return tableColumnKind(table, name, "applyPreprocess");
  } catch {
    return null;
  }
}
