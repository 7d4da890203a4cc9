import {tableFromArrays} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {applyPreprocess, fitPreprocess, outputAgreement} from "../../../lib/preprocess/index.js";
import {arrowTable} from "../arrowTable.js";

describe("outputAgreement", () => {
  it("outputAgreement(t, t) is every row equal, max difference 0", () => {
    const t = arrowTable({x: ["float", [1, null, 3]], s: ["text", ["a", null, "b"]]});
    expect(outputAgreement(t, t)).toEqual([
      {column: "x", rows: 3, equal: 3, nullMismatches: 0, maxAbsDiff: 0, close: 3},
      {column: "s", rows: 3, equal: 3, nullMismatches: 0, maxAbsDiff: 0, close: 3},
    ]);
  });

  it("outputAgreement counts unequal rows, null mismatches and the largest difference", () => {
    const a = arrowTable({x: ["float", [1, 2, null, 4]], s: ["text", ["a", "b", "c", "d"]]});
    const b = arrowTable({x: ["float", [1, 2.25, 5, 3.5]], s: ["text", ["a", "z", "c", "d"]]});
    expect(outputAgreement(a, b)).toEqual([
      {column: "x", rows: 4, equal: 1, nullMismatches: 1, maxAbsDiff: 0.5, close: 1},
      {column: "s", rows: 4, equal: 3, nullMismatches: 0, maxAbsDiff: NaN, close: 3},
    ]);
  });

  it("outputAgreement of a spec applied twice to the same rows is exact", () => {
    const t = tableFromArrays({x: Float64Array.of(3, 1, 4, 1, 5)});
    const spec = fitPreprocess(t, [{kind: "standard", column: "x"}]);
    expect(outputAgreement(applyPreprocess(spec, t), applyPreprocess(spec, t))[0]).toEqual({column: "x", rows: 5, equal: 5, nullMismatches: 0, maxAbsDiff: 0, close: 5});
  });

  it("outputAgreement counts rows within the tolerance as close, not as equal (the documented example)", () => {
    expect(outputAgreement(tableFromArrays({x: Float64Array.of(1, 2)}), tableFromArrays({x: Float64Array.of(1, 2.5)}), {tolerance: 0.5})).toEqual([{column: "x", rows: 2, equal: 1, nullMismatches: 0, maxAbsDiff: 0.5, close: 2}]);
    expect(outputAgreement(tableFromArrays({x: Float64Array.of(1, 2)}), tableFromArrays({x: Float64Array.of(1, 2.5)}), {tolerance: 0.49})[0]!.close).toBe(1);
    expect(() => outputAgreement(tableFromArrays({x: Float64Array.of(1)}), tableFromArrays({x: Float64Array.of(1)}), {tolerance: -1})).toThrow(/tolerance ≥ 0, got -1/);
  });

  it("outputAgreement requires the same rows and every column in the second table", () => {
    const t = tableFromArrays({x: Float64Array.of(1)});
    expect(() => outputAgreement(t, tableFromArrays({x: Float64Array.of(1, 2)}))).toThrow(/same row count, got 1 and 2/);
    expect(() => outputAgreement(t, tableFromArrays({y: Float64Array.of(1)}))).toThrow(/column "x" of the first table is missing/);
  });
});
