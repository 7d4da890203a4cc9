import {Float64, Int32, Table, TimestampMillisecond, Utf8, Bool, vectorFromArray, type DataType} from "apache-arrow";

const types = {int: () => new Int32(), float: () => new Float64(), ts: () => new TimestampMillisecond(), str: () => new Utf8(), bool: () => new Bool()};

/** A column as tests write it: its kind and plain values (timestamps in epoch ms). */
export type FixtureColumn = [keyof typeof types, unknown[]];

/** Builds an Arrow table (the synthetic world's column types) from plain columns. */
export function arrowTable(columns: Record<string, FixtureColumn>): Table {
  const vectors = Object.fromEntries(Object.entries(columns).map(([name, [kind, values]]) => [name, vectorFromArray(values, types[kind]() as DataType)]));
  return new Table(vectors);
}

/** The plain columns of a fixture, as the TypeScript references take them. */
export function plainColumns(columns: Record<string, FixtureColumn>): Record<string, unknown[]> {
  return Object.fromEntries(Object.entries(columns).map(([name, [, values]]) => [name, values]));
}

/** A small event table: lags of 0 s, 30 s, 2 h, 3 days, one null created time, one correction of txn 2. */
export const events = {
  txn_id: ["int", [1, 2, 3, 4, 5, 2, 6]],
  customer_id: ["int", [10, 10, 11, 12, null, 10, 11]],
  amount: ["float", [5, 7.5, null, 12, 3, 8, null]],
  event_timestamp: ["ts", [0, 60_000, 86_400_000, 90_000_000, 100_000, 60_000, 172_800_000]],
  created_timestamp: ["ts", [0, 90_000, 93_600_000, 349_200_000, null, 7_260_000, 172_800_500]],
  is_correction: ["bool", [false, false, false, false, false, true, false]],
} satisfies Record<string, FixtureColumn>;
