import {readFileSync} from "node:fs";
import {parse} from "yaml";
import {describe, expect, it} from "vitest";
import {syntheticSystem} from "../../../lib/lineage/index.js";
import {parseFeatureRepository} from "../../../lib/pit/index.js";
import {generateWorld, worldFeatureRepository} from "../../../lib/synth/index.js";
import {repositoryYaml} from "../../../src/cli/commands/generate.js";
import {tinySize} from "./worldFixture.js";

describe("worldFeatureRepository", () => {
  it("data/features.yaml is the world's repository with sources under world/", () => {
    const committed = parse(readFileSync(new URL("../../../data/features.yaml", import.meta.url), "utf8"));
    expect(committed).toEqual(worldFeatureRepository((t) => `world/${t}.parquet`));
  });
  it("every feature and field it names is a column of its source table", () => {
    const world = generateWorld({seed: 7, size: {...tinySize, transactions: 1_000}});
    for (const view of worldFeatureRepository((t) => t).feature_views) {
      const columns = world[view.name as keyof typeof world].schema.fields.map((f) => f.name);
      expect(columns).toEqual(expect.arrayContaining(["customer_id", view.timestamp_field, view.created_timestamp_field, ...view.features.map((f) => f.name)]));
    }
  });
  it("every feature's declared dtype is the Arrow type of its column in the generated world", () => {
    const world = generateWorld({seed: 7, size: {...tinySize, transactions: 1_000}});
    const arrowName = {int32: "Int32", float64: "Float64", string: "Utf8"};
    for (const view of worldFeatureRepository((t) => t).feature_views) {
      const schema = world[view.name as keyof typeof world].schema;
      for (const feature of view.features) expect([feature.name, String(schema.fields.find((f) => f.name === feature.name)?.type)]).toEqual([feature.name, arrowName[feature.dtype]]);
    }
  });
  it("the world's repository parses, every feature documented", () => {
    const repo = parseFeatureRepository(repositoryYaml(worldFeatureRepository((t) => `${t}.parquet`), "test"));
    for (const view of repo.featureViews) expect(Object.keys(view.featureDocs ?? {})).toEqual(view.features);
    expect(repo.featureViews.map((v) => v.upstream)).toEqual(repo.featureViews.map((v) => syntheticSystem.upstream![v.name]));
  });
});
