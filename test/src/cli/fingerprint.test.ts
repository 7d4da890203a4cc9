import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {Float64, Int32, Table, TimestampMillisecond, Utf8, vectorFromArray} from "apache-arrow";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {fingerprintTable} from "../../../lib/fingerprint/index.js";
import {writeTable} from "../../../src/io/index.js";
import {fslabInProcess as fslab} from "./fslab.js";

const rows = [
  {id: 1, amount: 2.5, channel: "web", ts: Date.UTC(2026, 0, 1)},
  {id: 2, amount: null, channel: "pos, \"x\"", ts: Date.UTC(2026, 0, 2, 3, 4, 5, 678)},
  {id: 3, amount: -0, channel: null, ts: Date.UTC(2026, 0, 3)},
];
const toTable = (rs: typeof rows) => new Table({
  id: vectorFromArray(rs.map((r) => r.id), new Int32()),
  amount: vectorFromArray(rs.map((r) => r.amount), new Float64()),
  channel: vectorFromArray(rs.map((r) => r.channel), new Utf8()),
  ts: vectorFromArray(rs.map((r) => r.ts), new TimestampMillisecond()),
});

describe("fslab fingerprint", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "fslab-fingerprint-"));
    await writeTable(toTable(rows), join(dir, "t.csv"));
    await writeTable(toTable(rows), join(dir, "t.parquet"));
    await writeTable(toTable([rows[2]!, rows[0]!, rows[1]!]), join(dir, "shuffled.parquet"));
  });
  afterAll(async () => {
    if (dir) await rm(dir, {recursive: true, force: true});
  });

  it("fslab fingerprint FILE --format json prints the design's shape, equal to fingerprintTable", async () => {
    const {code, stdout} = await fslab("fingerprint", join(dir, "t.parquet"), "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(fingerprintTable(toTable(rows)));
  });

  it("fslab fingerprint gives CSV and Parquet of the same table, and its shuffle, one fingerprint", async () => {
    const json = async (file: string) => JSON.parse((await fslab("fingerprint", join(dir, file), "--format", "json")).stdout);
    const [csv, parquet, shuffled] = [await json("t.csv"), await json("t.parquet"), await json("shuffled.parquet")];
    expect(csv).toEqual(parquet);
    expect(shuffled).toEqual(parquet);
  });

  it("fslab fingerprint --ordered tells the shuffled file apart", async () => {
    const a = JSON.parse((await fslab("fingerprint", join(dir, "t.parquet"), "--ordered", "--format", "json")).stdout);
    const b = JSON.parse((await fslab("fingerprint", join(dir, "shuffled.parquet"), "--ordered", "--format", "json")).stdout);
    expect(a.fingerprint).not.toBe(b.fingerprint);
  });

  it("fslab fingerprint --columns covers those columns only; text output lists them", async () => {
    const {code, stdout} = await fslab("fingerprint", join(dir, "t.csv"), "--columns", "id,channel");
    expect(code).toBe(0);
    const expected = fingerprintTable(toTable(rows), {columns: ["id", "channel"]});
    expect(stdout).toBe(`fingerprint ${expected.fingerprint} (3 rows, any order)\n  channel  ${expected.columns.channel}\n  id       ${expected.columns.id}\n`);
  });

  it("fslab fingerprint exits 2 with one line for a missing file, an unknown column or no FILE", async () => {
    for (const argv of [["fingerprint", join(dir, "nope.csv")], ["fingerprint", join(dir, "t.csv"), "--columns", "zzz"], ["fingerprint"]]) {
      const {code, stdout, stderr} = await fslab(...argv);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).toMatch(/^fslab fingerprint: /);
    }
  });
});
