import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {closeEnough, driftAgreement, driftMetricsCheck, scanCheck, skippedCase, splitSkipped} from "../../bench/driftAgreement.js";

const column = (name: string, psi: number, ks: number | null = null) => ({column: name, psi, js: psi / 8, ks, wasserstein: ks === null ? null : 10 * ks, null_share_reference: 0.002, null_share_current: 0});

describe("driftMetricsCheck", () => {
  it("driftMetricsCheck keeps every metric at full precision, null where it does not apply, in the report's column order", () => {
    expect(driftMetricsCheck({columns: [column("b", 0.1 + 0.2, 0.03), column("a", 0.5)]})).toBe(
      'drift metrics {"b":[0.30000000000000004,0.037500000000000006,0.03,0.3,0.002,0],"a":[0.5,0.0625,null,null,0.002,0]}',
    );
  });
});

describe("scanCheck", () => {
  it("scanCheck prints each window's rows and each column's min..max, 64-bit integers as numbers", () => {
    expect(scanCheck({reference: {rows: 3, columns: {a: [1, 2.5], b: ["x", "z"]}}, current: {rows: 2, columns: {a: [10n, 12n], b: [null, null]}}})).toBe(
      "reference 3 rows: a 1..2.5, b x..z; current 2 rows: a 10..12, b null..null",
    );
  });
});

describe("closeEnough", () => {
  it("closeEnough is true within rtol of the larger magnitude, false beyond", () => {
    expect(closeEnough(1, 1 + 1e-12, 1e-9)).toBe(true);
    expect(closeEnough(1, 1 + 2e-9, 1e-9)).toBe(false);
    expect(closeEnough(-3, -3, 0)).toBe(true);
  });
  it("closeEnough: null equals only null, and 0 equals only 0", () => {
    expect(closeEnough(null, null, 1e-9)).toBe(true);
    expect(closeEnough(null, 0, 1e-9)).toBe(false);
    expect(closeEnough(0, 1e-300, 1e-9)).toBe(false);
  });
  it("closeEnough is symmetric and accepts a change of a few ulps", () => {
    fc.assert(fc.property(fc.double({noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300}), fc.double({noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300}), (a, b) => {
      expect(closeEnough(a, b, 1e-9)).toBe(closeEnough(b, a, 1e-9));
      expect(closeEnough(a, a * (1 + 4 * Number.EPSILON), 1e-9)).toBe(true);
    }));
  });
});

describe("driftAgreement", () => {
  const check = (...columns: ReturnType<typeof column>[]) => driftMetricsCheck({columns});
  it("driftAgreement accepts paths within 1e-9 relative and names the largest difference", () => {
    const result = driftAgreement([
      {case: "native", check: check(column("amount", 0.25, 0.125), column("channel", 0.01))},
      {case: "numpy", check: check(column("amount", 0.25 * (1 + 3e-15), 0.125), column("channel", 0.01))},
    ]);
    expect(result.agree).toBe(true);
    expect(result.text).toBe("all 2 paths agree to 1e-9 relative (largest relative difference 3.1e-15, amount psi, numpy): amount psi 0.25 js 0.03125 ks 0.125 wasserstein 1.25; channel psi 0.01 js 0.00125");
  });
  it("driftAgreement says all identical when no number differs", () => {
    expect(driftAgreement([{case: "a", check: check(column("x", 0.5))}, {case: "b", check: check(column("x", 0.5))}]).text).toContain("(all identical)");
  });
  it("driftAgreement fails a path 1e-8 away, a null against a number and a missing column, naming each", () => {
    const result = driftAgreement([
      {case: "ts", check: check(column("amount", 0.25, 0.125), column("channel", 0.01))},
      {case: "wasm", check: check(column("amount", 0.25 * (1 + 1e-8), 0.125), column("channel", 0.01))},
      {case: "cli", check: check(column("amount", 0.25, null))},
    ]);
    expect(result.agree).toBe(false);
    expect(result.text).toBe([
      "PATHS DISAGREE beyond 1e-9 relative (against ts):",
      "  wasm: amount psi 0.2500000025 vs 0.25; amount js 0.0312500003125 vs 0.03125",
      "  cli: amount ks null vs 0.125; amount wasserstein null vs 1.25; column channel missing",
    ].join("\n"));
  });
  it("driftAgreement compares other checks exactly, as report.ts's agreement does", () => {
    expect(driftAgreement([{case: "a", check: "n 3"}, {case: "b", check: "n 3"}])).toEqual({agree: true, text: "all 2 paths agree: n 3"});
    expect(driftAgreement([{case: "a", check: "n 3"}, {case: "b", check: "n 4"}]).agree).toBe(false);
  });
});

describe("splitSkipped", () => {
  it("splitSkipped separates the skipped cases and says why each did not run", () => {
    const ran = {suite: "drift", case: "typescript scan", extra: {threads: 1}};
    const {ran: kept, skipped, notes} = splitSkipped([ran, skippedCase("drift", "numpy compute", "python3 cannot import numpy and scipy: ModuleNotFoundError: No module named 'scipy'")]);
    expect(kept).toEqual([ran]);
    expect(skipped.map((c) => c.case)).toEqual(["numpy compute"]);
    expect(notes).toEqual(["drift numpy compute: skipped (python3 cannot import numpy and scipy: ModuleNotFoundError: No module named 'scipy')"]);
  });
});
