import {describe, expect, it} from "vitest";
import {catalogMarkdown, durationText, featureCatalog, versionChanges} from "../../../lib/catalog/index.js";
import {syntheticSystem} from "../../../lib/lineage/index.js";
import {parseFeatureRepository, type FeatureRepository} from "../../../lib/pit/index.js";
import {worldFeatureRepository} from "../../../lib/synth/index.js";
import {repositoryYaml} from "../../../src/cli/commands/generate.js";

const worldYaml = repositoryYaml(worldFeatureRepository((t) => `${t}.parquet`), "the world");
const world = parseFeatureRepository(worldYaml);
const edited = (edit: (yaml: string) => string): FeatureRepository => parseFeatureRepository(edit(worldYaml));

describe("featureCatalog", () => {
  it("featureCatalog(world) lists every view and feature in repository order, documented, with owners and served names", () => {
    const catalog = featureCatalog(world, {system: syntheticSystem});
    expect(catalog.views.map((v) => v.name)).toEqual(["customer_profile", "txn_stats", "customer_risk"]);
    expect(catalog.features.map((f) => f.servedAs)).toEqual(world.featureViews.flatMap((v) => v.features.map((f) => `${v.name}__${f}`)));
    expect(catalog.features.every((f) => f.description && f.calculation && f.dtype && f.owner)).toBe(true);
    expect(catalog.entities).toEqual([{name: "customer", joinKeys: ["customer_id"], description: expect.any(String), views: ["customer_profile", "txn_stats", "customer_risk"]}]);
  });

  it("featureCatalog(world) takes upstream from the lineage: txn_stats from transactions, customer_risk from labels", () => {
    const catalog = featureCatalog(world);
    const byName = Object.fromEntries(catalog.views.map((v) => [v.name, v]));
    expect(byName.txn_stats!.upstream).toEqual(["cleaned:transactions", "source:transactions"]);
    expect(byName.customer_risk!.upstream).toEqual(["cleaned:labels", "source:labels"]);
    expect(byName.txn_stats!.downstream).toEqual(["training_set:training_set", "endpoint:endpoint", "model:model"]);
  });

  it("featureCatalog(repo, {observed, asOfMs}) measures staleness and checks it against the update interval", () => {
    const asOfMs = Date.UTC(2026, 3, 1);
    const catalog = featureCatalog(world, {observed: {customer_profile: {latestEventMs: asOfMs - 30 * 3_600_000, rows: 10}}, asOfMs});
    const profile = catalog.features.find((f) => f.name === "segment")!;
    expect(profile.freshness).toEqual({ttlMs: null, updateFrequency: "1d", updateEveryMs: 86_400_000, latestEventMs: asOfMs - 30 * 3_600_000, stalenessMs: 30 * 3_600_000, withinSla: false});
    const sum = catalog.features.find((f) => f.name === "amount_sum_7d")!;
    expect(sum.freshness).toEqual({ttlMs: 30 * 86_400_000, updateFrequency: "on_event", updateEveryMs: null, latestEventMs: null, stalenessMs: null, withinSla: null});
    expect(catalog.views[0]!.rows).toBe(10);
  });

  it("featureCatalog(repo) without documentation has null descriptions and the repository's owner", () => {
    const catalog = featureCatalog(parseFeatureRepository("owner: me\nentities: {c: {join_keys: [id]}}\nfeature_views: [{name: v, entities: [c], source: v.csv, timestamp_field: t, features: [x]}]\n"));
    expect(catalog.features[0]).toMatchObject({description: null, calculation: null, dtype: null, owner: "me", tags: []});
  });
});

describe("versionChanges", () => {
  const before = featureCatalog(world);
  it("versionChanges after a documentation edit: every feature the same", () => {
    const after = featureCatalog(edited((y) => y.replace(/owner: payments-data/, "owner: someone-else").replace(/description: What the customer spent[^\n]*/, "description: Weekly spend.")));
    expect(versionChanges(before, after).every((c) => c.change === "same")).toBe(true);
  });
  it("versionChanges after txn_stats' ttl changes: its four features changed, the others the same", () => {
    const after = featureCatalog(edited((y) => y.replace("ttl: 30d", "ttl: 14d")));
    const changes = versionChanges(before, after);
    expect(changes.filter((c) => c.change === "changed").map((c) => c.feature)).toEqual(["amount_sum_7d", "txn_count_7d", "amount_mean_30d", "txn_count_30d"]);
    expect(changes.filter((c) => c.change === "same")).toHaveLength(4);
    expect(changes[3]!.consumers).toEqual(["training_set:training_set", "endpoint:endpoint", "model:model"]);
  });
  it("versionChanges after one calculation edit: only that feature changed", () => {
    const after = featureCatalog(edited((y) => y.replace("calculation: count(*) of the customer's transactions with event_timestamp in (t - 7d, t]", "calculation: count(*) of the customer's transactions with event_timestamp in [t - 7d, t]")));
    expect(versionChanges(before, after).filter((c) => c.change !== "same").map((c) => [c.feature, c.change])).toEqual([["txn_count_7d", "changed"]]);
  });
  it("versionChanges after a view rename: its features removed, then added", () => {
    const after = featureCatalog(edited((y) => y.replace("name: customer_risk", "name: customer_risk_v2")));
    const changes = versionChanges(before, after).filter((c) => c.change !== "same");
    expect(changes.map((c) => [c.view, c.change, c.before === null, c.after === null])).toEqual([["customer_risk", "removed", false, true], ["customer_risk_v2", "added", true, false]]);
  });
});

describe("catalogMarkdown", () => {
  it("catalogMarkdown(catalog) has a section per view and a row per feature with its version", () => {
    const catalog = featureCatalog(world);
    const markdown = catalogMarkdown(catalog);
    expect(markdown.match(/^### /gm)).toHaveLength(3);
    for (const f of catalog.features) expect(markdown).toContain(`| \`${f.name}\` | ${f.dtype} | \`${f.version}\` |`);
  });
  it("catalogMarkdown escapes a | inside a cell", () => {
    const catalog = featureCatalog(parseFeatureRepository("entities: {c: {join_keys: [id]}}\nfeature_views: [{name: v, entities: [c], source: v.csv, timestamp_field: t, features: [{name: x, description: a | b, calculation: c}]}]\n"));
    expect(catalogMarkdown(catalog)).toContain("| a \\| b | c |");
  });
  it("durationText(ms) writes the largest whole unit", () => {
    expect([durationText(2_592_000_000), durationText(5_400_000), durationText(90_000), durationText(1_500)]).toEqual(["30d", "90m", "90s", "1500ms"]);
  });
});
