import {readFileSync, writeFileSync} from "node:fs";
import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {fslabInProcess as fslab, root} from "./fslab.js";

const repo = `entities:
  customer: {join_keys: [customer_id]}
feature_views:
  - name: stats
    owner: team-a
    entities: [customer]
    source: stats.csv
    timestamp_field: event_timestamp
    ttl: 2h
    features:
      - {name: amount, description: Last amount., calculation: amount, dtype: float64, update_frequency: 1h}
      - tier
`;
const stats = `customer_id,event_timestamp,amount,tier
1,2026-01-01T00:00:00Z,1.5,gold
2,2026-01-01T03:00:00Z,9,
`;

/** Compares the output with a reviewed file; UPDATE_GOLDEN=1 rewrites it. */
function expectGolden(text: string, name: string): void {
  const path = new URL(`./${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, "utf8"));
}

describe("fslab catalog", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "fslab-catalog-"));
    await writeFile(join(dir, "features.yaml"), repo);
    await writeFile(join(dir, "stats.csv"), stats);
  });
  afterAll(async () => {
    if (dir) await rm(dir, {recursive: true, force: true});
  });

  it("fslab catalog --repo data/features.yaml prints the world's catalog as reviewed in catalog.world.md", async () => {
    const {code, stdout, stderr} = await fslab("catalog", "--repo", join(root, "data/features.yaml"));
    expect([code, stderr]).toEqual([0, ""]);
    expectGolden(stdout, "catalog.world.md");
  });

  it("fslab catalog --format json prints snake_case features with version, owner, freshness and lineage", async () => {
    const {code, stdout} = await fslab("catalog", "--repo", join(dir, "features.yaml"), "--format", "json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.features.map((f: {name: string}) => f.name)).toEqual(["amount", "tier"]);
    expect(json.features[0]).toMatchObject({
      view: "stats", served_as: "stats__amount", owner: "team-a", dtype: "float64", calculation: "amount",
      freshness: {ttl_ms: 7_200_000, update_frequency: "1h", update_every_ms: 3_600_000, latest_event_ms: null, staleness_ms: null, within_sla: null},
      upstream: ["cleaned:stats", "source:stats"], downstream: ["training_set:training_set", "endpoint:endpoint", "model:model"],
    });
    expect(json.features[0].version).toMatch(/^[0-9a-f]{16}$/);
    expect(json.features[1]).toMatchObject({description: null, calculation: null, dtype: null});
    expect(json).not.toHaveProperty("lineage");
  });

  it("fslab catalog --observe --as-of reads each view's rows and newest event and measures staleness", async () => {
    const {code, stdout} = await fslab("catalog", "--repo", join(dir, "features.yaml"), "--format", "json", "--observe", "--as-of", "2026-01-01T04:30:00Z");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.views[0]).toMatchObject({rows: 2, latest_event_ms: Date.UTC(2026, 0, 1, 3)});
    expect(json.features[0].freshness).toMatchObject({staleness_ms: 5_400_000, within_sla: false});
  });

  it("fslab catalog --observe measures staleness at the newest event when no --as-of is given", async () => {
    const {stdout} = await fslab("catalog", "--repo", join(dir, "features.yaml"), "--format", "json", "--observe");
    expect(JSON.parse(stdout).features[0].freshness).toMatchObject({staleness_ms: 0, within_sla: true});
  });

  it("fslab catalog with a malformed repository prints one located line and exits 2", async () => {
    await writeFile(join(dir, "bad.yaml"), repo.replace("dtype: float64", "dtype: double"));
    const {code, stdout, stderr} = await fslab("catalog", "--repo", join(dir, "bad.yaml"));
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toBe(`fslab catalog: ${join(dir, "bad.yaml")}:11: feature_views[0].features[0].dtype: expected one of bool, int8, int16, int32, int64, float32, float64, string, timestamp, date, got "double"\n`);
  });

  it("fslab catalog without --repo, with a bad --format or --as-of alone is a usage error (exit 2)", async () => {
    expect((await fslab("catalog")).stderr).toBe("fslab catalog: missing required option --repo (try fslab catalog --help)\n");
    expect((await fslab("catalog", "--repo", join(dir, "features.yaml"), "--format", "html")).code).toBe(2);
    expect((await fslab("catalog", "--repo", join(dir, "features.yaml"), "--as-of", "2026-01-01")).stderr).toContain("--as-of needs --observe");
    expect((await fslab("catalog", "--repo", join(dir, "missing.yaml"))).code).toBe(2);
  });
});
