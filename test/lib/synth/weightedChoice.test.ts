import {describe, expect, it} from "vitest";
import {createRng} from "../../../lib/synth/random.js";
import {weightedChoice} from "../../../lib/synth/weightedChoice.js";

describe("weightedChoice", () => {
  it("weightedChoice(weights) never picks a zero weight", () => {
    const pick = weightedChoice([0, 1, 0, 2]);
    for (let u = 0; u < 1; u += 0.001) expect([1, 3]).toContain(pick(u));
  });
  it("weightedChoice(weights) picks in proportion to the weights", () => {
    const pick = weightedChoice([1, 2, 7]);
    const rng = createRng(7, "choice");
    const counts = [0, 0, 0];
    for (let i = 0; i < 100_000; ++i) counts[pick(rng.uniform())]! += 1;
    expect(counts.map((c) => c / 100_000)).toEqual([expect.closeTo(0.1, 2), expect.closeTo(0.2, 2), expect.closeTo(0.7, 2)]);
  });
  it("weightedChoice rejects negative weights and an all-zero total", () => {
    expect(() => weightedChoice([1, -1])).toThrow(/finite weights ≥ 0; got -1 at 1/);
    expect(() => weightedChoice([0, 0])).toThrow(/positive total weight; got 0/);
  });
});
