import {DataType, type Schema, type Vector} from "apache-arrow";
import {columnKind, type ColumnKind} from "../drift/columnKind.js";

/** How a key column compares: numbers by value, text by code point, booleans, instants. */
export type KeyKind = "number" | "text" | "boolean" | "time";

/**
 * The key kind of an Arrow type, or null for a type skew cannot join on.
 *
 * @example keyKind(new Int32()) // => "number"
 */
export function keyKind(type: DataType): KeyKind | null {
  if (DataType.isInt(type) || DataType.isFloat(type)) return "number";
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return "text";
  if (DataType.isDictionary(type)) return DataType.isUtf8(type.dictionary) ? "text" : null;
  if (DataType.isBool(type)) return "boolean";
  if (DataType.isTimestamp(type) || DataType.isDate(type)) return "time";
  return null;
}

/**
 * Checks the key columns (present in both tables, joinable, of one kind in both) and picks
 * the compared columns: `names` checked the same way, or by default every column of the
 * training table that the serving table also has, other than the key, with a drift kind
 * (numbers; text and booleans as categories). Misuse throws, naming `caller` and the column.
 *
 * @example skewColumns("f", tableFromArrays({id: Int32Array.of(1), amount: Float64Array.of(1)}).schema, tableFromArrays({id: Int32Array.of(1), amount: Float64Array.of(1)}).schema, ["id"]) // => [{column: "amount", kind: "numeric"}]
 */
export function skewColumns(caller: string, training: Schema, serving: Schema, key: readonly string[], names?: readonly string[]): {column: string; kind: ColumnKind}[] {
  if (key.length === 0) throw new RangeError(`${caller} requires at least one key column, got none`);
  const fields = (s: Schema) => new Map(s.fields.map((f) => [f.name, f.type as DataType]));
  const [t, s] = [fields(training), fields(serving)];
  const has = (column: string, role: string) => {
    for (const [side, types] of [["training", t], ["serving", s]] as const) {
      if (!types.has(column)) throw new RangeError(`${caller} requires ${role} column ${JSON.stringify(column)} in the ${side} table, which has ${[...types.keys()].join(", ")}`);
    }
  };
  for (const k of key) {
    has(k, "key");
    const kinds = [keyKind(t.get(k)!), keyKind(s.get(k)!)];
    if (kinds[0] === null || kinds[0] !== kinds[1]) throw new RangeError(`${caller} requires key column ${JSON.stringify(k)} of one joinable kind (numbers, text, booleans, times) in both tables, got ${t.get(k)} in training and ${s.get(k)} in serving`);
  }
  const wanted = names ?? [...t.keys()].filter((c) => !key.includes(c) && s.has(c) && columnKind(t.get(c)!) !== null && columnKind(s.get(c)!) !== null);
  return wanted.map((column) => {
    has(column, "compared");
    if (key.includes(column)) throw new RangeError(`${caller} requires compared columns other than the key, got ${JSON.stringify(column)}`);
    const kinds = [columnKind(t.get(column)!), columnKind(s.get(column)!)];
    if (kinds[0] === null || kinds[1] === null) throw new RangeError(`${caller} requires numbers, text or booleans, got column ${JSON.stringify(column)} of type ${kinds[0] === null ? t.get(column) : s.get(column)}`);
    if (kinds[0] !== kinds[1]) throw new RangeError(`${caller} requires column ${JSON.stringify(column)} of one kind in both tables, got ${kinds[0]} (${t.get(column)}) in training and ${kinds[1]} (${s.get(column)}) in serving`);
    return {column, kind: kinds[0]!};
  });
}

/** A key value as JSON: numbers (64-bit integers as the nearest double), text, booleans, instants as ISO-8601 text; null for null. */
export type KeyValue = number | string | boolean | null;

/**
 * Row `i` of a key column as a plain value (see {@link KeyValue}); −0 becomes 0.
 *
 * @example keyValue(vectorFromArray([5n]), 0) // => 5
 */
export function keyValue(vector: Vector, i: number): KeyValue {
  const v = vector.get(i) as unknown;
  if (v === null || v === undefined) return null;
  const type = vector.type as DataType;
  if (DataType.isTimestamp(type) || DataType.isDate(type)) return new Date(Number(v instanceof Date ? v.getTime() : v)).toISOString();
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number") return v === 0 ? 0 : v;
  if (typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/**
 * Orders key tuples as DuckDB's ORDER BY does: column by column, numbers by value, text by
 * code point (UTF-8 byte order), false before true, ISO instants as text (which orders them).
 *
 * @example compareKeys([1, "b"], [1, "a"]) // => 1
 */
export function compareKeys(a: readonly KeyValue[], b: readonly KeyValue[]): number {
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x === y) continue;
    if (typeof x === "string" && typeof y === "string") {
      const c = byCodePoint(x, y);
      if (c !== 0) return c;
      continue;
    }
    return (x as number | boolean) < (y as number | boolean) ? -1 : 1;
  }
  return 0;
}

function byCodePoint(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const [x, y] = [a.codePointAt(i)!, b.codePointAt(i)!];
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}
