import {Float64, Int32, Table, tableFromArrays, Utf8, vectorFromArray} from "apache-arrow";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {bucketFingerprints, bucketOf, compareBucketFingerprints, fingerprintTable, hex64At, locateDifference, rowHashes} from "../../../lib/fingerprint/index.js";

type Row = {id: number; amount: number | null; name: string | null};

const rowArb = fc.record({
  id: fc.integer({min: 0, max: 6}),
  amount: fc.oneof(fc.constant(null), fc.constantFrom(0, -0, NaN, 1.5, 1.5 + 2 ** -40)),
  name: fc.oneof(fc.constant(null), fc.constantFrom("", "a", "b")),
});

function toTable(rows: Row[]): Table {
  return new Table({
    id: vectorFromArray(rows.map((r) => r.id), new Int32()),
    amount: vectorFromArray(rows.map((r) => r.amount), new Float64()),
    name: vectorFromArray(rows.map((r) => r.name), new Utf8()),
  });
}

/** The multiset difference by brute force: each row of a matched with an equal row of b, by hash. */
function bruteDifference(a: Table, b: Table): {onlyA: number[]; onlyB: number[]} {
  const ha = rowHashes(a), hb = rowHashes(b);
  const used = new Set<number>();
  const onlyA: number[] = [];
  for (let i = 0; i < a.numRows; ++i) {
    let match = -1;
    for (let j = 0; j < b.numRows && match < 0; ++j) if (!used.has(j) && hex64At(ha, i) === hex64At(hb, j)) match = j;
    if (match >= 0) used.add(match);
    else onlyA.push(i);
  }
  const onlyB = Array.from({length: b.numRows}, (_, j) => j).filter((j) => !used.has(j));
  return {onlyA, onlyB};
}

/** Brute force "same multiset": the difference as the sorted hex hashes of each side's unmatched rows. */
const hexes = (h: ReturnType<typeof rowHashes>, rows: number[]) => rows.map((r) => hex64At(h, r)).sort();

describe("rowHashes", () => {
  it("rowHashes(t) gives equal rows equal hashes and rows differing in one value different ones", () => {
    const h = rowHashes(tableFromArrays({x: Int32Array.of(1, 1, 2), y: Float64Array.of(0.5, 0.5, 0.5)}));
    expect(hex64At(h, 0)).toBe(hex64At(h, 1));
    expect(hex64At(h, 0)).not.toBe(hex64At(h, 2));
  });

  it("rowHashes(t) does not depend on the column order and normalizes 3 (Int32) = 3.0 (Float64)", () => {
    const a = rowHashes(tableFromArrays({x: Int32Array.of(3), y: Float64Array.of(0.25)}));
    const b = rowHashes(tableFromArrays({y: Float64Array.of(0.25), x: Float64Array.of(3)}));
    expect(hex64At(a, 0)).toBe(hex64At(b, 0));
  });

  it("rowHashes and fingerprintTable notice the same differences: equal multisets of row hashes iff equal fingerprints (property)", () => {
    fc.assert(fc.property(fc.array(rowArb, {maxLength: 12}), fc.array(rowArb, {maxLength: 12}), fc.boolean(), (ra, rb, reuse) => {
      const a = toTable(ra), b = toTable(reuse ? [...ra].reverse() : rb);
      const ha = rowHashes(a), hb = rowHashes(b);
      const all = (h: typeof ha, n: number) => hexes(h, Array.from({length: n}, (_, i) => i));
      expect(all(ha, a.numRows).join() === all(hb, b.numRows).join()).toBe(fingerprintTable(a).fingerprint === fingerprintTable(b).fingerprint);
    }));
  });

  it("rowHashes(t, [\"nope\"]) throws naming the function and the column", () => {
    expect(() => rowHashes(tableFromArrays({x: Int32Array.of(1)}), ["nope"])).toThrow(/rowHashes requires columns of the table \(x\), got "nope"/);
  });
});

describe("bucketFingerprints", () => {
  it("bucketOf(hi, buckets) cuts the 32-bit range into equal slices", () => {
    expect([bucketOf(0, 4), bucketOf(0x3fffffff, 4), bucketOf(0x40000000, 4), bucketOf(0xffffffff, 4)]).toEqual([0, 0, 1, 3]);
  });

  it("bucketFingerprints sums hashes mod 2^64 with the carry from the low half", () => {
    const f = bucketFingerprints({hi: Uint32Array.of(1, 2), lo: Uint32Array.of(0xffffffff, 2)}, 1);
    expect([f.rows[0], f.hi[0], f.lo[0]]).toEqual([2, 4, 1]);
  });

  it("compareBucketFingerprints marks the bucket whose sum differs and throws on different bucket counts", () => {
    const a = bucketFingerprints({hi: Uint32Array.of(0, 0xf0000000), lo: Uint32Array.of(1, 1)}, 2);
    const b = bucketFingerprints({hi: Uint32Array.of(0, 0xf0000000), lo: Uint32Array.of(1, 2)}, 2);
    expect(compareBucketFingerprints(a, b)).toEqual([{bucket: 0, rowsA: 1, rowsB: 1, equal: true}, {bucket: 1, rowsA: 1, rowsB: 1, equal: false}]);
    expect(() => compareBucketFingerprints(a, bucketFingerprints({hi: new Uint32Array(0), lo: new Uint32Array(0)}, 3))).toThrow(/same bucket count on both sides, got 2 and 3/);
  });

  it("bucketFingerprints(h, 0) throws", () => {
    expect(() => bucketFingerprints({hi: new Uint32Array(0), lo: new Uint32Array(0)}, 0)).toThrow(/bucketFingerprints requires an integer bucket count/);
  });

  it("bucketFingerprints ignore row order (property)", () => {
    fc.assert(fc.property(fc.array(rowArb, {maxLength: 40}), fc.integer({min: 1, max: 64}), fc.integer(), (rows, buckets, seed) => {
      const shuffled = [...rows].map((r, i) => ({r, k: Math.imul(i + 1, seed | 1) >>> 0})).sort((x, y) => x.k - y.k).map((x) => x.r);
      expect(bucketFingerprints(rowHashes(toTable(shuffled)), buckets)).toEqual(bucketFingerprints(rowHashes(toTable(rows)), buckets));
    }));
  });

  it("bucketFingerprints differ in exactly the buckets of a changed row's old and new hash (property)", () => {
    fc.assert(fc.property(fc.array(rowArb, {minLength: 1, maxLength: 40}), rowArb, fc.nat(), fc.integer({min: 1, max: 64}), (rows, replacement, at, buckets) => {
      const i = at % rows.length;
      const changed = rows.map((r, k) => (k === i ? replacement : r));
      const ha = rowHashes(toTable(rows)), hb = rowHashes(toTable(changed));
      const fa = bucketFingerprints(ha, buckets), fb = bucketFingerprints(hb, buckets);
      const differing = Array.from({length: buckets}, (_, b) => b).filter((b) => fa.rows[b] !== fb.rows[b] || fa.hi[b] !== fb.hi[b] || fa.lo[b] !== fb.lo[b]);
      const expected = hex64At(ha, i) === hex64At(hb, i) ? [] : [...new Set([bucketOf(ha.hi[i]!, buckets), bucketOf(hb.hi[i]!, buckets)])].sort((x, y) => x - y);
      expect(differing).toEqual(expected);
    }));
  });
});

describe("locateDifference", () => {
  it("locateDifference(h, h) compares one fingerprint and no row", () => {
    const h = rowHashes(tableFromArrays({x: Int32Array.from({length: 1000}, (_, i) => i)}));
    const d = locateDifference(h, h);
    expect([d.onlyA, d.onlyB, d.fingerprintsCompared, d.rowsCompared]).toEqual([[], [], 1, 0]);
  });

  it("locateDifference finds the one changed row of 20,000 comparing a few hundred rows at most", () => {
    const n = 20_000;
    const x = Float64Array.from({length: n}, (_, i) => i * 0.5);
    const y = x.slice();
    y[12_345] = y[12_345]! + 1e-9;
    const d = locateDifference(rowHashes(tableFromArrays({x})), rowHashes(tableFromArrays({x: y})), {fanout: 16, leafRows: 8});
    expect([d.onlyA, d.onlyB]).toEqual([[12_345], [12_345]]);
    expect(d.rowsCompared).toBeLessThanOrEqual(4 * 8);
    expect(d.fingerprintsCompared).toBeLessThan(200);
  });

  it("locateDifference notices a duplicated row and ignores a reordering", () => {
    const a = rowHashes(tableFromArrays({x: Int32Array.of(1, 2, 3)}));
    expect(locateDifference(a, rowHashes(tableFromArrays({x: Int32Array.of(3, 1, 2, 2)}))).onlyB).toEqual([3]);
    expect(locateDifference(a, rowHashes(tableFromArrays({x: Int32Array.of(3, 1, 2)}))).fingerprintsCompared).toBe(1);
  });

  it("locateDifference finds exactly the multiset difference, at any fanout and leaf size (property)", () => {
    fc.assert(fc.property(fc.array(rowArb, {maxLength: 60}), fc.array(rowArb, {maxLength: 60}), fc.integer({min: 2, max: 32}), fc.integer({min: 1, max: 10}), (ra, rb, fanout, leafRows) => {
      const a = toTable(ra), b = toTable([...ra.slice(0, Math.floor(ra.length / 2)), ...rb]);
      const ha = rowHashes(a), hb = rowHashes(b);
      const found = locateDifference(ha, hb, {fanout, leafRows});
      const brute = bruteDifference(a, b);
      expect(hexes(ha, found.onlyA)).toEqual(hexes(ha, brute.onlyA));
      expect(hexes(hb, found.onlyB)).toEqual(hexes(hb, brute.onlyB));
      expect(found.rowsCompared).toBeLessThanOrEqual(a.numRows + b.numRows);
    }));
  });

  it("locateDifference(a, b, {fanout: 1}) throws naming the option", () => {
    const h = {hi: new Uint32Array(0), lo: new Uint32Array(0)};
    expect(() => locateDifference(h, h, {fanout: 1})).toThrow(/locateDifference requires an integer fanout in \[2, 4096\], got 1/);
  });
});
