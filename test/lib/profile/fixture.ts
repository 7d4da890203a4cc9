import type {ArrowColumn} from "../arrowTable.js";

/** The plain columns of a fixture, as the TypeScript references take them. */
export function plainColumns(columns: Record<string, ArrowColumn>): Record<string, unknown[]> {
  return Object.fromEntries(Object.entries(columns).map(([name, [, values]]) => [name, values as unknown[]]));
}

/** A small event table: lags of 0 s, 30 s, 2 h, 3 days, one null created time, one correction of txn 2. */
export const events = {
  txn_id: ["int", [1, 2, 3, 4, 5, 2, 6]],
  customer_id: ["int", [10, 10, 11, 12, null, 10, 11]],
  amount: ["float", [5, 7.5, null, 12, 3, 8, null]],
  event_timestamp: ["time", [0, 60_000, 86_400_000, 90_000_000, 100_000, 60_000, 172_800_000]],
  created_timestamp: ["time", [0, 90_000, 93_600_000, 349_200_000, null, 7_260_000, 172_800_500]],
  is_correction: ["bool", [false, false, false, false, false, true, false]],
} satisfies Record<string, ArrowColumn>;
