import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
// @ts-expect-error a plain JavaScript module of the site, without types
import {seedOverview, seedToys, toyNames} from "../../../../notebooks/components/appendix/seedToys.js";

const yaml = readFileSync(new URL("../../../../data/features.yaml", import.meta.url), "utf8");

describe("seedOverview(seedToys(features.yaml))", () => {
  it("prints the notebook's lines for its six toy cells", () => {
    const {printed} = seedOverview(seedToys(yaml));
    expect(Object.keys(printed)).toEqual(toyNames);
    // 17·1 + 23·2 + 42·3 + 99·4 + 101·5 = 1090; the PSI of the four shares with the natural log:
    // python3 -c "import numpy as np; r=np.array([.2,.3,.25,.25]); c=np.array([.1,.25,.3,.35]); print(round(((c-r)*np.log(c/r)).sum(), 6))"  # 0.121194
    // python3 -c "import numpy as np; print(np.percentile([42,45,47,50,52,55,61,75,110,180], [50, 95]))"  # [ 53.5 148.5]
    expect(printed).toMatchObject({
      lineage: "5 nodes, 4 edges, checks PASS",
      fingerprint: "Fingerprint: 1090",
      psi: "PSI: 0.121194",
      latency: "p50 53.5 ms, p95 148.5 ms",
      guardrail: "2 of 5 escalate",
    });
  });

  it("keys the overview by the numbers it prints", () => {
    expect(seedOverview(seedToys(yaml)).key).toMatchObject({edges: 4, fingerprint: 1090, psi: 0.121194, p95: 148.5, escalate: 2});
  });
});
