import {describe, expect, it} from "vitest";
import {jsDivergence} from "../../../lib/drift/jsDivergence.js";
import {psi} from "../../../lib/drift/psi.js";
import {psiByEps} from "../../../lib/drift/psiByEps.js";

describe("psiByEps", () => {
  it("psiByEps gives psi and jsDivergence of the same counts at each eps", () => {
    const ref = [30, 50, 20, 0], cur = [25, 45, 20, 10];
    const rows = psiByEps(ref, cur, [1e-10, 1e-6, 1e-3]);
    expect(rows).toEqual([1e-10, 1e-6, 1e-3].map((eps) => ({eps, psi: psi(ref, cur, eps), js: jsDivergence(ref, cur, eps)})));
  });

  it("psiByEps: with a bin empty in one window PSI grows like ln(1/eps) as eps shrinks; JS stays below ln 2", () => {
    // The seed notebook's psi() in numpy, with the empty bin:
    // python3 -c "import numpy as np; r=np.array([50,50])/100+1e-8; c=np.array([100,0])/100+1e-8; r/=r.sum(); c/=c.sum(); print(np.sum((c-r)*np.log(c/r)))"
    // 9.210340192769378
    const rows = psiByEps([50, 50], [100, 0], [1e-12, 1e-8, 1e-4, 1e-2]);
    expect(rows[1]!.psi).toBeCloseTo(9.210340192769378, 12);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.psi).toBeLessThan(rows[i - 1]!.psi);
    // Each factor 10^4 of eps moves PSI by about 0.5·ln(10^4) (the empty bin's reference share times the log).
    expect(rows[0]!.psi - rows[1]!.psi).toBeCloseTo(0.5 * Math.log(1e4), 3);
    for (const r of rows) expect(r.js).toBeLessThanOrEqual(Math.log(2));
  });

  it("psiByEps requires each eps finite and > 0", () => {
    expect(() => psiByEps([1], [1], [0])).toThrow(/psiByEps requires each eps finite and > 0, got 0/);
  });
});
