import {describe, expect, it} from "vitest";
import {skewBenchFeatures, skewBenchTables} from "../../bench/skewInput.js";
import {skewBenchSteps} from "../../bench/skew.js";
import {fingerprintTable} from "../../lib/fingerprint/index.js";
import {fitPreprocess} from "../../lib/preprocess/index.js";
import {skewReport} from "../../lib/skew/index.js";

describe("skewBenchTables", () => {
  const {training, serving} = skewBenchTables(7, 5_000);
  it("skewBenchTables gives training and serving with request_id, customer_id, request_time and the 20 features", () => {
    const names = ["request_id", "customer_id", "request_time", ...skewBenchFeatures.map((f) => f.name)];
    for (const table of [training, serving]) expect([table.numRows, table.schema.fields.map((f) => f.name)]).toEqual([5_000, names]);
    expect(skewBenchFeatures).toHaveLength(20);
  });
  it("skewBenchTables is seeded: the same seed gives the same rows, another seed other rows", () => {
    const again = skewBenchTables(7, 5_000), other = skewBenchTables(8, 5_000);
    const print = (t: typeof serving) => fingerprintTable(t, {ordered: true}).fingerprint;
    expect(print(again.serving)).toBe(print(serving));
    expect(print(other.serving)).not.toBe(print(serving));
  });
  it("skewBenchTables serves the same requests shuffled, a few re-keyed, every feature skewed a little", () => {
    const report = skewReport(training, serving, {key: ["request_id"], columns: skewBenchFeatures.map((f) => f.name), examples: 0});
    expect(report.rows.matched).toBeGreaterThan(4_980);
    expect(report.rows.training_only).toBeGreaterThan(0);
    expect(fingerprintTable(serving.select(["customer_id"])).fingerprint).not.toBe(fingerprintTable(serving.select(["customer_id"]), {ordered: true}).fingerprint);
    for (const c of report.columns) {
      expect(c.equal, c.column).toBeLessThan(report.rows.matched);
      expect(c.match_rate!, c.column).toBeGreaterThan(0.98);
    }
  });
  it("skewBenchSteps is a spec of 20 transforms that fits on the training table", () => {
    expect(fitPreprocess(training, skewBenchSteps).transforms).toHaveLength(20);
  });
});
