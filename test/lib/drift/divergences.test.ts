import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {jsDivergence, psi, smoothedProportions} from "../../../lib/drift/index.js";
import {goldens} from "./goldens.js";

const close = (got: number, want: number, rel = 1e-9) => expect(Math.abs(got - want)).toBeLessThanOrEqual(rel * Math.abs(want));
const counts = fc.array(fc.nat(1000), {minLength: 1, maxLength: 20}).filter((a) => a.some((c) => c > 0));
const pair = fc.integer({min: 1, max: 20}).chain((k) => fc.tuple(...[0, 1].map(() => fc.array(fc.nat(1000), {minLength: k, maxLength: k}).filter((a) => a.some((c) => c > 0)))));

describe("psi", () => {
  it("psi reproduces the seed notebook's 4-bin example, 0.121194…", () => {
    // python3 -c "import numpy as np; p=np.array([.2,.3,.25,.25])+1e-8; q=np.array([.1,.25,.3,.35])+1e-8; p/=p.sum(); q/=q.sum(); print(repr(np.sum((q-p)*np.log(q/p))))"
    close(psi([0.2, 0.3, 0.25, 0.25], [0.1, 0.25, 0.3, 0.35]), 0.12119408574022446, 1e-15);
    expect(psi([0.2, 0.3, 0.25, 0.25], [0.1, 0.25, 0.3, 0.35]).toFixed(6)).toBe("0.121194");
  });

  it("psi of counts equals numpy's on the golden bins (1e-9 relative)", () => {
    for (const g of Object.values(goldens)) close(psi(g.reference, g.current), g.psi);
  });

  it("psi(a, a) is 0 and psi is never negative", () => {
    fc.assert(fc.property(counts, (a) => {
      expect(psi(a, a)).toBe(0);
    }));
    fc.assert(fc.property(pair, ([a, b]) => {
      expect(psi(a!, b!)).toBeGreaterThanOrEqual(0);
    }));
  });

  it("psi takes counts or proportions alike", () => {
    close(psi([20, 30, 25, 25], [10, 25, 30, 35]), psi([0.2, 0.3, 0.25, 0.25], [0.1, 0.25, 0.3, 0.35]), 1e-14);
  });

  it("psi with an empty bin stays finite and grows as eps shrinks", () => {
    const [a, b] = [[50, 50, 0], [40, 40, 20]];
    const values = [1e-4, 1e-8, 1e-12].map((eps) => psi(a, b, eps));
    expect(values.every(Number.isFinite)).toBe(true);
    expect(values[0]!).toBeLessThan(values[1]!);
    expect(values[1]!).toBeLessThan(values[2]!);
    // python3 -c "import numpy as np; p=np.array([.5,.5,0])+1e-8; q=np.array([.4,.4,.2])+1e-8; p/=p.sum(); q/=q.sum(); print(repr(np.sum((q-p)*np.log(q/p))))"
    close(values[1]!, 3.406877183360179);
  });

  it("psi refuses different bins, an empty window and a negative count", () => {
    expect(() => psi([1, 2], [1, 2, 3])).toThrow("psi requires the same bins in both windows, got 2 reference and 3 current bins");
    expect(() => psi([0, 0], [1, 2])).toThrow("psi requires counts with a positive total (a window with values), got 2 bins summing to 0");
    expect(() => psi([1, -1], [1, 2])).toThrow("psi requires finite counts ≥ 0, got -1 at index 1");
    expect(() => psi([1, 1], [1, 2], -1)).toThrow("psi requires eps ≥ 0, got -1");
  });
});

describe("jsDivergence", () => {
  it("jsDivergence of the seed notebook's 4 bins is 0.0149569929…", () => {
    // python3 -c "import numpy as np; p=np.array([.2,.3,.25,.25])+1e-8; q=np.array([.1,.25,.3,.35])+1e-8; p/=p.sum(); q/=q.sum(); m=(p+q)/2; print(repr(.5*np.sum(p*np.log(p/m))+.5*np.sum(q*np.log(q/m))))"
    close(jsDivergence([0.2, 0.3, 0.25, 0.25], [0.1, 0.25, 0.3, 0.35]), 0.014956992945066066, 1e-14);
  });

  it("jsDivergence equals numpy's on the golden bins (1e-9 relative)", () => {
    for (const g of Object.values(goldens)) close(jsDivergence(g.reference, g.current), g.js);
  });

  it("jsDivergence is symmetric and in [0, ln 2]", () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const js = jsDivergence(a!, b!);
        expect(js).toBe(jsDivergence(b!, a!));
        expect(js).toBeGreaterThanOrEqual(0);
        expect(js).toBeLessThanOrEqual(Math.LN2);
      }),
    );
    fc.assert(fc.property(counts, (a) => {
      expect(jsDivergence(a, a)).toBe(0);
    }));
  });

  it("jsDivergence of disjoint windows approaches ln 2 as eps goes to 0", () => {
    close(jsDivergence([1, 0], [0, 1], 0), Math.LN2, 1e-15);
    expect(jsDivergence([1, 0], [0, 1])).toBeLessThan(Math.LN2);
    expect(jsDivergence([1, 0], [0, 1])).toBeGreaterThan(0.69);
  });
});

describe("smoothedProportions", () => {
  it("smoothedProportions adds eps to each proportion and renormalizes", () => {
    expect([...smoothedProportions([1, 0, 1], 0.5)]).toEqual([0.4, 0.2, 0.4]);
    expect([...smoothedProportions([3, 1], 0)]).toEqual([0.75, 0.25]);
  });
});
