import {
  DateDay, Decimal, Dictionary, Float64, Int32, Int64, makeData, makeVector, Table, tableFromArrays,
  TimestampMicrosecond, TimestampMillisecond, TimestampNanosecond, TimestampSecond, Utf8, vectorFromArray,
} from "apache-arrow";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {fingerprintTable} from "../../../lib/fingerprint/index.js";

type Row = {id: number; amount: number | null; name: string | null; ts: number};

const rowArb = fc.record({
  id: fc.integer({min: -5, max: 5}),
  amount: fc.oneof(fc.constant(null), fc.constantFrom(0, -0, NaN, 1.5), fc.double()),
  name: fc.oneof(fc.constant(null), fc.constantFrom("", "a", "é", "日本"), fc.string()),
  ts: fc.integer({min: 0, max: 2e12}),
});

function toTable(rows: Row[]): Table {
  return new Table({
    id: vectorFromArray(rows.map((r) => r.id), new Int32()),
    amount: vectorFromArray(rows.map((r) => r.amount), new Float64()),
    name: vectorFromArray(rows.map((r) => r.name), new Utf8()),
    ts: vectorFromArray(rows.map((r) => r.ts), new TimestampMillisecond()),
  });
}

const fp = (rows: Row[], ordered = false) => fingerprintTable(toTable(rows), {ordered});
const same = (a: unknown, b: unknown) => Object.is(a, b) || (a === 0 && b === 0);

describe("fingerprintTable", () => {
  it("fingerprintTable(t) is equal for the rows in any order (property)", () => {
    fc.assert(
      fc.property(fc.array(rowArb, {maxLength: 30}).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, {minLength: rows.length, maxLength: rows.length}))), ([rows, shuffled]) => {
        expect(fp(shuffled)).toEqual(fp(rows));
      }),
    );
  });

  it("fingerprintTable(t) changes with any single changed value, in that column only (property)", () => {
    fc.assert(
      fc.property(fc.array(rowArb, {minLength: 1, maxLength: 20}), fc.nat(), fc.constantFrom("id", "amount", "name", "ts"), rowArb, (rows, at, key, other) => {
        const i = at % rows.length;
        const k = key as keyof Row;
        fc.pre(!same(rows[i]![k], other[k]) && !(Number.isNaN(rows[i]![k]) && Number.isNaN(other[k])));
        const changed = rows.map((r, j) => (j === i ? {...r, [k]: other[k]} : r));
        const a = fp(rows), b = fp(changed);
        expect(b.fingerprint).not.toBe(a.fingerprint);
        for (const name of ["id", "amount", "name", "ts"]) {
          if (name === k) expect(b.columns[name]).not.toBe(a.columns[name]);
          else expect(b.columns[name]).toBe(a.columns[name]);
        }
      }),
    );
  });

  it("fingerprintTable(t, {ordered: true}) changes when two different rows swap (property)", () => {
    fc.assert(
      fc.property(fc.array(rowArb, {minLength: 2, maxLength: 20}), fc.nat(), fc.nat(), (rows, x, y) => {
        const i = x % rows.length, j = y % rows.length;
        fc.pre(JSON.stringify(rows[i]) !== JSON.stringify(rows[j]));
        const swapped = [...rows];
        [swapped[i], swapped[j]] = [rows[j]!, rows[i]!];
        expect(fp(swapped, true).fingerprint).not.toBe(fp(rows, true).fingerprint);
        expect(fp(swapped).fingerprint).toBe(fp(rows).fingerprint);
      }),
    );
  });

  it("fingerprintTable(t) counts duplicates (a multiset, not a set)", () => {
    const a: Row = {id: 1, amount: 1, name: "a", ts: 0};
    const b: Row = {id: 2, amount: 2, name: "b", ts: 0};
    expect(fp([a, a, b]).fingerprint).not.toBe(fp([a, b, b]).fingerprint);
    expect(fp([a, a]).fingerprint).not.toBe(fp([a]).fingerprint);
    expect(fp([a, a, b]).fingerprint).toBe(fp([a, b, a]).fingerprint);
  });

  it("fingerprintTable(t) normalizes Int32, Int64 and integral Float64 of the same value", () => {
    const ints = fingerprintTable(tableFromArrays({x: Int32Array.of(3, -1, 0)}));
    const bigs = fingerprintTable(tableFromArrays({x: BigInt64Array.of(3n, -1n, 0n)}));
    const floats = fingerprintTable(tableFromArrays({x: Float64Array.of(3, -1, -0)}));
    expect(bigs).toEqual(ints);
    expect(floats).toEqual(ints);
    expect(fingerprintTable(tableFromArrays({x: Float64Array.of(3.5)}))).not.toEqual(fingerprintTable(tableFromArrays({x: Float64Array.of(3)})));
  });

  it("fingerprintTable(t) treats every NaN alike and null apart from 0, NaN and \"\"", () => {
    const nan2 = new Float64Array(new Uint32Array([1, 0x7ff00000]).buffer)[0]!; // a signalling NaN
    const f = (values: (number | null)[]) => fingerprintTable(new Table({x: vectorFromArray(values, new Float64())})).fingerprint;
    expect(f([nan2])).toBe(f([NaN]));
    expect(new Set([f([null]), f([0]), f([NaN])]).size).toBe(3);
    const s = (values: (string | null)[]) => fingerprintTable(new Table({x: vectorFromArray(values, new Utf8())})).fingerprint;
    expect(s([null])).not.toBe(s([""]));
  });

  it("fingerprintTable(t) gives the same instant alike in s, ms, µs and ns timestamps and as a date at midnight", () => {
    const ms = [Date.UTC(2026, 0, 1), Date.UTC(1969, 11, 31)];
    const at = (type: any, values: BigInt64Array | Int32Array) =>
      fingerprintTable(new Table({t: makeVector(makeData({type, length: values.length, data: values} as any))})).fingerprint;
    const reference = at(new TimestampMillisecond(), BigInt64Array.from(ms, BigInt));
    expect(at(new TimestampSecond(), BigInt64Array.from(ms, (v) => BigInt(v / 1000)))).toBe(reference);
    expect(at(new TimestampMicrosecond(), BigInt64Array.from(ms, (v) => BigInt(v) * 1000n))).toBe(reference);
    expect(at(new TimestampNanosecond(), BigInt64Array.from(ms, (v) => BigInt(v) * 1000000n))).toBe(reference);
    expect(at(new DateDay(), Int32Array.from(ms, (v) => v / 86_400_000))).toBe(reference);
    expect(at(new TimestampNanosecond(), BigInt64Array.from(ms, (v) => BigInt(v) * 1000000n + 1n))).not.toBe(reference);
  });

  it("fingerprintTable(t) reads a Decimal128 column as its numeric value", () => {
    const words = new Uint32Array([125, 0, 0, 0, -350 >>> 0, 0xffffffff, 0xffffffff, 0xffffffff]); // 1.25, -3.50
    const decimals = new Table({x: makeVector(makeData({type: new Decimal(2, 10, 128), length: 2, data: words} as any))});
    expect(fingerprintTable(decimals)).toEqual(fingerprintTable(tableFromArrays({x: Float64Array.of(1.25, -3.5)})));
  });

  it("fingerprintTable(t) reads a dictionary-encoded column as its strings", () => {
    const plain = new Table({c: vectorFromArray(["web", "pos", "web", null], new Utf8())});
    const dict = new Table({c: vectorFromArray(["web", "pos", "web", null], new Dictionary(new Utf8(), new Int32()))});
    expect(fingerprintTable(dict)).toEqual(fingerprintTable(plain));
  });

  it("fingerprintTable(t) ignores chunking, slicing and column order", () => {
    const whole = tableFromArrays({a: Int32Array.of(1, 2, 3, 4), b: ["w", "x", "y", "z"]});
    const chunked = whole.slice(0, 1).concat(whole.slice(1, 3), whole.slice(3));
    const reordered = whole.select(["b", "a"]);
    expect(fingerprintTable(chunked)).toEqual(fingerprintTable(whole));
    expect(fingerprintTable(reordered)).toEqual(fingerprintTable(whole));
    expect(fingerprintTable(whole.slice(1, 3))).toEqual(fingerprintTable(tableFromArrays({a: Int32Array.of(2, 3), b: ["x", "y"]})));
  });

  it("fingerprintTable(t, {columns}) covers those columns only and names a missing one", () => {
    const t = tableFromArrays({a: Int32Array.of(1, 2), b: Float64Array.of(5, 6)});
    const onlyA = fingerprintTable(t, {columns: ["a"]});
    expect(Object.keys(onlyA.columns)).toEqual(["a"]);
    expect(onlyA.fingerprint).toBe(fingerprintTable(tableFromArrays({a: Int32Array.of(2, 1)})).fingerprint);
    expect(() => fingerprintTable(t, {columns: ["nope"]})).toThrow(/fingerprintTable requires columns of the table \(a, b\), got "nope"/);
  });

  it("fingerprintTable(t) separates values from column names and counts rows", () => {
    expect(fingerprintTable(tableFromArrays({a: Int32Array.of(1)})).fingerprint).not.toBe(fingerprintTable(tableFromArrays({b: Int32Array.of(1)})).fingerprint);
    expect(fingerprintTable(tableFromArrays({a: Int32Array.of()}))).toMatchObject({rows: 0});
    expect(fingerprintTable(tableFromArrays({x: Int32Array.of(1, 2)})).columns.x).toBe("c72d2c91770273d2");
  });

  it("fingerprintTable(t) separates a value's bytes from its type (1, \"1\", true, 1 ms)", () => {
    const one = [
      tableFromArrays({x: Int32Array.of(1)}),
      new Table({x: vectorFromArray(["1"], new Utf8())}),
      tableFromArrays({x: [true]}),
      new Table({x: vectorFromArray([1], new TimestampMillisecond())}),
      new Table({x: vectorFromArray([1n], new Int64())}),
    ].map((t) => fingerprintTable(t).fingerprint);
    expect(new Set(one).size).toBe(4); // Int32 1 and Int64 1 agree
  });
});
