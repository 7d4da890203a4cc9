import {describe, expect, it} from "vitest";
import {labelBias} from "../../../lib/labels/index.js";

describe("labelBias", () => {
  it("labelBias(counts) gives the rate on arrived labels, with missing as legitimate, and the truth", () => {
    expect(labelBias({events: 100, arrived: 50, arrived_fraud: 2, fraud: 3})).toEqual({arrivedOnly: 0.04, missingAsLegit: 0.02, truth: 0.03, completeness: 0.5});
  });
  it("labelBias is NaN where nothing is known", () => {
    const bias = labelBias({events: 0, arrived: 0, arrived_fraud: 0, fraud: 0});
    expect([bias.arrivedOnly, bias.missingAsLegit, bias.truth, bias.completeness].every(Number.isNaN)).toBe(true);
  });
});
