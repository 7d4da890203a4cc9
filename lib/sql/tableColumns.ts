import {DataType, type Table, type Vector} from "apache-arrow";

/**
 * A table's columns as plain arrays, keyed by column name, as builders and tests use them:
 * nulls are null, integers up to 32 bits and floats are numbers, 64-bit integers are
 * bigints, timestamps and dates are epoch milliseconds (Arrow's convention), lists are
 * arrays and structs plain objects. A later column wins over an earlier one of the same name.
 *
 * @example tableColumns(tableFromArrays({id: Int32Array.from([1, 2])})) // => {id: [1, 2]}
 */
export function tableColumns(table: Table): Record<string, unknown[]> {
  const columns: Record<string, unknown[]> = {};
  table.schema.fields.forEach((field, i) => {
    // defineProperty, not assignment: a column named "__proto__" must stay a column
    Object.defineProperty(columns, field.name, {value: columnValues(table.getChildAt(i)!), enumerable: true, writable: true, configurable: true});
  });
  return columns;
}

/**
 * One column as a plain array, with the conventions of `tableColumns`.
 *
 * @example columnValues(vectorFromArray([1, 2], new Int32())) // => [1, 2]
 */
export function columnValues(vector: Vector): unknown[] {
  return isNested(vector.type) ? Array.from(vector, plainValue) : Array.from(vector);
}

/**
 * An Arrow cell as plain data: lists become arrays, structs, maps and rows plain objects.
 *
 * @example plainValue(tableFromArrays({a: [1]}).get(0)) // => {a: 1}
 */
export function plainValue(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Symbol.iterator in value && "type" in value) return Array.from(value as Iterable<unknown>, plainValue);
  // Not `"toJSON" in value`: Arrow's struct and map rows are proxies whose `in` sees only their fields.
  const toJSON = (value as {toJSON?: unknown}).toJSON;
  if (typeof toJSON === "function" && !(value instanceof Date)) {
    const entries = Object.entries(toJSON.call(value) as Record<string, unknown>);
    return Object.fromEntries(entries.map(([k, v]) => [k, plainValue(v)]));
  }
  return value;
}

function isNested(type: DataType): boolean {
  return DataType.isList(type) || DataType.isStruct(type) || DataType.isMap(type) || DataType.isFixedSizeList(type);
}
