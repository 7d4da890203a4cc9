// The skew report on lib/synth's served log: each knob is caught in its own columns.
import {describe, expect, it} from "vitest";
import {skewReport, skewReportSql, type SkewReport} from "../../../lib/skew/index.js";
import {customerProfile, customers, merchants, servedFeatures, transactions, type ServedFeaturesOptions} from "../../../lib/synth/index.js";
import {engineFactories, useEngine} from "../engines.js";

const start = Date.UTC(2026, 0, 1), days = 60, population = customers(7, 300, start);
const tx = transactions(7, population, merchants(7, 60), {start, days, count: 30_000});
const profile = customerProfile(7, population, {start, days});
const failing = (o: ServedFeaturesOptions, options: {rtol?: number} = {}) => {
  const {served_features, recomputed_features} = servedFeatures(7, tx, profile, {rows: 1000, ...o});
  return skewReport(recomputed_features, served_features, {key: ["request_id"], ...options}).columns.filter((c) => c.equal < c.compared).map((c) => c.column);
};

describe("skewReport on servedFeatures", () => {
  it.each([
    [{}, []],
    [{centsShare: 0.05}, ["amount"]],
    [{closedLeftShare: 0.5}, ["amount_sum_7d", "txn_count_7d"]],
    [{timezoneHours: 9}, ["day_of_week"]],
    [{stalenessHours: 24 * 30}, ["credit_limit", "segment"]],
    [{nullsAsZeroShare: 1}, ["days_since_last_txn"]], // no null amount among these 1000 requests
    [{float32Share: 1}, []],
    [{unseenCategories: 2}, ["merchant_category"]],
  ] as [ServedFeaturesOptions, string[]][])("servedFeatures(%j): skewReport finds differences in %j only", (o, columns) => {
    expect(failing(o)).toEqual(columns);
  });

  it("float32 serving is inside rtol 1e-6 and caught at rtol 0", () => {
    expect(failing({float32Share: 1}, {rtol: 0})).toEqual(["amount", "amount_sum_7d", "amount_mean_30d", "days_since_last_txn"]);
  });
});

describe.each(engineFactories)("skewReportSql on servedFeatures on %s", (_, create) => {
  const all = servedFeatures(7, tx, profile, {rows: 1000, centsShare: 0.05, closedLeftShare: 0.2, timezoneHours: -5, stalenessHours: 72, nullsAsZeroShare: 0.5, float32Share: 0.5, unseenCategories: 2});
  const engine = useEngine(create, {served: all.served_features, recomputed: all.recomputed_features});

  it("skewReportSql = skewReport with every knob on (mean |Δ| to 1e-12)", async () => {
    const want = skewReport(all.recomputed_features, all.served_features, {key: ["request_id"]});
    const got = await skewReportSql(engine(), "recomputed", "served", {key: ["request_id"]});
    const strip = (r: SkewReport) => r.columns.map((c) => ({...c, mean_abs_diff: null}));
    expect(strip(got)).toEqual(strip(want));
    got.columns.forEach((c, i) => expect(Math.abs((c.mean_abs_diff ?? 0) - (want.columns[i]!.mean_abs_diff ?? 0))).toBeLessThanOrEqual(1e-12 * Math.abs(want.columns[i]!.mean_abs_diff ?? 0)));
  });
});
