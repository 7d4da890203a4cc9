import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {SqlEngine} from "../../../lib/sql/index.js";
import {createNativeEngine} from "../../../src/engines/index.js";
import {csvProblem, csvSelect, InputError} from "../../../src/io/index.js";

let dir = "";
let engine: SqlEngine;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fslab-csv-"));
  engine = await createNativeEngine();
});
afterAll(async () => {
  await engine?.close();
  await rm(dir, {recursive: true, force: true});
});

async function read(name: string, text: string) {
  await writeFile(join(dir, name), text);
  return engine.query(await csvSelect(engine, join(dir, name)));
}
const failure = (name: string, text: string) => read(name, text).then(() => null, (error: Error) => error);

describe("csvSelect", () => {
  it("csvSelect names the ragged line instead of skipping the lines above it", async () => {
    // Left to itself DuckDB's sniffer skipped lines 1-2 and read 0 rows with line 3 as the header.
    const error = await failure("short.csv", "id,at,x\n1,2026-01-01T00:00:00Z\n2,2026-01-01T00:00:00Z,3,4,5\n");
    expect(error).toBeInstanceOf(InputError);
    expect(error!.message).toBe(`cannot read ${join(dir, "short.csv")}: line 2 has 2 fields where the header has 3: "1,2026-01-01T00:00:00Z"`);
  });
  it("csvSelect names a line with one field too many", async () => {
    const error = await failure("long.csv", "a,b\n1,2\n3,4,5\n");
    expect(error?.message).toMatch(/: line 3 has 3 fields where the header has 2: "3,4,5"$/);
  });
  it("csvSelect refuses a header that names a column twice (DuckDB would rename it dup_1)", async () => {
    const error = await failure("dup.csv", 'a,"dup",b,dup\n1,2,3,4\n');
    expect(error?.message).toMatch(/: the header names column "dup" twice \(columns 2 and 4\); rename one$/);
  });
  it("csvSelect reads hostile but distinct header names as they are, an empty one as column<N>", async () => {
    const t = await read("names.csv", `"a""q","""; DROP TABLE x; --",ünï🙂,<b>h</b>,\n1,2,3,4,5\n`);
    expect(t.schema.fields.map((f) => f.name)).toEqual(['a"q', '"; DROP TABLE x; --', "ünï🙂", "<b>h</b>", "column4"]);
    expect(t.numRows).toBe(1);
  });
  it("csvSelect drops a byte order mark from the first column's name", async () => {
    const t = await read("bom.csv", "\uFEFFid,v\n1,2\n");
    expect(t.schema.fields.map((f) => f.name)).toEqual(["id", "v"]);
  });
  it("csvSelect names a line that is not UTF-8 and refuses a blank first line", async () => {
    await writeFile(join(dir, "latin1.csv"), Buffer.from("id,name\n1,caf\xe9\n", "latin1"));
    expect((await csvSelect(engine, join(dir, "latin1.csv")).then(() => null, (e: Error) => e))?.message).toMatch(/latin1\.csv: line 2 is not UTF-8 text; save the file as UTF-8$/);
    expect((await failure("blank.csv", "\uFEFF\n\n"))?.message).toMatch(/blank\.csv: the first line is blank; a CSV starts with its header row$/);
  });
  it("csvSelect reads a header-only file as 0 rows and NaN/Infinity as doubles", async () => {
    expect((await read("header.csv", "id,v\n")).numRows).toBe(0);
    expect([...(await read("nan.csv", "v\nNaN\nInfinity\n-inf\n1.5\n")).getChild("v")!]).toEqual([NaN, Infinity, -Infinity, 1.5]);
  });
});

describe("csvProblem", () => {
  it("csvProblem(mid-scan column count error) gives the line and the counts", () => {
    expect(csvProblem(new Error("Invalid Input Error: CSV Error on Line: 7\nOriginal Line: 1,2\nExpected Number of Columns: 3 Found: 2"))).toBe("line 7: expected 3 fields, found 2");
  });
  it("csvProblem(sniffer failure) says no dialect fits instead of DuckDB's list of candidates", () => {
    expect(csvProblem(new Error('Invalid Input Error: Error when sniffing file "a.csv".\nIt was not possible to automatically detect the CSV parsing dialect\n…'))).toMatch(/^not a CSV DuckDB can read: /);
  });
});
