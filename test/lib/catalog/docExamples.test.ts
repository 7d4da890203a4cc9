import {describe, expect, it} from "vitest";
import {
  catalogMarkdown, changeFeatureView, contractChecks, durationText, dtypeOfDuckdb, featureCatalog, featureDefinition, featureTypesSql, featureVersion,
  versionChanges, viewFreshness, viewFreshnessSql,
} from "../../../lib/catalog/index.js";
import {parseFeatureRepository, type FeatureView} from "../../../lib/pit/index.js";

// The @example lines of lib/catalog, run as written.
const view: FeatureView = {name: "v", entities: ["c"], joinKeys: ["id"], source: "v.csv", timestampField: "t", features: ["x"]};
const repo = (rest: string) => parseFeatureRepository(`entities: {c: {join_keys: [id]}}\nfeature_views: [{name: v, entities: [c], source: v.csv, timestamp_field: t, ${rest}}]`);

describe("doc examples of lib/catalog", () => {
  it("every @example gives its documented result", () => {
    expect(featureDefinition(view, "x").ttlMs).toBe(null);
    expect(featureVersion(view, "x")).toBe("418bc4e2f331a1e9");
    const c = (version: string) => ({features: [{view: "v", name: "x", version, downstream: ["model:m"]}]}) as unknown as Parameters<typeof versionChanges>[0];
    expect(versionChanges(c("a1"), c("b2"))[0]!.change).toBe("changed");
    expect(changeFeatureView(repo("ttl: 7d, features: [x]"), "v", {ttlMs: null}).featureViews[0]!.ttlMs).toBe(undefined);
    expect(featureCatalog(repo("features: [x]")).features[0]!.downstream).toEqual(["training_set:training_set", "endpoint:endpoint", "model:model"]);
    expect(catalogMarkdown(featureCatalog(repo("features: [x]"))).split("\n")[0]).toBe("# Feature catalog");
    expect(durationText(2_592_000_000)).toBe("30d");
    expect(viewFreshnessSql([{...view, entities: [], joinKeys: []}]).params).toEqual([0, "v"]);
    expect(viewFreshness({t: [5, null, 9]}, {...view, entities: [], joinKeys: [], features: []})).toEqual({view: "v", rows: 3, latestEventMs: 9, latestCreatedMs: null});
    expect(dtypeOfDuckdb("DOUBLE")).toBe("float64");
    expect(featureTypesSql({views: [{name: "v", features: [{name: "x"}]}]}).params).toEqual(["v", "x", "v", "v"]);
    const catalog = featureCatalog(repo("features: [{name: x, description: d, calculation: c, dtype: int32}]"));
    expect(contractChecks(catalog, [{view: "v", feature: "x", data_type: "INTEGER"}])[0]!.status).toBe("pass");
  });
});
