import {describe, expect, it} from "vitest";
import {contractChecks, dtypeOfDuckdb, featureCatalog, featureTypesSql} from "../../../lib/catalog/index.js";
import {parseFeatureRepository} from "../../../lib/pit/index.js";
import {worldFeatureRepository} from "../../../lib/synth/index.js";
import {repositoryYaml} from "../../../src/cli/commands/generate.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";
import {tinyWorld} from "../synth/worldFixture.js";

const repo = parseFeatureRepository(repositoryYaml(worldFeatureRepository((t) => t), ""));
const world = tinyWorld();
const tables = {customer_profile: world.customer_profile, txn_stats: world.txn_stats, customer_risk: world.customer_risk};

describe("contractChecks", () => {
  it("dtypeOfDuckdb(type) names DuckDB's types as dtypes, null for others", () => {
    expect(["INTEGER", "double", "VARCHAR", "BIGINT", "DECIMAL(18,3)"].map(dtypeOfDuckdb)).toEqual(["int32", "float64", "string", "int64", null]);
  });
  it("contractChecks fails a dtype the data does not have and errors on a missing column", () => {
    const catalog = featureCatalog(repo);
    const checks = contractChecks(catalog, [{view: "txn_stats", feature: "txn_count_7d", data_type: "BIGINT"}]);
    expect(checks.find((c) => c.id === "dtype.txn_stats.txn_count_7d")).toEqual({id: "dtype.txn_stats.txn_count_7d", status: "fail", value: "BIGINT", threshold: "int32", message: "txn_stats__txn_count_7d: declared int32, the data has BIGINT (int64)"});
    expect(checks.find((c) => c.id === "dtype.txn_stats.amount_sum_7d")?.status).toBe("error");
  });
  it("contractChecks checks freshness of views with an update interval only when staleness is known", () => {
    const asOfMs = Date.UTC(2026, 3, 1);
    const observed = {customer_profile: {latestEventMs: asOfMs - 3_600_000}, txn_stats: {latestEventMs: asOfMs}};
    const checks = contractChecks(featureCatalog(repo, {observed, asOfMs}), []).filter((c) => c.id.startsWith("freshness."));
    expect(checks).toEqual([{id: "freshness.customer_profile", status: "pass", value: 3_600_000, threshold: 86_400_000, message: "customer_profile: newest event 1.0 h old, within its update interval of 1d"}]);
  });
});

describe.each(engineFactories)("featureTypesSql on %s", (_, create) => {
  const engine = useEngine(create, tables);
  it("featureTypesSql(catalog) finds every feature column of the world; every declared dtype passes", async () => {
    const catalog = featureCatalog(repo);
    const types = await rowsOf(engine(), featureTypesSql(catalog)) as {view: string; feature: string; data_type: string}[];
    expect(types).toHaveLength(catalog.features.length);
    const checks = contractChecks(catalog, types);
    expect(checks.map((c) => [c.id, c.status])).toEqual(catalog.features.map((f) => [`dtype.${f.view}.${f.name}`, "pass"]));
  });
});
