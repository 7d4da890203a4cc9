import {tableToIPC} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {driftWindows} from "../../../lib/synth/driftWindows.js";
import {column, quantile} from "./worldFixture.js";

const share = (values: string[], value: string) => values.filter((v) => v === value).length / values.length;
const amounts = (t: ReturnType<typeof driftWindows>["drift_current"]) => column<number | null>(t, "amount").filter((a): a is number => a !== null);

describe("driftWindows", () => {
  it("driftWindows(seed, rows, {strength: 0}) draws both windows from one distribution", () => {
    const {drift_reference: ref, drift_current: cur} = driftWindows(7, 20_000, {strength: 0});
    expect(quantile(amounts(cur), 0.5) / quantile(amounts(ref), 0.5)).toBeCloseTo(1, 1);
    expect(share(column(cur, "merchant_category"), "digital")).toBeCloseTo(share(column(ref, "merchant_category"), "digital"), 2);
  });
  it("strength 1 raises amounts and moves the category mix toward digital", () => {
    const {drift_reference: ref, drift_current: cur} = driftWindows(7, 20_000, {strength: 1});
    expect(quantile(amounts(cur), 0.5)).toBeGreaterThan(1.4 * quantile(amounts(ref), 0.5));
    expect(share(column(cur, "merchant_category"), "digital")).toBeGreaterThan(share(column(ref, "merchant_category"), "digital") + 0.05);
  });
  it("skew reports a share of current amounts in cents", () => {
    const {drift_current: cur} = driftWindows(7, 20_000, {strength: 0, skew: 0.3});
    expect(quantile(amounts(cur), 0.9)).toBeGreaterThan(1000);
  });
  it("the knobs leave drift_reference byte-identical", () => {
    const a = driftWindows(7, 1_000, {strength: 0}).drift_reference, b = driftWindows(7, 1_000, {strength: 1, skew: 1}).drift_reference;
    expect(Buffer.compare(tableToIPC(a, "file"), tableToIPC(b, "file"))).toBe(0);
  });
  it("driftWindows rejects knobs outside [0, 1]", () => {
    expect(() => driftWindows(7, 10, {skew: 2})).toThrow(/driftWindows requires skew in \[0, 1\]; got 2/);
  });
});
