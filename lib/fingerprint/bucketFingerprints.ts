import type {RowHashes} from "./rowHashes.js";

/** Per-bucket multiset fingerprints: row count and the sum of row hashes mod 2^64. */
export interface BucketFingerprints {
  readonly rows: Uint32Array;
  readonly hi: Uint32Array;
  readonly lo: Uint32Array;
}

const two32 = 4294967296;

/**
 * Which of `buckets` equal slices of the hash space a row hash falls in: its high 32 bits
 * scaled, floor(hi · buckets / 2^32). A row's bucket depends on the row alone, so the same
 * row lands in the same bucket on both sides, whatever the order or the engine.
 *
 * @example bucketOf(0x80000000, 4) // => 2
 */
export function bucketOf(hi: number, buckets: number): number {
  return Math.floor((hi / two32) * buckets);
}

/**
 * Fingerprints of the rows in each of `buckets` slices of the hash space (see bucketOf),
 * restricted to `rows` (indices; default all): per bucket the row count and the sum of
 * the row hashes mod 2^64, so equal for the same rows in any order and different when a
 * row changes, goes missing or is duplicated. Throws unless 1 ≤ buckets ≤ 2^21.
 *
 * @example bucketFingerprints({hi: Uint32Array.of(0, 0x80000000), lo: Uint32Array.of(5, 7)}, 2).rows // => Uint32Array [1, 1]
 */
export function bucketFingerprints(hashes: RowHashes, buckets: number, rows?: ArrayLike<number>): BucketFingerprints {
  if (!Number.isInteger(buckets) || buckets < 1 || buckets > 2 ** 21) {
    throw new Error(`bucketFingerprints requires an integer bucket count in [1, 2^21], got ${buckets}`);
  }
  const count = new Uint32Array(buckets), hi = new Uint32Array(buckets), lo = new Uint32Array(buckets);
  const n = rows ? rows.length : hashes.hi.length;
  for (let k = 0; k < n; ++k) {
    const r = rows ? rows[k]! : k;
    const h = hashes.hi[r]!;
    const b = bucketOf(h, buckets);
    const sum = lo[b]! + hashes.lo[r]!;
    lo[b] = sum >>> 0;
    hi[b] = (hi[b]! + h + (sum >= two32 ? 1 : 0)) >>> 0;
    count[b] = count[b]! + 1;
  }
  return {rows: count, hi, lo};
}

/** One bucket of two sides' bucket fingerprints side by side. */
export interface BucketComparison {
  readonly bucket: number;
  readonly rowsA: number;
  readonly rowsB: number;
  /** Same row count and same sum of row hashes. */
  readonly equal: boolean;
}

/**
 * Two sides' bucket fingerprints (of the same bucket count) compared bucket by bucket.
 * Throws when the bucket counts differ.
 *
 * @example compareBucketFingerprints(bucketFingerprints({hi: Uint32Array.of(0), lo: Uint32Array.of(1)}, 2), bucketFingerprints({hi: Uint32Array.of(0), lo: Uint32Array.of(2)}, 2)).map((b) => b.equal) // => [false, true]
 */
export function compareBucketFingerprints(a: BucketFingerprints, b: BucketFingerprints): BucketComparison[] {
  if (a.rows.length !== b.rows.length) {
    throw new Error(`compareBucketFingerprints requires the same bucket count on both sides, got ${a.rows.length} and ${b.rows.length}`);
  }
  return Array.from(a.rows, (rowsA, bucket) => ({
    bucket,
    rowsA,
    rowsB: b.rows[bucket]!,
    equal: rowsA === b.rows[bucket] && a.hi[bucket] === b.hi[bucket] && a.lo[bucket] === b.lo[bucket],
  }));
}
