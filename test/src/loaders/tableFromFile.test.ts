import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {LoaderError, tableFromFile} from "../../../src/loaders/index.js";

const fixture = new URL("../../../data/yours/card_payments.parquet", import.meta.url).pathname;
let dir = "";
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), "fslab-loader-"))));
afterAll(() => rm(dir, {recursive: true, force: true}));

describe("tableFromFile", () => {
  it("tableFromFile reads the committed sample Parquet: 5,021 payments of 11 columns", async () => {
    const table = await tableFromFile(fixture);
    expect(table.numRows).toBe(5021);
    expect(table.schema.fields.map((f) => f.name)).toEqual([
      "txn_id", "customer_id", "merchant_id", "merchant_category", "channel", "amount",
      "event_timestamp", "created_timestamp", "is_correction", "label_timestamp", "is_fraud",
    ]);
  });
  it("tableFromFile reads a CSV with its types detected", async () => {
    const path = join(dir, "orders.csv");
    await writeFile(path, "id,total\n1,9.5\n2,\n");
    const table = await tableFromFile(path);
    expect(table.numRows).toBe(2);
    expect(table.getChild("total")!.toArray()[0]).toBe(9.5);
  });
  it("tableFromFile of a header without rows is a LoaderError naming the file and its columns", async () => {
    const path = join(dir, "header-only.csv");
    await writeFile(path, "id,total\n");
    await expect(tableFromFile(path)).rejects.toThrow(new LoaderError(`cannot use ${path}: it has no rows (columns: id, total)`));
  });
  it("tableFromFile of a missing, empty or malformed file is a one-line LoaderError naming it", async () => {
    await writeFile(join(dir, "zero.csv"), "");
    await writeFile(join(dir, "ragged.csv"), "a,b\n1,2\n3,4,5\n");
    await writeFile(join(dir, "broken.parquet"), "not parquet");
    for (const [name, why] of [["missing.parquet", "no such file"], ["zero.csv", "the file is empty (0 bytes)"], ["ragged.csv", "line 3 has 3 fields"], ["broken.parquet", "not a Parquet file"]]) {
      const error = (await tableFromFile(join(dir, name!)).catch((e: unknown) => e)) as Error;
      expect(error, name).toBeInstanceOf(LoaderError);
      expect(error.message).toContain(`cannot read ${join(dir, name!)}: ${why}`);
      expect(error.message).not.toContain("\n");
    }
  });
});
