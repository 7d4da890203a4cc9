import {describe, expect, it} from "vitest";
// @ts-expect-error a plain JavaScript module of the site, without types
import {driftHeadline} from "../../../../notebooks/components/monitoring/driftCards.js";
// @ts-expect-error a plain JavaScript module of the site, without types
import {latencyHeadline} from "../../../../notebooks/components/monitoring/latencyHeadline.js";
import {driftReport} from "../../../../lib/drift/index.js";
import {chiSquareApproximation} from "../../../../lib/drift/psiNullBand.js";
import {driftWindows} from "../../../../lib/synth/index.js";
import {percentiles} from "../../../../lib/latency/index.js";

describe("headlines of the first answers", () => {
  it("driftHeadline counts the report's statuses and names the largest PSI", () => {
    const windows = driftWindows(7, 1000, {strength: 0.7, categoryShift: 0.9});
    const report = driftReport(windows.drift_reference, windows.drift_current, {bins: 10});
    const h = driftHeadline(report, chiSquareApproximation(10, 1000, 1000), {bins: 10, rows: 1000});
    const statuses = report.columns.map((c) => c.status);
    expect(h.counts.drift).toBe(statuses.filter((s) => s === "drift").length);
    expect(h.counts.ok + h.counts.warn + h.counts.drift + h.counts.no_data).toBe(report.columns.length);
    expect(h.worst.psi).toBe(Math.max(...report.columns.map((c) => c.psi ?? -Infinity)));
    expect(h.key).toEqual({drift: h.counts.drift, warn: h.counts.warn, worst: h.worst.column, psi: expect.any(String), noise: expect.any(String)});
  });

  it("latencyHeadline gives lib/latency's type-7 percentiles and shows them as the cards do", () => {
    const h = latencyHeadline([1, 2, 3, 4, 100]);
    expect([h.p50, h.p99, h.p999]).toEqual(percentiles([1, 2, 3, 4, 100], [0.5, 0.99, 0.999]));
    expect(h.mean).toBe(22);
    expect(h.key).toEqual({requests: 5, mean: "22.00 ms", p50: "3.00 ms", p99: "96.2 ms", p999: "99.6 ms"});
  });
});
