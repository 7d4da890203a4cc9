import {tableFromArrays} from "apache-arrow";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {chi2, chi2FromClassSums, classSums, classSumsFromRows, classSumsSql, correlationMatrix, correlationSql, fClassif, fClassifFromClassSums} from "../../../lib/selection/index.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";
import {columns, y} from "./selectionData.js";

const close = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-10 * Math.abs(want));

describe.each(engineFactories)("classSumsSql on %s", (_, create) => {
  const engine = useEngine(create, {
    t: tableFromArrays({label: Int32Array.from(y), a: Float64Array.from(columns.a), "the b": Float64Array.from(columns.b), c: Int32Array.from(columns.c)}),
    gaps: tableFromArrays({label: Int32Array.of(0, 0, 1, 1, 1), x: Float64Array.of(1, NaN, 3, 4, 5)}),
  });

  it("classSumsSql gives classSums per class; chi2 and fClassif from its rows equal the TypeScript ones", async () => {
    const rows = await rowsOf(engine(), classSumsSql({table: "t", label: "label", features: ["a", "the b", "c"]}));
    for (const [feature, values] of [["a", columns.a], ["the b", columns.b], ["c", columns.c]] as const) {
      const sums = classSumsFromRows(rows, feature);
      expect(sums.classes).toEqual([0, 1, 2]);
      expect(sums.count).toEqual(classSums(values, y).count);
      close(chi2FromClassSums(sums).statistic, chi2(values, y).statistic);
      close(fClassifFromClassSums(sums).statistic, fClassif(values, y).statistic);
    }
  });

  it("classSumsSql leaves NaN out as classSums does", async () => {
    const rows = await rowsOf(engine(), classSumsSql({table: "gaps", label: "label", features: ["x"]}));
    expect(classSumsFromRows(rows, "x")).toEqual(classSums([1, NaN, 3, 4, 5], [0, 0, 1, 1, 1]));
  });

  it("classSumsSql agrees with classSums on random columns (property)", async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.integer({min: 0, max: 1000}), fc.integer({min: 0, max: 2})), {minLength: 1, maxLength: 50}), async (pairs) => {
      await engine().loadArrow("r", tableFromArrays({label: Int32Array.from(pairs, (p) => p[1]), x: Float64Array.from(pairs, (p) => p[0] / 8)}));
      const rows = await rowsOf(engine(), classSumsSql({table: "r", label: "label", features: ["x"]}));
      expect(classSumsFromRows(rows, "x")).toEqual(classSums(pairs.map((p) => p[0] / 8), pairs.map((p) => p[1])));
    }), {numRuns: 15});
  });
});

describe.each(engineFactories)("correlationSql on %s", (_, create) => {
  const engine = useEngine(create, {
    t: tableFromArrays({a: Float64Array.from(columns.a), "the b": Float64Array.from(columns.b), c: Int32Array.from(columns.c), d: Float64Array.from(columns.d, (v, i) => (i % 7 === 0 ? NaN : v))}),
  });

  it("correlationSql gives correlationMatrix's Pearson r for every pair, NaN left out pairwise", async () => {
    const cols = {a: columns.a, "the b": columns.b, c: columns.c, d: columns.d.map((v, i) => (i % 7 === 0 ? NaN : v))};
    const [row] = await rowsOf(engine(), correlationSql({table: "t", features: Object.keys(cols)}));
    const matrix = correlationMatrix(cols, "pearson");
    const names = Object.keys(cols);
    expect(Object.keys(row!)).toEqual(["a~the b", "a~c", "a~d", "the b~c", "the b~d", "c~d"]);
    names.forEach((a, i) => names.slice(i + 1).forEach((b, k) => expect(row![`${a}~${b}`] as number).toBeCloseTo(matrix.values[i * 4 + i + 1 + k]!, 12)));
  });
});
