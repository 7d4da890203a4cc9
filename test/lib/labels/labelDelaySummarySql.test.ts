import {describe, expect, it} from "vitest";
import {labelDelayHistogramSql, labelDelaySummarySql} from "../../../lib/labels/index.js";
import {engineFactories, rowsOf, useEngine} from "../profile/engines.js";
import {DAY, labelsTable, plain} from "./fixture.js";

/** Delays in days per class, from the fixture, for the references below. */
function delays(fraud: number): number[] {
  const out: number[] = [];
  plain.eventMs.forEach((t, i) => {
    if (plain.isFraud[i] === fraud && plain.labelMs[i] === plain.labelMs[i]) out.push((plain.labelMs[i]! - t) / DAY);
  });
  return out.sort((a, b) => a - b);
}

function quantile(sorted: number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[lo + 1] ?? sorted[lo]!) - sorted[lo]!);
}

describe.each(engineFactories)("labelDelaySummarySql and labelDelayHistogramSql on %s", (_, create) => {
  const engine = useEngine(create, {labels: labelsTable});

  it("labelDelaySummarySql counts labels and arrivals and gives type-7 delay quantiles per class", async () => {
    const rows = await rowsOf(engine(), labelDelaySummarySql({table: "labels"}));
    expect(rows.map((r) => r.is_fraud)).toEqual([0, 1]);
    for (const row of rows) {
      const d = delays(row.is_fraud as number);
      expect(row.labels).toBe(Array.from(plain.isFraud).filter((y) => y === row.is_fraud).length);
      expect(row.arrived).toBe(d.length);
      expect(row.median_days as number).toBeCloseTo(quantile(d, 0.5), 9);
      expect(row.p90_days as number).toBeCloseTo(quantile(d, 0.9), 9);
    }
  });
  it("labelDelayHistogramSql bins arrived labels by whole bins of days", async () => {
    const rows = await rowsOf(engine(), labelDelayHistogramSql({table: "labels"}, 5));
    for (const fraud of [0, 1]) {
      const counts = new Map<number, number>();
      for (const d of delays(fraud)) counts.set(Math.floor(d / 5), (counts.get(Math.floor(d / 5)) ?? 0) + 1);
      expect(rows.filter((r) => r.is_fraud === fraud).map((r) => [r.bin, r.labels])).toEqual([...counts].sort((a, b) => a[0] - b[0]));
    }
  });
});

describe("labelDelayHistogramSql", () => {
  it("labelDelayHistogramSql requires binDays > 0", () => {
    expect(() => labelDelayHistogramSql({table: "l"}, 0)).toThrow(/labelDelayHistogramSql requires binDays > 0, got 0/);
  });
});
