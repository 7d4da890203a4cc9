import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {bands, confusionAt, confusionCurve, decide, decisionTable} from "../../../lib/guardrails/index.js";

const seed = {scores: [0.05, 0.2, 0.45, 0.8, 0.95], policy: {thresholds: [0.7], actions: ["allow", "escalate"]}};

describe("decisionTable(scores, policy)", () => {
  it("reproduces the seed notebook: at 0.70 two of five requests escalate", () => {
    const d = decisionTable(seed.scores, seed.policy);
    expect(Array.from(d.codes, (c) => d.actions[c])).toEqual(["allow", "allow", "allow", "escalate", "escalate"]);
    expect(d.counts).toEqual([3, 2]);
  });
  it("a score equal to a threshold takes the higher action (np.where(scores >= t))", () => {
    expect(decide(0.7, seed.policy)).toBe("escalate");
    expect(decide(0.69, seed.policy)).toBe("allow");
  });
  it("walks several ordered thresholds", () => {
    const d = decisionTable([0, 0.3, 0.5, 0.9, 1], {thresholds: [0.3, 0.5, 0.9], actions: ["a", "b", "c", "d"]});
    expect(Array.from(d.codes)).toEqual([0, 1, 2, 3, 3]);
  });
  it("gives NaN scores no decision (code 255) and counts them", () => {
    const d = decisionTable([NaN, 0.9], seed.policy);
    expect([d.codes[0], d.missing, d.counts]).toEqual([255, 1, [0, 1]]);
    expect(decide(NaN, seed.policy)).toBeNull();
  });
  it("throws on a policy that does not fit, naming the function", () => {
    expect(() => decisionTable([0.1], {thresholds: [0.7], actions: ["allow"]})).toThrow(/decisionTable requires one more action than thresholds, got 1 actions and 1 thresholds/);
    expect(() => decide(0.1, {thresholds: [0.7, 0.3], actions: ["a", "b", "c"]})).toThrow(/decide requires ascending thresholds, got 0.7 then 0.3/);
  });
  it("counts sum to the scored rows, and decide agrees with the table (property)", () => {
    fc.assert(fc.property(fc.array(fc.double({min: 0, max: 1})), fc.array(fc.double({min: 0, max: 1, noNaN: true}), {maxLength: 4}), (scores, cuts) => {
      const thresholds = [...cuts].sort((a, b) => a - b);
      const policy = {thresholds, actions: ["a", "b", "c", "d", "e"].slice(0, thresholds.length + 1)};
      const d = decisionTable(scores, policy);
      expect(d.counts.reduce((s, c) => s + c, 0) + d.missing).toBe(scores.length);
      scores.forEach((s, i) => expect(decide(s, policy)).toBe(d.codes[i] === 255 ? null : policy.actions[d.codes[i]!]));
    }));
  });
});

describe("bands(scores, {review, block})", () => {
  it("splits allow / review / block at two thresholds", () => {
    const b = bands([0.05, 0.2, 0.45, 0.8, 0.95], {review: 0.4, block: 0.9});
    expect([b.allow, b.review, b.block]).toEqual([2, 2, 1]);
    expect(b.shares).toEqual({allow: 0.4, review: 0.4, block: 0.2});
  });
  it("with labels counts the positives in each band (NaN scores in none), null without", () => {
    expect(bands([0.05, 0.2, 0.45, 0.8, NaN, 0.95], {review: 0.4, block: 0.9}, [0, 1, 0, 1, 1, 1]).positives).toEqual({allow: 1, review: 1, block: 1});
    expect(bands([0.1], {review: 0.4, block: 0.9}).positives).toBeNull();
    expect(() => bands([0.1], {review: 0.4, block: 0.9}, [])).toThrow(/bands requires one label per score, got 0 labels and 1 scores/);
  });
  it("its positives per band agree with the confusion curve at the two thresholds (property)", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.double({min: 0, max: 1, noNaN: true}), fc.boolean())), fc.double({min: 0, max: 1, noNaN: true}), fc.double({min: 0, max: 1, noNaN: true}), (rows, a, b) => {
      const [review, block] = a <= b ? [a, b] : [b, a];
      const s = rows.map((r) => r[0]), y = rows.map((r) => r[1]);
      const p = bands(s, {review, block}, y).positives!;
      const curve = confusionCurve(s, y);
      expect(p.block).toBe(confusionAt(curve, block).tp);
      expect(p.review + p.block).toBe(confusionAt(curve, review).tp);
      expect(p.allow + p.review + p.block).toBe(curve.positives);
    }));
  });
  it("equal thresholds leave the review band empty", () => {
    expect(bands([0.1, 0.5, 0.9], {review: 0.5, block: 0.5}).review).toBe(0);
  });
  it("shares are of the scored rows and NaN without any", () => {
    expect(bands([NaN, 0.9], {review: 0.4, block: 0.8}).shares.block).toBe(1);
    expect(Number.isNaN(bands([], {review: 0.4, block: 0.8}).shares.allow)).toBe(true);
  });
  it("throws when review is above block", () => {
    expect(() => bands([0.1], {review: 0.9, block: 0.5})).toThrow(/bands requires review ≤ block, got review 0.9 and block 0.5/);
  });
});
