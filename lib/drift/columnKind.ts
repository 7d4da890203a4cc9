import {DataType, Precision, type Vector} from "apache-arrow";

/** How a column is binned: numbers by quantile edges, text (and booleans) by category. */
export type ColumnKind = "numeric" | "categorical";

/**
 * The drift kind of an Arrow type: integers and floats are numeric; text, dictionaries of
 * text and booleans categorical; anything else (timestamps, dates, decimals, lists) null.
 *
 * @example columnKind(new Utf8()) // => "categorical"
 */
export function columnKind(type: DataType): ColumnKind | null {
  if (DataType.isInt(type) || DataType.isFloat(type)) return "numeric";
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type) || DataType.isBool(type)) return "categorical";
  if (DataType.isDictionary(type)) return DataType.isUtf8(type.dictionary) || DataType.isLargeUtf8(type.dictionary) ? "categorical" : null;
  return null;
}

/**
 * A numeric column as a Float64Array, nulls as NaN (both are left out of the bins alike);
 * 64-bit integers become the nearest double.
 *
 * @example numericValues(vectorFromArray([1, null], new Int32())) // => Float64Array [1, NaN]
 */
export function numericValues(vector: Vector): Float64Array {
  const type = vector.type as DataType;
  const half = DataType.isFloat(type) && type.precision === Precision.HALF; // stored as raw 16-bit words
  const out = new Float64Array(vector.length);
  let row = 0;
  for (const data of vector.data) {
    const values = data.values as ArrayLike<number | bigint>;
    for (let i = 0; i < data.length; i++, row++) out[row] = !data.getValid(i) ? NaN : half ? Number(vector.get(row)) : Number(values[i]!);
  }
  return out;
}

/**
 * A categorical column as strings (booleans as "true"/"false"), nulls as null.
 *
 * @example textValues(vectorFromArray(["a", null])) // => ["a", null]
 */
export function textValues(vector: Vector): (string | null)[] {
  const out = new Array<string | null>(vector.length);
  for (let i = 0; i < vector.length; i++) {
    const v = vector.get(i) as unknown;
    out[i] = v === null || v === undefined ? null : String(v);
  }
  return out;
}
