import {tableFromArrays} from "apache-arrow";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {confusionCurve, confusionCurveSql, curveTable, expectedCost} from "../../../lib/guardrails/index.js";
import {outputAgreement} from "../../../lib/preprocess/index.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";

const n = 2000;
const scores = Float64Array.from({length: n}, (_, i) => (i % 97 === 5 ? NaN : ((i * 7919) % 331) / 331));
const labels = Int32Array.from({length: n}, (_, i) => (((i * 104729) % 10) < Math.floor((((i * 7919) % 331) * 10) / 331) ? 1 : 0));

/** The TypeScript reference as the rows the query returns. */
function referenceRows(s: ArrayLike<number>, y: ArrayLike<number | boolean>, costs?: {falsePositive: number; falseNegative: number}) {
  const c = confusionCurve(s, y);
  const cost = costs && expectedCost(c, costs);
  return Array.from(c.thresholds, (threshold, i) => ({
    threshold, tp: c.tp[i], fp: c.fp[i], fn: c.fn[i], tn: c.tn[i], precision: c.precision[i], recall: c.recall[i], fpr: c.fpr[i],
    ...(cost ? {total_cost: cost.total[i], cost_per_row: cost.perRow[i], best: i === cost.best.index} : {}),
  }));
}

describe.each(engineFactories)("confusionCurveSql on %s", (_, create) => {
  const engine = useEngine(create, {
    scored: tableFromArrays({p: scores, y: labels}),
    flags: tableFromArrays({"the score": Float64Array.of(0.1, 0.4, 0.35, 0.8), "is fraud": [false, false, true, true]}),
  });

  it("equals confusionCurve row for row (ties, NaN scores), to the bit", async () => {
    expect(await rowsOf(engine(), confusionCurveSql({table: "scored", score: "p", label: "y"}))).toEqual(referenceRows(scores, labels));
  });
  it("with costs equals expectedCost: total, per row and the best row", async () => {
    const costs = {falsePositive: 5, falseNegative: 120};
    expect(await rowsOf(engine(), confusionCurveSql({table: "scored", score: "p", label: "y"}, costs))).toEqual(referenceRows(scores, labels, costs));
  });
  it("curveTable(curve, costs) agrees with its result column by column (outputAgreement: every row equal)", async () => {
    const costs = {falsePositive: 5, falseNegative: 120};
    const result = await engine().query(confusionCurveSql({table: "scored", score: "p", label: "y"}, costs));
    const agreement = outputAgreement(curveTable(confusionCurve(scores, labels), costs), result);
    expect(agreement.map((c) => c.column)).toEqual(["threshold", "tp", "fp", "fn", "tn", "precision", "recall", "fpr", "total_cost", "cost_per_row"]);
    for (const c of agreement) expect(c.equal).toBe(result.numRows);
  });
  it("quotes names and reads boolean labels", async () => {
    const rows = await rowsOf(engine(), confusionCurveSql({table: "flags", score: "the score", label: "is fraud"}, {falsePositive: 1, falseNegative: 5}));
    expect(rows.map((r) => [r.threshold, r.tp, r.fp, r.total_cost, r.best])).toEqual([[Infinity, 0, 0, 10, false], [0.8, 1, 0, 5, false], [0.4, 1, 1, 6, false], [0.35, 2, 1, 1, true], [0.1, 2, 2, 2, false]]);
  });
  it("equals confusionCurve and expectedCost on random scored tables (property)", async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.tuple(fc.oneof(fc.double({min: 0, max: 1, noNaN: true}), fc.constantFrom(0, 0.5, 1, NaN)), fc.boolean()), {maxLength: 60}),
      fc.record({falsePositive: fc.integer({min: 0, max: 50}), falseNegative: fc.integer({min: 0, max: 500})}),
      async (rows, costs) => {
        const s = Float64Array.from(rows, (r) => r[0]), y = Int32Array.from(rows, (r) => (r[1] ? 1 : 0));
        await engine().loadArrow("random_scored", tableFromArrays({s, y}));
        expect(await rowsOf(engine(), confusionCurveSql({table: "random_scored", score: "s", label: "y"}, costs))).toEqual(referenceRows(s, y, costs));
      },
    ), {numRuns: 25});
  });
});
