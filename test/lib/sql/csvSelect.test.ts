import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {csvFailure, csvHeader, csvProblem, csvSelect, raw, type SqlEngine} from "../../../lib/sql/index.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";

let files = 0;
/** Registers `text` (or bytes) under a fresh name and reads it with csvSelect; `head` is what the callers pass: the first 64 KiB as text. */
async function select(engine: SqlEngine, content: string | Uint8Array, options: {sampleSize?: number} = {}) {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  const file = `csv-select-${++files}.csv`;
  await engine.registerFile(file, bytes);
  return {file, head: new TextDecoder().decode(bytes.subarray(0, 1 << 16)), read: await csvSelect(engine, file, new TextDecoder().decode(bytes.subarray(0, 1 << 16)), options)};
}

describe.each(engineFactories)("csvSelect on %s", (_kind, create) => {
  const engine = useEngine(create);

  it("csvSelect reads types from the data, zoned timestamps as TIMESTAMP UTC instants, an empty field null and \"\" the empty string", async () => {
    const {read} = await select(engine(), 'id,at,name\n1,2026-03-01T10:00:00+02:00,""\n2,2026-03-01T09:00:00Z,\n');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.columns).toEqual([{name: "id", type: "BIGINT"}, {name: "at", type: "TIMESTAMP WITH TIME ZONE"}, {name: "name", type: "VARCHAR"}]);
    expect(read.query).toMatch(/^SELECT "id", CAST\("at" AS TIMESTAMP\) AS "at", "name" FROM read_csv\('csv-select-\d+\.csv', header = true, skip = 0, allow_quoted_nulls = false, sample_size = 20480\)$/);
    const described = await rowsOf(engine(), raw(`SELECT column_type FROM (DESCRIBE ${read.query})`));
    expect(described.map((r) => r.column_type)).toEqual(["BIGINT", "TIMESTAMP", "VARCHAR"]);
    const rows = await rowsOf(engine(), raw(`SELECT id, epoch_ms("at") AS "at", name FROM (${read.query}) ORDER BY id`));
    expect(rows).toEqual([{id: 1, at: Date.UTC(2026, 2, 1, 8), name: ""}, {id: 2, at: Date.UTC(2026, 2, 1, 9), name: null}]);
  });

  it("csvSelect names a short line under the header instead of skipping the lines above it", async () => {
    // Left to itself DuckDB's sniffer skipped lines 1-2 and read 0 rows with line 3 as the header.
    const {read} = await select(engine(), "id,at,x\n1,2026-01-01T00:00:00Z\n2,2026-01-01T00:00:00Z,3,4,5\n");
    expect(read).toEqual({ok: false, problem: {kind: "ragged", line: 2, expected: 3, found: 2, text: "1,2026-01-01T00:00:00Z", message: 'line 2 has 2 fields where the header has 3: "1,2026-01-01T00:00:00Z"'}});
  });

  it("csvSelect names a line with one field too many (DuckDB alone reads the file as one column)", async () => {
    const {read} = await select(engine(), "id,amount,name\n1,2.5,a\n2,3.5,b,extra\n3,4.5,c\n");
    expect(read).toEqual({ok: false, problem: {kind: "ragged", line: 3, expected: 3, found: 4, text: "2,3.5,b,extra", message: 'line 3 has 4 fields where the header has 3: "2,3.5,b,extra"'}});
  });

  it("csvSelect refuses rows that all have more fields than the header instead of dropping the header", async () => {
    const {read} = await select(engine(), "id,amount\n1,2,3\n4,5,6\n7,8,9\n10,11,12\n", {sampleSize: -1});
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatchObject({kind: "ragged", line: 2, expected: 2, found: 3, text: "1,2,3"});
  });

  it("csvSelect finds a ragged line in a tab-separated file and cuts a long line's text at 80 characters", async () => {
    const long = "x".repeat(100);
    const {read} = await select(engine(), `a\tb\n1\t2\n3\t${long}\t5\n`);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatchObject({kind: "ragged", line: 3, found: 3, expected: 2, text: `3\t${long}`.slice(0, 80) + "…"});
  });

  it("csvSelect refuses a header that names a column twice (DuckDB would rename it dup_1)", async () => {
    const {read} = await select(engine(), 'a,"dup",b,dup\n1,2,3,4\n');
    expect(read).toEqual({ok: false, problem: {kind: "duplicate-column", line: 1, message: 'the header names column "dup" twice (columns 2 and 4); rename one'}});
  });

  it("csvSelect reads hostile but distinct header names as they are, an empty one as column<N>, a byte order mark dropped", async () => {
    const {read} = await select(engine(), `\uFEFF"a""q","""; DROP TABLE x; --",ünï🙂,<b>h</b>,\n1,2,3,4,5\n`);
    expect(read.ok && read.columns.map((c) => c.name)).toEqual(['a"q', '"; DROP TABLE x; --', "ünï🙂", "<b>h</b>", "column4"]);
    if (read.ok) expect((await engine().query(read.query)).numRows).toBe(1);
  });

  it("csvSelect refuses a blank first line and names a line that is not UTF-8", async () => {
    expect((await select(engine(), "\uFEFF\n\nid\n1\n")).read).toEqual({ok: false, problem: {kind: "blank-header", line: 1, message: "the first line is blank; a CSV starts with its header row"}});
    const latin1 = Uint8Array.from([..."id,name\n1,caf"].map((c) => c.charCodeAt(0)).concat([0xe9, 10]));
    const {read} = await select(engine(), latin1);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toEqual({kind: "not-utf8", line: 2, message: "line 2 is not UTF-8 text; save the file as UTF-8"});
  });

  it("csvSelect reads a header-only file as 0 rows and NaN/Infinity as doubles", async () => {
    const header = (await select(engine(), "id,v\n")).read;
    expect(header.ok && (await engine().query(header.query)).numRows).toBe(0);
    const nan = (await select(engine(), "v\nNaN\nInfinity\n-inf\n1.5\n")).read;
    expect(nan.ok && [...(await engine().query(nan.query)).getChild("v")!]).toEqual([NaN, Infinity, -Infinity, 1.5]);
  });

  it("csvFailure names a ragged line beyond the sniffer's sample, where the scan itself fails", async () => {
    // The sniffer reads at least its first chunk (~2048 lines) whatever sampleSize says: put the line well past it.
    const lines = ["a,b", ...Array.from({length: 5000}, (_, i) => `${i},${i * 2}`)];
    lines[4000] = "3999,98,7";
    const {file, head, read} = await select(engine(), lines.join("\n") + "\n", {sampleSize: 5});
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const error = await engine().query(read.query).then(() => null, (e: unknown) => e);
    expect(error).not.toBeNull();
    expect(await csvFailure(engine(), file, head, error)).toEqual({kind: "ragged", line: 4001, expected: 2, found: 3, text: "3999,98,7", message: 'line 4001 has 3 fields where the header has 2: "3999,98,7"'});
    expect(await engine().query("SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE 'fslab_csv_%'").then((t) => Number(t.get(0)!.toArray()[0]))).toBe(0);
  });

  it("csvSelect reads every well-formed file whole and names the one line given a field more or less (property)", async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.tuple(fc.integer({min: -1e6, max: 1e6}), fc.stringMatching(/^[a-z ]{0,8}$/)), {minLength: 1, maxLength: 30}),
      fc.nat(), fc.boolean(),
      async (rows, at, more) => {
        const lines = ["n,s", ...rows.map(([n, s]) => `${n},"${s}"`)];
        const good = (await select(engine(), lines.join("\n") + "\n", {sampleSize: -1})).read;
        expect(good.ok).toBe(true);
        if (!good.ok) return;
        expect((await rowsOf(engine(), raw(good.query))).map((r) => [Number(r.n), r.s])).toEqual(rows);
        const broken = 1 + (at % rows.length); // index into lines: a data line
        lines[broken] = more ? `${lines[broken]},9` : String(rows[broken - 1]![0]);
        const bad = (await select(engine(), lines.join("\n") + "\n", {sampleSize: -1})).read;
        expect(bad.ok).toBe(false);
        if (!bad.ok) expect(bad.problem).toMatchObject({kind: "ragged", line: broken + 1, expected: 2, found: more ? 3 : 1});
      },
    ), {numRuns: 25});
  });
});

describe("csvHeader", () => {
  it("csvHeader splits the header by the delimiter it uses most, quotes undone, a byte order mark dropped", () => {
    expect(csvHeader('\uFEFFid;"a;b"\n1;2\n')).toEqual({delimiter: ";", fields: ["id", "a;b"]});
    expect(csvHeader('"x""y",b\tc\r\n1')).toEqual({delimiter: ",", fields: ['x"y', "b\tc"]});
    expect(csvHeader("a\tb\tc|d\n")).toEqual({delimiter: "\t", fields: ["a", "b", "c|d"]});
  });
  it("csvHeader keeps a quoted line break inside the header line", () => {
    expect(csvHeader('"two\nlines",b\n1,2')).toEqual({delimiter: ",", fields: ["two\nlines", "b"]});
  });
  it("csvHeader of a one-column header has no delimiter", () => {
    expect(csvHeader("value\n1\n")).toEqual({delimiter: undefined, fields: ["value"]});
    expect(csvHeader("")).toEqual({delimiter: undefined, fields: [""]});
  });
});

describe("csvProblem", () => {
  it("csvProblem(mid-scan column count error) gives the line and the counts", () => {
    expect(csvProblem(new Error("Invalid Input Error: CSV Error on Line: 7\nOriginal Line: 1,2\nExpected Number of Columns: 3 Found: 2")))
      .toEqual({kind: "unreadable", line: 7, expected: 3, found: 2, message: "line 7: expected 3 fields, found 2"});
  });
  it("csvProblem(sniffer failure) says no dialect fits instead of DuckDB's list of candidates", () => {
    expect(csvProblem(new Error('Invalid Input Error: Error when sniffing file "a.csv".\nIt was not possible to automatically detect the CSV parsing dialect\n…')))
      .toEqual({kind: "unreadable", line: null, message: "not a CSV DuckDB can read: no delimiter and quoting split every line into the same number of fields"});
  });
  it("csvProblem(other error) keeps its first line without the error class", () => {
    expect(csvProblem("IO Error: No files found that match the pattern \"x.csv\"\nmore")).toEqual({kind: "unreadable", line: null, message: 'No files found that match the pattern "x.csv"'});
  });
});
