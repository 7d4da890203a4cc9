import {describe, expect, it} from "vitest";
import {changeFeatureView, featureCatalog, versionChanges} from "../../../lib/catalog/index.js";
import {parseFeatureRepository} from "../../../lib/pit/index.js";
import {worldFeatureRepository} from "../../../lib/synth/index.js";
import {repositoryYaml} from "../../../src/cli/commands/generate.js";

const repo = parseFeatureRepository(repositoryYaml(worldFeatureRepository((t) => `${t}.parquet`), ""));
const changed = (change: Parameters<typeof changeFeatureView>[2], view = "txn_stats") =>
  versionChanges(featureCatalog(repo), featureCatalog(changeFeatureView(repo, view, change))).filter((c) => c.change !== "same").map((c) => c.feature);

describe("changeFeatureView", () => {
  it("changeFeatureView(repo, view, {ttlMs: null}) removes the ttl and leaves the input alone", () => {
    const next = changeFeatureView(repo, "txn_stats", {ttlMs: null});
    expect(next.featureViews[1]!.ttlMs).toBeUndefined();
    expect(repo.featureViews[1]!.ttlMs).toBe(30 * 86_400_000);
  });
  it("a ttl or source change versions every feature of the view; a calculation or dtype change only its feature", () => {
    expect(changed({ttlMs: 7 * 86_400_000})).toEqual(["amount_sum_7d", "txn_count_7d", "amount_mean_30d", "txn_count_30d"]);
    expect(changed({source: "txn_stats_v2.parquet"}, "txn_stats")).toHaveLength(4);
    expect(changed({calculation: {feature: "amount_sum_7d", text: "sum(amount) over (t - 14d, t]"}})).toEqual(["amount_sum_7d"]);
    expect(changed({dtype: {feature: "chargeback_count", dtype: "int64"}}, "customer_risk")).toEqual(["chargeback_count"]);
  });
  it("a description or owner change versions nothing", () => {
    expect(changed({description: "Spending.", owner: "someone"})).toEqual([]);
  });
  it("changeFeatureView of an unknown view or feature throws, naming what it got", () => {
    expect(() => changeFeatureView(repo, "nope", {})).toThrow('changeFeatureView requires a view of the repository (customer_profile, txn_stats, customer_risk), got "nope"');
    expect(() => changeFeatureView(repo, "txn_stats", {dtype: {feature: "segment", dtype: "string"}})).toThrow('got "segment"');
  });
});
