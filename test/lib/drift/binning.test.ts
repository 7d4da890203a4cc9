import {Table, Utf8, vectorFromArray} from "apache-arrow";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {binAgainst, binIndex, binLabels, categoricalBinning, categoryCounts, categoryCountsOf, categoryUnion, numericBinning, quantileEdges, textValues} from "../../../lib/drift/index.js";
import {bell, withNulls} from "./driftData.js";
import {goldens} from "./goldens.js";

describe("numericBinning", () => {
  it("numericBinning(values, 10) has numpy's quantile edges and searchsorted(side='right') counts", () => {
    const binning = numericBinning(withNulls(bell(1, 500), 37), 10);
    expect(binning.edges).toEqual(goldens.main.edges);
    expect(binning.counts).toEqual(goldens.main.reference);
    expect([binning.n, binning.nulls]).toEqual([486, 14]);
  });

  it("numericBinning removes duplicate edges of tied values", () => {
    const ties = bell(13, 400).map((v) => Math.floor(v / 10));
    const binning = numericBinning(ties, 5);
    expect(binning.edges).toEqual(goldens.ties.edges);
    expect(binning.counts).toEqual(goldens.ties.reference);
    expect(numericBinning([1, 1, 1, 1, 2], 4)).toEqual({kind: "numeric", edges: [1], counts: [0, 5], n: 5, nulls: 0});
  });

  it("numericBinning leaves nulls and NaN out and counts them", () => {
    expect(numericBinning([NaN, 1, null, 2, 3, NaN], 2)).toEqual({kind: "numeric", edges: [2], counts: [1, 2], n: 3, nulls: 3});
  });

  it("numericBinning of a constant column has one edge and everything in the bin above it", () => {
    expect(numericBinning([7, 7, 7], 10)).toEqual({kind: "numeric", edges: [7], counts: [0, 3], n: 3, nulls: 0});
  });

  it("numericBinning of no values has no edges and one empty bin", () => {
    expect(numericBinning([null, NaN], 10)).toEqual({kind: "numeric", edges: [], counts: [0], n: 0, nulls: 2});
  });

  it("numericBinning refuses ±Infinity and bins that are not a whole number ≥ 2", () => {
    expect(() => numericBinning([1, Infinity], 2)).toThrow("numericBinning requires finite numbers (nulls and NaN are left out), got Infinity at index 1");
    expect(() => numericBinning([1, -Infinity], 2)).toThrow(/got -Infinity/);
    for (const bins of [1, 2.5, 0, NaN]) expect(() => numericBinning([1, 2], bins)).toThrow(`numericBinning requires an integer number of bins ≥ 2, got ${bins}`);
  });

  it("numericBinning is invariant under reordering the values", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({min: -1e6, max: 1e6, noNaN: true}), fc.constant(null), fc.constant(NaN)), {maxLength: 60}), fc.integer({min: 2, max: 12}), fc.integer(), (values, bins, seed) => {
        const shuffled = values.map((v, i) => ({v, k: Math.imul(i + 1, seed | 1) >>> 0})).sort((a, b) => a.k - b.k).map((x) => x.v);
        expect(numericBinning(shuffled, bins)).toEqual(numericBinning(values, bins));
      }),
    );
  });

  it("numericBinning counts every value once, edges strictly ascending", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: -20, max: 20}), {minLength: 1, maxLength: 80}), fc.integer({min: 2, max: 20}), (values, bins) => {
        const b = numericBinning(values, bins);
        expect(b.counts.reduce((a, c) => a + c, 0)).toBe(values.length);
        expect(b.counts).toHaveLength(b.edges.length + 1);
        for (let i = 1; i < b.edges.length; i++) expect(b.edges[i]!).toBeGreaterThan(b.edges[i - 1]!);
      }),
    );
  });
});

describe("binIndex", () => {
  it("binIndex puts a value on an edge in the bin above it", () => {
    expect([0.5, 1, 1.5, 2, 3, 4].map((v) => binIndex([1, 2, 3], v))).toEqual([0, 1, 1, 2, 3, 3]);
  });

  it("binIndex(edges, edge) is the edge's index + 1, for any edges", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.double({noNaN: true, noDefaultInfinity: true}), {minLength: 1, maxLength: 30}), (raw) => {
        const edges = [...new Set(raw.map((e) => (Object.is(e, -0) ? 0 : e)))].sort((a, b) => a - b);
        edges.forEach((e, i) => expect(binIndex(edges, e)).toBe(i + 1));
      }),
    );
  });

  it("binIndex sends ±Infinity to the outer bins", () => {
    expect([binIndex([1, 2], -Infinity), binIndex([1, 2], Infinity)]).toEqual([0, 2]);
  });
});

describe("categoricalBinning", () => {
  it("categoricalBinning(values) sorts categories by code unit and leaves nulls out", () => {
    expect(categoricalBinning(["b", "a", null, "B", "", "b"])).toEqual({kind: "categorical", categories: ["", "B", "a", "b"], counts: [1, 1, 1, 2], n: 5, nulls: 1});
  });
});

describe("binAgainst", () => {
  it("binAgainst(categorical, current) takes the union of categories, new ones last with a reference count of 0", () => {
    const reference = categoricalBinning(["b", "a", "b", null]);
    expect(binAgainst(reference, ["z", "c", "a", null, null])).toEqual({labels: ["a", "b", "c", "z"], reference: [1, 2, 0, 0], current: [1, 0, 1, 1], currentN: 3, currentNulls: 2});
  });

  it("binAgainst(numeric, current) bins by the reference edges, a value on an edge above it, ±Infinity outside", () => {
    const reference = numericBinning([1, 2, 3, 4], 2); // edge 2.5
    expect(binAgainst(reference, [2.5, 2.4, NaN, null, Infinity, -Infinity])).toEqual({labels: ["(-∞, 2.5)", "[2.5, ∞)"], reference: [2, 2], current: [2, 2], currentN: 4, currentNulls: 2});
  });

  it("binLabels names half-open bins, open at both ends", () => {
    expect(binLabels([1, 2])).toEqual(["(-∞, 1)", "[1, 2)", "[2, ∞)"]);
    expect(binLabels([])).toEqual(["(-∞, ∞)"]);
  });
});

describe("quantileEdges", () => {
  it("quantileEdges reads only the order statistics around each (n − 1)·k/bins", () => {
    expect(quantileEdges([1, 1, 1, 2], 4)).toEqual([1, 1.25]);
    const sparse = {length: 4, 0: 1, 1: 1, 2: 1, 3: 2}; // an array-like, as driftReportSql passes
    expect(quantileEdges(sparse, 4)).toEqual([1, 1.25]);
  });
});

describe("categoryCountsOf", () => {
  it("categoryCountsOf(vector) counts a UTF-8 column by its bytes as categoryCounts(textValues) does, sliced or not", () => {
    const value = fc.oneof({weight: 5, arbitrary: fc.constantFrom("", "a", "b", "ab", "ba", "é", "e\u0301", "日本", "😀", "a\u0000b")}, {weight: 1, arbitrary: fc.constant(null)});
    fc.assert(
      fc.property(fc.array(value, {maxLength: 60}), fc.nat(10), (values, from) => {
        const vector = vectorFromArray(values, new Utf8());
        const sliced = new Table({s: vector}).slice(Math.min(from, values.length)).getChild("s")!;
        for (const v of [vector, sliced]) {
          const plain = textValues(v);
          const {counts, nulls} = categoryCountsOf(v);
          expect(new Map([...counts].sort())).toEqual(new Map([...categoryCounts(plain)].sort()));
          expect(nulls).toBe(plain.filter((x) => x === null).length);
        }
      }),
    );
  });
});

describe("categoryUnion", () => {
  it("categoryUnion puts the reference's categories first, then the new ones, each sorted", () => {
    expect(categoryUnion(new Map([["b", 2], ["a", 1]]), new Map([["c", 4], ["a", 3], ["B", 1]]))).toEqual({labels: ["a", "b", "B", "c"], reference: [1, 2, 0, 0], current: [3, 0, 1, 4]});
  });
});
