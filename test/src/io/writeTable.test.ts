import {mkdtemp, readFile, readdir, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Table} from "apache-arrow";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {generateWorld} from "../../../lib/synth/index.js";
import {InputError, readTable, writeTable} from "../../../src/io/index.js";

const world = generateWorld({seed: 7, size: {customers: 40, transactions: 2_000, merchants: 20, requests: 50, driftRows: 50}, tables: ["transactions", "txn_stats"]});
let dir = "";
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), "fslab-io-"))));
afterAll(() => rm(dir, {recursive: true, force: true}));

/** Rows as plain values: bigints as numbers, so Int32 and CSV's BIGINT compare equal. */
const rows = (t: Table) => t.toArray().map((r) => Object.fromEntries(Object.entries(r.toJSON()).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])));

describe("writeTable", () => {
  for (const format of ["parquet", "arrow", "csv"] as const) {
    it(`writeTable(table, path, "${format}") round-trips through readTable, nulls and timestamps included`, async () => {
      const path = join(dir, `txn_stats.${format}`);
      await writeTable(world.txn_stats, path, format);
      const back = await readTable(path);
      expect(back.schema.fields.map((f) => f.name)).toEqual(world.txn_stats.schema.fields.map((f) => f.name));
      expect(rows(back)).toEqual(rows(world.txn_stats));
      expect(back.getChild("amount_mean_30d")!.nullCount).toBe(world.txn_stats.getChild("amount_mean_30d")!.nullCount);
    });
    it(`writeTable(table, path, "${format}") gives byte-identical files for the same table`, async () => {
      await writeTable(world.transactions, join(dir, `a.${format}`), format);
      await writeTable(world.transactions, join(dir, `b.${format}`), format);
      expect(Buffer.compare(await readFile(join(dir, `a.${format}`)), await readFile(join(dir, `b.${format}`)))).toBe(0);
    });
  }
  it("writeTable writes timestamps to CSV as ISO-8601 UTC", async () => {
    await writeTable(world.transactions.slice(0, 1), join(dir, "one.csv"));
    const [header, line] = (await readFile(join(dir, "one.csv"), "utf8")).split("\n");
    expect(header).toBe("txn_id,customer_id,merchant_id,merchant_category,channel,amount,event_timestamp,created_timestamp,is_correction");
    expect(line).toMatch(/^1,\d+,\d+,[a-z]+,(web|pos|app),[\d.]+,2026-01-01T\d\d:\d\d:\d\d\.\d{3}Z,2026-01-0\dT\d\d:\d\d:\d\d\.\d{3}Z,false$/);
  });
  it("writeTable to a missing folder fails with one line and leaves no file", async () => {
    const path = join(dir, "missing", "x.parquet");
    const error = await writeTable(world.txn_stats, path).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).not.toContain("\n");
    expect(error.message).toContain(path);
  });
  it("a failed writeTable leaves an existing file untouched and no temporary file behind", async () => {
    const path = join(dir, "keep.csv");
    await writeTable(world.txn_stats, path);
    const before = await readFile(path);
    const failing = {
      get(row: number) {
        if (row >= 20_000) throw new Error("disk on fire"); // after the first block is on disk
        return 1;
      },
    };
    const broken = new Proxy(world.txn_stats, {get: (t, key) => (key === "getChildAt" ? () => failing : key === "numRows" ? 40_000 : Reflect.get(t, key))});
    await expect(writeTable(broken, path)).rejects.toBeInstanceOf(InputError);
    expect(Buffer.compare(await readFile(path), before)).toBe(0);
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
