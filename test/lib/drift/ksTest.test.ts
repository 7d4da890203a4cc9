import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {ksPValue, ksStatisticSorted, ksTest, kstwoSf, smirnov, wasserstein} from "../../../lib/drift/index.js";
import {roundHalfEven} from "../../../lib/drift/ksTest.js";
import {bell} from "./driftData.js";
import {goldens} from "./goldens.js";
import {kstwoGoldens} from "./kstwoGoldens.js";

const close = (got: number, want: number, rel = 1e-9) => expect(Math.abs(got - want)).toBeLessThanOrEqual(rel * Math.abs(want));

describe("kstwoSf", () => {
  it("kstwoSf(d, n) equals scipy's kstwo.sf to 1e-9 relative at 230+ points over every method", () => {
    // The 2·smirnov sums at n ≥ 500000 take a second each: every third of them is enough here.
    const quick = kstwoGoldens.filter(([d, n], i) => n < 500_000 || n > 1_000_000 || n * d * d < 2.2 || n * d * d >= 370 || i % 3 === 0);
    expect(quick.length).toBeGreaterThan(230);
    for (const [d, n, want] of quick) {
      const got = kstwoSf(d, n);
      if (Math.abs(got - want) > 1e-9 * Math.abs(want)) expect({d, n, got}).toEqual({d, n, got: want});
    }
  });

  it("kstwoSf is 1 at d ≤ 1/2n and 0 at d ≥ 1", () => {
    expect([kstwoSf(0, 5), kstwoSf(0.1, 5), kstwoSf(1, 5), kstwoSf(1.5, 5)]).toEqual([1, 1, 0, 0]);
  });

  it("kstwoSf falls as d grows (n = 1000)", () => {
    const ds = Array.from({length: 200}, (_, i) => (i + 1) / 400);
    const sf = ds.map((d) => kstwoSf(d, 1000));
    for (let i = 1; i < sf.length; i++) expect(sf[i]!).toBeLessThanOrEqual(sf[i - 1]!);
  });

  it("kstwoSf refuses a sample size that is not a whole number ≥ 1", () => {
    expect(() => kstwoSf(0.1, 2.5)).toThrow("kstwoSf requires a whole sample size n ≥ 1, got 2.5");
    expect(() => kstwoSf(0.1, 0)).toThrow(/got 0/);
  });
});

describe("smirnov", () => {
  it("smirnov(n, x) equals scipy.special.smirnov", () => {
    // python3 -c "import scipy.special as sp; print([float(sp.smirnov(n, x)) for n, x in [(10, 0.3), (1000, 0.05), (100, 0.9), (5, 0.1)]])"
    const want = [0.1354635556, 0.006506037390545166, 1.0266919706532879e-100, 0.85359];
    [[10, 0.3], [1000, 0.05], [100, 0.9], [5, 0.1]].forEach(([n, x], i) => close(smirnov(n!, x!), want[i]!, 1e-12));
  });
});

describe("ksTest", () => {
  it("ksTest(a, b) equals scipy's ks_2samp(method='asymp') on the golden samples (1e-9 relative)", () => {
    const cases = {
      same: [bell(3, 300), bell(4, 300)],
      small: [bell(5, 30), bell(6, 45, 6)],
      small_far: [bell(7, 30), bell(8, 45, 40)],
      large_far: [bell(9, 3000), bell(10, 2000, 6)],
      large_near: [bell(11, 3000), bell(12, 2000, 0.5)],
      pelz_good: [bell(17, 200000), bell(18, 150000, 0.4)],
    } as const;
    for (const [name, [a, b]] of Object.entries(cases)) {
      const g = goldens[name as keyof typeof cases];
      const {statistic, pValue} = ksTest(a, b);
      expect(statistic).toBe(g.ks);
      close(pValue, g.ks_p_value);
    }
  });

  it("ksTest matches scipy on small hand cases, ties and infinities", () => {
    // python3 -c "import scipy.stats as st; print(st.ks_2samp([1,2,3,4],[3,4,5,6,7],method='asymp').pvalue, st.ks_2samp([1,2,2,3],[2]*6,method='asymp'), st.ks_2samp([float('-inf'),1,2,float('inf')],[0,1,5],method='asymp'))"
    expect(ksTest([1, 2, 3, 4], [3, 4, 5, 6, 7])).toEqual({statistic: 0.6, pValue: 0.32000000000000006});
    expect(ksTest([1, 2, 2, 3], [2, 2, 2, 2, 2, 2])).toEqual({statistic: 0.25, pValue: 1});
    expect(ksTest([-Infinity, 1, 2, Infinity], [0, 1, 5])).toEqual({statistic: 0.25, pValue: 1});
    // python3 -c "import scipy.stats as st; print(st.ks_2samp(list(range(5)), [3.5]*3, method='asymp').pvalue)"
    expect(ksTest([0, 1, 2, 3, 4], [3.5, 3.5, 3.5])).toEqual({statistic: 0.8, pValue: 0.07999999999999996});
  });

  it("ksTest leaves nulls and NaN out and refuses an empty window", () => {
    expect(ksTest([1, null, NaN, 2, 3, 4], [3, 4, 5, 6, 7])).toEqual(ksTest([1, 2, 3, 4], [3, 4, 5, 6, 7]));
    expect(() => ksTest([null, NaN], [1])).toThrow("ksTest requires values in both windows, got none in the reference window (2 nulls or NaN)");
  });

  it("ksTest statistic is in [0, 1], 0 for identical samples, and symmetric", () => {
    const sample = fc.array(fc.double({min: -100, max: 100, noNaN: true}), {minLength: 1, maxLength: 40});
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const {statistic, pValue} = ksTest(a, b);
        expect(statistic).toBeGreaterThanOrEqual(0);
        expect(statistic).toBeLessThanOrEqual(1);
        if (a.length + b.length > 2) expect(pValue >= 0 && pValue <= 1).toBe(true);
        expect(ksTest(b, a).statistic).toBe(statistic);
        expect(ksTest(a, a).statistic === 0).toBe(true); // 0 or -0
      }),
    );
  });

  it("ksStatisticSorted is the largest gap between the empirical CDFs, checked by brute force", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: 0, max: 9}), {minLength: 1, maxLength: 30}), fc.array(fc.integer({min: 0, max: 9}), {minLength: 1, maxLength: 30}), (a, b) => {
        const cdf = (s: number[], v: number) => s.filter((x) => x <= v).length / s.length;
        const brute = Math.max(...[...a, ...b].map((v) => Math.abs(cdf(a, v) - cdf(b, v))));
        expect(ksStatisticSorted(a.sort((x, y) => x - y), b.sort((x, y) => x - y))).toBeCloseTo(brute, 14);
      }),
    );
  });

  it("ksPValue rounds n1·n2/(n1 + n2) half to even, as numpy", () => {
    expect([roundHalfEven(2.5), roundHalfEven(3.5), roundHalfEven(2.4), roundHalfEven(18)]).toEqual([2, 4, 2, 18]);
    // n1 = 5, n2 = 5 → 2.5 → 2
    expect(ksPValue(0.5, 5, 5)).toBe(kstwoSf(0.5, 2));
    // python3 -c "import scipy.stats as st; print(st.ks_2samp([0], [1], method='asymp').pvalue)"  (nan: round(0.5) = 0)
    expect(ksPValue(1, 1, 1)).toBeNaN();
  });
});

describe("wasserstein", () => {
  it("wasserstein(a, b) equals scipy's wasserstein_distance on the golden samples (1e-9 relative)", () => {
    close(wasserstein(bell(3, 300), bell(4, 300)), goldens.same.wasserstein);
    close(wasserstein(bell(9, 3000), bell(10, 2000, 6)), goldens.large_far.wasserstein);
    close(wasserstein(bell(17, 200000), bell(18, 150000, 0.4)), goldens.pelz_good.wasserstein);
  });

  it("wasserstein matches small hand cases and is symmetric, 0 for the same sample", () => {
    // python3 -c "import scipy.stats as st; print(st.wasserstein_distance([1,2,2,3],[2]*6), st.wasserstein_distance([0,10],[5]))"
    expect(wasserstein([1, 2, 2, 3], [2, 2, 2, 2, 2, 2])).toBe(0.5);
    expect(wasserstein([0, 10], [5])).toBe(5);
    fc.assert(
      fc.property(fc.array(fc.integer({min: -50, max: 50}), {minLength: 1, maxLength: 30}), fc.array(fc.integer({min: -50, max: 50}), {minLength: 1, maxLength: 30}), (a, b) => {
        expect(wasserstein(a, b)).toBeCloseTo(wasserstein(b, a), 10);
        expect(wasserstein(a, a)).toBe(0);
      }),
    );
  });

  it("wasserstein of a sample and its shift by c is |c|", () => {
    const a = bell(3, 100);
    close(wasserstein(a, a.map((v) => v + 2.5)), 2.5, 1e-12);
  });

  it("wasserstein refuses ±Infinity and an empty window", () => {
    expect(() => wasserstein([1, Infinity], [1])).toThrow("wasserstein requires finite values, got Infinity");
    expect(() => wasserstein([1], [NaN])).toThrow(/none in the current window/);
  });
});
