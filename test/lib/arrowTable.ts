import {Bool, Float64, Int32, Table, TimestampMillisecond, Utf8, vectorFromArray, type DataType} from "apache-arrow";

const types = {
  int: () => new Int32(), float: () => new Float64(), text: () => new Utf8(), bool: () => new Bool(), time: () => new TimestampMillisecond(),
} satisfies Record<string, () => DataType>;

/** A column as tests write it: its kind and plain values, nulls allowed (times in epoch ms). */
export type ArrowColumn = [keyof typeof types, readonly unknown[]];

/** An Arrow table (the synthetic world's column types) from plain columns: `{amount: ["float", [1, null]]}`. */
export function arrowTable(columns: Record<string, ArrowColumn>): Table {
  const vectors = Object.fromEntries(Object.entries(columns).map(([name, [kind, values]]) => [name, vectorFromArray(values as unknown[], types[kind]() as DataType)]));
  return new Table(vectors);
}
