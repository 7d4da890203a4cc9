import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {psi} from "../../../lib/drift/psi.js";
import {psiTerms} from "../../../lib/drift/psiTerms.js";

describe("psiTerms", () => {
  it("psiTerms gives each bin's (q − p)·ln(q/p) after smoothing, as numpy does", () => {
    // python3 -c "import numpy as np; r=np.array([50,50])/100+1e-8; c=np.array([100,0])/100+1e-8; r/=r.sum(); c/=c.sum(); print((c-r)*np.log(c/r))"
    // [0.34657358 8.86376661]
    const terms = psiTerms([50, 50], [100, 0]);
    expect(terms[0]).toBeCloseTo(0.34657358, 8);
    expect(terms[1]).toBeCloseTo(8.86376661, 8);
  });

  it("psiTerms sums to psi and no term is negative (property)", () => {
    const counts = fc.array(fc.nat(1000), {minLength: 1, maxLength: 30});
    fc.assert(
      fc.property(counts, counts, fc.constantFrom(1e-12, 1e-8, 1e-4, 1e-2), (a, b, eps) => {
        const n = Math.min(a.length, b.length);
        const ref = a.slice(0, n), cur = b.slice(0, n);
        fc.pre(ref.some((c) => c > 0) && cur.some((c) => c > 0));
        const terms = psiTerms(ref, cur, eps);
        for (const t of terms) expect(t).toBeGreaterThanOrEqual(0);
        const total = psi(ref, cur, eps);
        expect(Math.abs(terms.reduce((s, t) => s + t, 0) - total)).toBeLessThanOrEqual(1e-12 * Math.max(1, total));
      })
    );
  });

  it("psiTerms requires the same bins in both windows", () => {
    expect(() => psiTerms([1, 2], [1])).toThrow(/psiTerms requires the same bins in both windows, got 2 reference and 1 current bins/);
  });
});
