import {tableFromArrays} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {auc, aucSql} from "../../../lib/leakage/index.js";
import {engineFactories, rowsOf, useEngine} from "../profile/engines.js";

const scores = Float64Array.from({length: 500}, (_, i) => ((i * 7919) % 97) / 97);
const labels = Int32Array.from({length: 500}, (_, i) => ((i * 104729) % 11 < 3 ? 1 : 0));

describe.each(engineFactories)("aucSql on %s", (_, create) => {
  const engine = useEngine(create, {
    scored: tableFromArrays({p: scores, y: labels}),
    small: tableFromArrays({"the score": Float64Array.of(0.1, 0.4, 0.35, 0.8, NaN), y: Int32Array.of(0, 0, 1, 1, 1)}),
  });

  it("matches auc on scores with ties", async () => {
    const [row] = await rowsOf(engine(), aucSql({table: "scored", score: "p", label: "y"}));
    expect(row!.auc).toBeCloseTo(auc(scores, labels), 12);
    expect(row!.positives).toBe(labels.filter((y) => y === 1).length);
  });
  it("quotes names and leaves NaN scores out", async () => {
    const [row] = await rowsOf(engine(), aucSql({table: "small", score: "the score", label: "y"}));
    expect(row).toEqual({auc: 0.75, positives: 2, negatives: 2});
  });
});
