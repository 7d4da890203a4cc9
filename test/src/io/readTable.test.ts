import {mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {createNativeEngine} from "../../../src/engines/index.js";
import {InputError, readTable, tableFormat} from "../../../src/io/index.js";

let dir = "";
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), "fslab-read-"))));
afterAll(() => rm(dir, {recursive: true, force: true}));

describe("readTable", () => {
  it("readTable(csv) reads RFC 4180 quoting, nulls vs empty strings, ISO timestamps as UTC", async () => {
    const path = join(dir, "quoted.csv");
    await writeFile(path, 'id,note,at\n1,"a, ""b""",2026-01-01T00:00:00.000Z\n2,"",2026-01-02T12:30:00.000Z\n3,,\n');
    const t = await readTable(path);
    expect(t.getChild("note")!.toArray()).toEqual(['a, "b"', "", null]);
    expect([...t.getChild("at")!]).toEqual([Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 2, 12, 30), null]);
    expect(String(t.schema.fields[2]!.type)).toMatch(/^Timestamp</);
  });
  it("readTable of a missing file is an InputError naming it, on one line", async () => {
    const path = join(dir, "nope.parquet");
    const error = await readTable(path).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(new RegExp(`^cannot read ${path}: [^\\n]+$`));
  });
  it("readTable of a corrupt Parquet or Arrow file is an InputError", async () => {
    for (const name of ["bad.parquet", "bad.arrow"]) {
      await writeFile(join(dir, name), "not a table");
      await expect(readTable(join(dir, name))).rejects.toBeInstanceOf(InputError);
    }
  });
});

describe("readTable of files that are not what their extension says", () => {
  it("readTable of a Parquet file cut short says so, without DuckDB's error prefix", async () => {
    const engine = await createNativeEngine();
    const whole = join(dir, "whole.parquet");
    await engine.query(`COPY (SELECT range AS id FROM range(1000)) TO '${whole}' (FORMAT parquet)`);
    const nested = join(dir, "nested.parquet");
    await engine.query(`COPY (SELECT 1 AS id, {'a': 1} AS s) TO '${nested}' (FORMAT parquet)`);
    await engine.close();
    const bytes = await readFile(whole);
    await writeFile(join(dir, "cut.parquet"), bytes.subarray(0, bytes.length >> 1));
    expect((await readTable(join(dir, "cut.parquet")).then(() => new Error("read"), (e: Error) => e)).message).toBe(`cannot read ${join(dir, "cut.parquet")}: not a Parquet file, or cut short: it does not end with the PAR1 marker`);
    expect((await readTable(nested).then(() => new Error("read"), (e: Error) => e)).message).toMatch(/: column "s" has type STRUCT\("a" INTEGER\), which fslab cannot read \(.*\); write the file without it or with it as text$/);
  });
  it("readTable of a text file named .arrow says it is not Arrow IPC", async () => {
    await writeFile(join(dir, "text.arrow"), "hello, not arrow\n");
    expect((await readTable(join(dir, "text.arrow")).then(() => new Error("read"), (e: Error) => e)).message).toMatch(/^cannot read .*text\.arrow: not an Arrow IPC file or stream \(/);
  });
});

describe("tableFormat", () => {
  it("tableFormat(path) goes by extension, case-insensitive", () => {
    expect(["a.CSV", "b.parquet", "c.arrow", "d.feather"].map(tableFormat)).toEqual(["csv", "parquet", "arrow", "arrow"]);
  });
  it("tableFormat rejects other extensions", () => {
    expect(() => tableFormat("x.xlsx")).toThrow(/x.xlsx: unknown file type ".xlsx"/);
  });
});
