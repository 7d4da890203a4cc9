import {readFileSync} from "node:fs";
import {parse} from "yaml";
import {describe, expect, it} from "vitest";
import {generateWorld, worldFeatureRepository} from "../../../lib/synth/index.js";
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
      expect(columns).toEqual(expect.arrayContaining(["customer_id", view.timestamp_field, view.created_timestamp_field, ...view.features]));
    }
  });
});
