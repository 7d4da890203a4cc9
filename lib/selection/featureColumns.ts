import type {Table} from "apache-arrow";
import {readNumberColumn} from "../pit/readColumn.js";
import {textValues} from "../drift/columnKind.js";

/** A feature as the selection tests read it: numbers, or categories as integer codes. */
export type FeatureColumn =
  | {readonly kind: "numeric"; readonly values: ArrayLike<number>}
  | {readonly kind: "categorical"; readonly codes: ArrayLike<number>; readonly categories: readonly string[]};

/** Feature name → column, every column one value per row. */
export type FeatureColumns = Readonly<Record<string, FeatureColumn>>;

/**
 * A categorical {@link FeatureColumn} from strings: categories sorted, codes their
 * positions, null → −1.
 *
 * @example categoryCodes(["b", "a", null, "b"]) // => {kind: "categorical", codes: Int32Array [1, 0, -1, 1], categories: ["a", "b"]}
 */
export function categoryCodes(values: ArrayLike<string | null | undefined>): FeatureColumn & {kind: "categorical"; codes: Int32Array} {
  const seen = new Set<string>();
  for (let i = 0; i < values.length; i++) if (values[i] != null) seen.add(values[i]!);
  const categories = [...seen].sort();
  const code = new Map(categories.map((c, i) => [c, i]));
  return {kind: "categorical", codes: Int32Array.from({length: values.length}, (_, i) => (values[i] == null ? -1 : code.get(values[i]!)!)), categories};
}

/** A model's input columns and which of them each feature became. */
export interface DesignMatrix {
  /** Column name → values (numeric features as they are; a 0/1 column per category but the first). */
  readonly columns: Record<string, Float64Array>;
  /** Feature name → its column names, in order. */
  readonly groups: Record<string, string[]>;
}

/**
 * The columns a linear model reads: a numeric feature as is, a categorical one one-hot
 * with its first category dropped (the intercept holds it; a null row is all zeros),
 * named `<feature>=<category>`.
 *
 * @example Object.keys(designMatrix({s: {kind: "categorical", codes: [0, 1, 2], categories: ["a", "b", "c"]}}).columns) // => ["s=b", "s=c"]
 */
export function designMatrix(features: FeatureColumns): DesignMatrix {
  const columns: Record<string, Float64Array> = {};
  const groups: Record<string, string[]> = {};
  for (const [name, feature] of Object.entries(features)) {
    if (feature.kind === "numeric") {
      columns[name] = Float64Array.from(feature.values);
      groups[name] = [name];
      continue;
    }
    groups[name] = feature.categories.slice(1).map((category, c) => {
      const column = `${name}=${category}`;
      columns[column] = Float64Array.from(feature.codes, (code) => (code === c + 1 ? 1 : 0));
      return column;
    });
  }
  return {columns, groups};
}

/**
 * The rows of `columns` where `mask` is `keep` (0 or 1), column by column.
 *
 * @example rowsWhere({x: [1, 2, 3]}, [0, 1, 0], 0) // => {x: Float64Array [1, 3]}
 */
export function rowsWhere(columns: Readonly<Record<string, ArrayLike<number>>>, mask: ArrayLike<number>, keep: 0 | 1): Record<string, Float64Array> {
  const rows: number[] = [];
  for (let i = 0; i < mask.length; i++) if ((mask[i] ? 1 : 0) === keep) rows.push(i);
  const out: Record<string, Float64Array> = {};
  for (const [name, values] of Object.entries(columns)) out[name] = Float64Array.from(rows, (i) => values[i]!);
  return out;
}

/**
 * {@link FeatureColumns} read from an Arrow table: `kinds` maps each column to read to
 * "numeric" (any number type, null → NaN) or "categorical" (strings or dictionary, see {@link categoryCodes}),
 * in the order wanted.
 *
 * @example Object.keys(featureColumnsOf(tableFromArrays({a: [1], s: ["x"]}), {s: "categorical", a: "numeric"})) // => ["s", "a"]
 */
export function featureColumnsOf(table: Table, kinds: Readonly<Record<string, "numeric" | "categorical">>): Record<string, FeatureColumn> {
  const out: Record<string, FeatureColumn> = {};
  for (const [name, kind] of Object.entries(kinds)) {
    const vector = table.getChild(name);
    if (!vector) throw new Error(`featureColumnsOf requires column ${JSON.stringify(name)}, got ${table.schema.fields.map((f) => f.name).join(", ")}`);
    out[name] = kind === "numeric" ? {kind, values: readNumberColumn(vector)} : categoryCodes(textValues(vector));
  }
  return out;
}
