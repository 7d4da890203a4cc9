import type {Table} from "apache-arrow";
import {fmix64, fnvStart, hex64, mixIn, type Hash64} from "./hash64.js";
import {valueHasher} from "./valueHasher.js";

/** One finished 64-bit hash per row, as two unsigned 32-bit halves. */
export interface RowHashes {
  readonly hi: Uint32Array;
  readonly lo: Uint32Array;
}

/**
 * The 64-bit hash of every row over `columns` (default: all; taken in sorted name order),
 * exactly the row hashes fingerprintTable sums: normalized values (valueHasher) chained
 * with mixIn from the FNV offset basis, then fmix64. Equal rows hash alike whatever
 * engine or file format they came from. Throws when a requested column is missing.
 *
 * @example hex64At(rowHashes(tableFromArrays({x: Int32Array.of(1, 1, 2)})), 1) === hex64At(rowHashes(tableFromArrays({x: Int32Array.of(1, 1, 2)})), 0) // => true
 */
export function rowHashes(table: Table, columns?: readonly string[]): RowHashes {
  const available = table.schema.fields.map((f) => f.name);
  for (const name of columns ?? []) {
    if (!available.includes(name)) throw new Error(`rowHashes requires columns of the table (${available.join(", ")}), got "${name}"`);
  }
  const names = [...new Set(columns ?? available)].sort();
  const n = table.numRows;
  const start = fnvStart();
  const hi = new Uint32Array(n).fill(start.hi);
  const lo = new Uint32Array(n).fill(start.lo);
  const value: Hash64 = {hi: 0, lo: 0};
  const row: Hash64 = {hi: 0, lo: 0};
  for (const name of names) {
    let r = 0;
    for (const chunk of table.getChild(name)!.data) {
      const hash = valueHasher(chunk);
      for (let i = 0; i < chunk.length; ++i, ++r) {
        hash(i, value);
        row.hi = hi[r]!;
        row.lo = lo[r]!;
        mixIn(row, value);
        hi[r] = row.hi;
        lo[r] = row.lo;
      }
    }
  }
  for (let r = 0; r < n; ++r) {
    row.hi = hi[r]!;
    row.lo = lo[r]!;
    fmix64(row);
    hi[r] = row.hi;
    lo[r] = row.lo;
  }
  return {hi, lo};
}

/**
 * Row r's hash as 16 hex digits.
 *
 * @example hex64At({hi: Uint32Array.of(255), lo: Uint32Array.of(1)}, 0) // => "000000ff00000001"
 */
export function hex64At(hashes: RowHashes, r: number): string {
  return hex64({hi: hashes.hi[r]!, lo: hashes.lo[r]!});
}
