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

function safeKind(table: Table, name: string) {
  try {
    return tableColumnKind(table, name, "applyPreprocess");
  } catch {
    return null;
  }
}
