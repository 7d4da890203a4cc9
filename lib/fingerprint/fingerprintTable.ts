import type {Table} from "apache-arrow";
import {fmix64, fnvByte, fnvStart, fnvWord, hex64, mixIn, type Hash64} from "./hash64.js";
import {valueHasher} from "./valueHasher.js";

/** Which columns to fingerprint, and whether row order counts. */
export interface FingerprintOptions {
  /** Columns to include (default: all). Their order does not matter: names are sorted. */
  readonly columns?: readonly string[];
  /** When true, the same rows in another order give another fingerprint (default false). */
  readonly ordered?: boolean;
}

/** The fingerprint CLI's JSON shape: overall and per-column digests, 16 hex digits each. */
export interface Fingerprint {
  readonly fingerprint: string;
  readonly rows: number;
  readonly columns: Record<string, string>;
}

/** A 64-bit accumulator: unordered = sum mod 2^64 (a multiset hash), ordered = a mixIn chain. */
class Accumulator {
  readonly h: Hash64;
  constructor(readonly ordered: boolean) {
    this.h = ordered ? fnvStart() : {hi: 0, lo: 0};
  }
  add(x: Hash64): void {
    if (this.ordered) return mixIn(this.h, x);
    const lo = this.h.lo + x.lo;
    this.h.lo = lo >>> 0;
    this.h.hi = (this.h.hi + x.hi + (lo > 0xffffffff ? 1 : 0)) >>> 0;
  }
  /** The digest: fmix64(FNV(prefix bytes, mode, row count, accumulator)). */
  digest(rows: number, prefix: Uint8Array = new Uint8Array(0)): string {
    const d = fnvStart();
    for (const b of prefix) fnvByte(d, b);
    fnvByte(d, this.ordered ? 1 : 0);
    fnvWord(d, rows >>> 0);
    fnvWord(d, Math.floor(rows / 4294967296) >>> 0);
    fnvWord(d, this.h.lo);
    fnvWord(d, this.h.hi);
    fmix64(d);
    return hex64(d);
  }
}

/**
 * A table fingerprint: a digest per column and one over whole rows, equal for the same
 * rows in any order (a sum of 64-bit row hashes mod 2^64 with the row count: a multiset
 * hash, so duplicates count) unless `ordered`. Values are normalized first (see
 * valueHasher), so the same data read from CSV or Parquet, by DuckDB or Arrow JS, agrees.
 * A column digest covers its values only; the overall one covers the sorted column names.
 * Throws when a requested column is missing.
 *
 * @example fingerprintTable(tableFromArrays({x: Int32Array.of(1, 2)})).columns.x // => "c72d2c91770273d2"
 * @example fingerprintTable(tableFromArrays({x: Int32Array.of(1, 2)})).rows // => 2
 */
export function fingerprintTable(table: Table, options: FingerprintOptions = {}): Fingerprint {
  const ordered = options.ordered ?? false;
  const available = table.schema.fields.map((f) => f.name);
  for (const name of options.columns ?? []) {
    if (!available.includes(name)) {
      throw new Error(`fingerprintTable requires columns of the table (${available.join(", ")}), got "${name}"`);
    }
  }
  const names = [...new Set(options.columns ?? available)].sort();
  const n = table.numRows;
  const rowHi = new Uint32Array(n).fill(fnvStart().hi);
  const rowLo = new Uint32Array(n).fill(fnvStart().lo);
  const value: Hash64 = {hi: 0, lo: 0};
  const row: Hash64 = {hi: 0, lo: 0};
  const columns: Record<string, string> = {};
  for (const name of names) {
    const column = new Accumulator(ordered);
    let r = 0;
    for (const chunk of table.getChild(name)!.data) {
      const hash = valueHasher(chunk);
      for (let i = 0; i < chunk.length; ++i, ++r) {
        hash(i, value);
        column.add(value);
        row.hi = rowHi[r]!;
        row.lo = rowLo[r]!;
        mixIn(row, value);
        rowHi[r] = row.hi;
        rowLo[r] = row.lo;
      }
    }
    columns[name] = column.digest(n);
  }
  const rows = new Accumulator(ordered);
  for (let r = 0; r < n; ++r) {
    row.hi = rowHi[r]!;
    row.lo = rowLo[r]!;
    fmix64(row);
    rows.add(row);
  }
  const header = new TextEncoder().encode(names.map((name) => `${name}\0`).join(""));
  return {fingerprint: rows.digest(n, header), rows: n, columns};
}
