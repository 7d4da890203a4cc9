import {existsSync} from "node:fs";
import {mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {fingerprintTable} from "../../../lib/fingerprint/index.js";
import {parseFeatureRepository, pointInTimeJoinSql} from "../../../lib/pit/index.js";
import {generateWorld} from "../../../lib/synth/index.js";
import {createNativeEngine} from "../../../src/engines/index.js";
import {readTable, writeTable} from "../../../src/io/index.js";
import {fslabInProcess as fslab} from "./fslab.js";

const repo = `entities:
  customer: {join_keys: [customer_id]}
feature_views:
  - name: stats
    entities: [customer]
    source: stats.csv
    timestamp_field: event_timestamp
    created_timestamp_field: created_timestamp
    ttl: 2h
    features: [amount, tier]
`;
const stats = `customer_id,event_timestamp,created_timestamp,amount,tier
1,2026-01-01T00:00:00Z,2026-01-01T00:00:00Z,1.5,gold
1,2026-01-01T01:00:00Z,2026-01-01T01:00:00Z,2.5,
1,2026-01-01T01:00:00Z,2026-01-01T01:30:00Z,3.5,silver
2,2026-01-01T00:00:00Z,2026-01-01T00:00:00Z,9,gold
`;
const spine = `customer_id,event_timestamp,note
1,2026-01-01T03:00:00Z,at the ttl bound
2,2026-01-01T02:00:01Z,past the ttl
1,2026-01-01T00:30:00Z,before the tie
3,2026-01-01T00:30:00Z,unknown customer
1,2026-01-01T03:00:00Z,at the ttl bound
`;

describe("fslab pit-join", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "fslab-pit-join-"));
    await writeFile(join(dir, "features.yaml"), repo);
    await writeFile(join(dir, "stats.csv"), stats);
    await writeFile(join(dir, "spine.csv"), spine);
  });
  afterAll(async () => {
    if (dir) await rm(dir, {recursive: true, force: true});
  });

  it("fslab pit-join writes the spine's rows in order with <view>__<feature> columns", async () => {
    const {code, stdout} = await fslab("pit-join", "--repo", join(dir, "features.yaml"), "--spine", join(dir, "spine.csv"), "--out", join(dir, "out.csv"));
    expect(code).toBe(0);
    expect(stdout).toContain("wrote 5 rows (1 views, 5 columns)");
    expect(await readFile(join(dir, "out.csv"), "utf8")).toBe(`customer_id,event_timestamp,note,stats__amount,stats__tier
1,2026-01-01T03:00:00.000Z,at the ttl bound,3.5,silver
2,2026-01-01T02:00:01.000Z,past the ttl,,
1,2026-01-01T00:30:00.000Z,before the tie,1.5,gold
3,2026-01-01T00:30:00.000Z,unknown customer,,
1,2026-01-01T03:00:00.000Z,at the ttl bound,3.5,silver
`);
  });

  it("fslab pit-join exits 2 with the repository's line for a bad ttl, writing nothing", async () => {
    await writeFile(join(dir, "bad.yaml"), repo.replace("ttl: 2h", "ttl: 2 hours"));
    const {code, stderr} = await fslab("pit-join", "--repo", join(dir, "bad.yaml"), "--spine", join(dir, "spine.csv"), "--out", join(dir, "bad.csv"));
    expect(code).toBe(2);
    expect(stderr).toBe(`fslab pit-join: ${join(dir, "bad.yaml")}:9: feature_views[0].ttl: "2 hours" is not a duration (use s, m, h or d)\n`);
    expect(existsSync(join(dir, "bad.csv"))).toBe(false);
  });

  it("fslab pit-join exits 2 when the spine lacks a join key or the timestamp field", async () => {
    const args = ["pit-join", "--repo", join(dir, "features.yaml"), "--spine", join(dir, "spine.csv"), "--out", join(dir, "x.csv")];
    const missing = await fslab(...args, "--timestamp-field", "ts");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^fslab pit-join: the join needs spine column "ts", got columns customer_id, event_timestamp, note \(spine .*spine\.csv\)\n$/);
    const notTime = await fslab(...args, "--timestamp-field", "note");
    expect(notTime.stderr).toMatch(/^fslab pit-join: the join needs spine column "note" to be a timestamp, got text: a value in it is not an ISO-8601 time such as 2026-01-01T00:00:00Z \(spine .*spine\.csv\)\n$/);
    expect((await fslab("pit-join", "--spine", "s.csv", "--out", "o.csv")).stderr).toBe("fslab pit-join: missing required option --repo (try fslab pit-join --help)\n");
  });

  it("fslab pit-join on the small world equals pointInTimeJoinSql on native DuckDB", async () => {
    const world = generateWorld({seed: 7, scale: "small", tables: ["customer_profile", "txn_stats", "customer_risk", "transactions"]});
    for (const name of ["customer_profile", "txn_stats", "customer_risk", "transactions"] as const) await writeTable(world[name], join(dir, `${name}.parquet`));
    const yaml = (await readFile("data/features.yaml", "utf8")).replaceAll("world/", "");
    await writeFile(join(dir, "world.yaml"), yaml);
    const {code} = await fslab("pit-join", "--repo", join(dir, "world.yaml"), "--spine", join(dir, "transactions.parquet"), "--out", join(dir, "joined.parquet"));
    expect(code).toBe(0);
    const engine = await createNativeEngine({threads: 1});
    try {
      const views = parseFeatureRepository(yaml).featureViews;
      for (const name of ["customer_profile", "txn_stats", "customer_risk", "transactions"]) {
        await engine.query(`CREATE TABLE ${name} AS SELECT * FROM read_parquet('${join(dir, `${name}.parquet`)}')`);
      }
      const expected = await engine.query(pointInTimeJoinSql({spine: "transactions", views: views.map((view) => ({view, source: view.name}))}));
      const actual = await readTable(join(dir, "joined.parquet"));
      expect(actual.numRows).toBe(world.transactions.numRows);
      expect(fingerprintTable(actual, {ordered: true})).toEqual(fingerprintTable(expected, {ordered: true}));
    } finally {
      await engine.close();
    }
  });
});
