import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {Float64, Int32, Table, TimestampMillisecond, Utf8, vectorFromArray} from "apache-arrow";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {parseNumber} from "../../../src/cli/commands/drift.js";
import {writeTable} from "../../../src/io/index.js";
import {goldenTables} from "../../lib/drift/driftData.js";
import {goldens} from "../../lib/drift/goldens.js";
import {fslabInProcess as fslab, fslabProcess} from "./fslab.js";

const close = (got: number, want: number, rel = 1e-9) => expect(Math.abs(got - want)).toBeLessThanOrEqual(rel * Math.abs(want));
const {reference, current} = goldenTables();
const small = (columns: Record<string, unknown[]>) =>
  new Table(Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, vectorFromArray(v, typeof v.find((x) => x !== null) === "string" ? new Utf8() : new Float64())])));

describe("fslab drift", () => {
  let dir = "";
  const at = (name: string) => join(dir, name);
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "fslab-drift-"));
    for (const ext of ["csv", "parquet", "arrow"]) {
      await writeTable(reference, at(`ref.${ext}`));
      await writeTable(current, at(`cur.${ext}`));
    }
    await writeTable(reference.slice(0, 0), at("empty.parquet"));
    await writeTable(new Table({amount: vectorFromArray(["1", "2"], new Utf8()), category: vectorFromArray(["a", "b"], new Utf8())}), at("text.parquet"));
    await writeTable(new Table({amount: vectorFromArray([1, 2, 3], new Float64()), at: vectorFromArray([0, 1, 2], new TimestampMillisecond())}), at("times.arrow"));
    await writeTable(small({x: [1, 2, 3, 4, 5, 6], s: ["a", "b", "a", "a", "b", "a"]}), at("same.csv"));
    await writeTable(small({x: [null, null, null], s: ["a", "b", "a"]}), at("allnull.parquet"));
    await writeTable(new Table({x: vectorFromArray([1, 2, 3, 4, 5, 6], new Int32()), s: vectorFromArray(["a", "b", "a", "a", "b", "a"], new Utf8())}), at("ints.arrow"));
    await writeFile(at("inf.csv"), "x,s\n1,a\ninf,b\n3,a\n");
    await writeFile(at("broken.parquet"), "not parquet at all");
  });
  afterAll(async () => {
    if (dir) await rm(dir, {recursive: true, force: true});
  });

  it("fslab drift --format json prints DESIGN's shape, equal to numpy/scipy to 1e-9 relative", async () => {
    const {code, stdout, stderr} = await fslab("drift", "--reference", at("ref.parquet"), "--current", at("cur.parquet"), "--format", "json");
    expect([code, stderr]).toEqual([1, ""]); // the category column drifts
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(["columns"]);
    const [amount, category] = report.columns;
    expect(Object.keys(amount)).toEqual(["column", "kind", "psi", "js", "ks", "ks_p_value", "wasserstein", "bins", "null_share_reference", "null_share_current", "status"]);
    const g = goldens.main;
    // python3 test/lib/drift/__golden__/drift_goldens.py  (case "main": the amount column)
    for (const key of ["psi", "js", "ks", "ks_p_value", "wasserstein", "null_share_reference", "null_share_current"] as const) close(amount[key], g[key]);
    expect(amount).toMatchObject({column: "amount", kind: "numeric", bins: 10, status: "warn"});
    // python3 test/lib/drift/__golden__/drift_goldens.py  (case "categorical_tables")
    close(category.psi, goldens.categorical_tables.psi);
    close(category.js, goldens.categorical_tables.js);
    expect(category).toMatchObject({column: "category", kind: "categorical", ks: null, ks_p_value: null, wasserstein: null, bins: 5, null_share_reference: 0.02, null_share_current: 0, status: "drift"});
  });

  it("fslab drift gives CSV, Parquet and Arrow IPC the same report", async () => {
    const json = async (ext: string) => (await fslab("drift", "--reference", at(`ref.${ext}`), "--current", at(`cur.${ext}`), "--format", "json")).stdout;
    const parquet = await json("parquet");
    expect(await json("csv")).toBe(parquet);
    expect(await json("arrow")).toBe(parquet);
  });

  it("fslab drift prints a table by default and exits 1 when a column drifts", async () => {
    const {code, stdout} = await fslab("drift", "--reference", at("ref.csv"), "--current", at("cur.csv"));
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(`drift of ${at("cur.csv")} against ${at("ref.csv")}: 10 bins, eps 1e-8, warn from PSI 0.1, drift from 0.25`);
    expect(lines[2]).toMatch(/^column\s+kind\s+bins\s+psi\s+js\s+ks\s+ks p-value\s+wasserstein\s+null ref\s+null cur\s+status$/);
    expect(lines[3]).toMatch(/^amount\s+numeric\s+10\s+0\.2290\s+0\.0281\s+0\.1973\s+7\.585e-8\s+16\.91\s+2\.80%\s+2\.50%\s+warn$/);
    expect(lines[4]).toMatch(/^category\s+categorical\s+5\s+1\.4704\s+0\.0348\s+-\s+-\s+-\s+2\.00%\s+0\.00%\s+drift$/);
    expect(lines.at(-1)).toBe("1 of 2 columns drift (PSI ≥ 0.25); 1 warn.");
  });

  it("fslab drift exits 0 when no column drifts, and applies --columns, --bins, --eps, --warn and --threshold", async () => {
    const only = await fslab("drift", "--reference", at("ref.csv"), "--current", at("cur.csv"), "--columns", "amount", "--format", "json");
    expect(only.code).toBe(0);
    expect(JSON.parse(only.stdout).columns.map((c: {column: string}) => c.column)).toEqual(["amount"]);
    const strict = await fslab("drift", "--reference", at("ref.csv"), "--current", at("cur.csv"), "--columns", "amount", "--threshold", "0.2", "--warn", "0.05", "--format", "json");
    expect([strict.code, JSON.parse(strict.stdout).columns[0].status]).toEqual([1, "drift"]);
    const lax = await fslab("drift", "--reference", at("ref.csv"), "--current", at("cur.csv"), "--threshold", "2", "--warn", "1.5", "--format", "json");
    expect([lax.code, JSON.parse(lax.stdout).columns.map((c: {status: string}) => c.status)]).toEqual([0, ["ok", "ok"]]);
    const bins = JSON.parse((await fslab("drift", "--reference", at("ref.csv"), "--current", at("cur.csv"), "--bins", "4", "--eps", "0.001", "--format", "json")).stdout);
    expect(bins.columns[0].bins).toBe(4);
    expect(bins.columns[0].psi).not.toBe(goldens.main.psi);
  });

  it("fslab drift reports an all-null column as no_data with the reason, not a crash", async () => {
    const {code, stdout, stderr} = await fslab("drift", "--reference", at("same.csv"), "--current", at("allnull.parquet"), "--format", "json");
    expect([code, stderr]).toEqual([0, ""]);
    const [x, s] = JSON.parse(stdout).columns;
    expect(x).toMatchObject({column: "x", psi: null, ks: null, null_share_current: 1, status: "no_data", reason: "all 3 rows of the current window are null or NaN"});
    expect(s).toMatchObject({column: "s", status: "ok"});
    const text = await fslab("drift", "--reference", at("same.csv"), "--current", at("allnull.parquet"));
    expect(text.stdout).toContain("no_data: all 3 rows of the current window are null or NaN");
    expect(text.stdout.trimEnd().split("\n").at(-1)).toBe("no column drifts (every PSI < 0.25); 1 without data.");
  });

  it("fslab drift compares integer and floating-point windows of one numeric column", async () => {
    const {code, stdout} = await fslab("drift", "--reference", at("same.csv"), "--current", at("ints.arrow"), "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).columns[0]).toMatchObject({column: "x", kind: "numeric", psi: 0, ks: 0, wasserstein: 0, status: "ok"});
  });

  const bad: [string, string[], RegExp][] = [
    ["a --columns name missing from the current file", ["--reference", "ref.csv", "--current", "same.csv", "--columns", "amount"], /^fslab drift: --columns "amount" is not in .*same\.csv \(it has x, s\) \(try fslab drift --help\)$/],
    ["a --columns name missing from the reference file", ["--reference", "same.csv", "--current", "ref.csv", "--columns", "amount"], /^fslab drift: --columns "amount" is not in .*same\.csv \(it has x, s\)/],
    ["a reference column missing from the current file", ["--reference", "ref.csv", "--current", "same.csv"], /^fslab drift: column "amount" of .*ref\.csv is not in .*same\.csv \(it has x, s\); choose columns with --columns$/],
    ["a column numeric in one window and text in the other", ["--reference", "ref.parquet", "--current", "text.parquet"], /^fslab drift: column "amount" is numbers \(Float64\) in .*ref\.parquet but text in .*text\.parquet: drift compares a column with itself$/],
    ["a timestamp column", ["--reference", "times.arrow", "--current", "times.arrow", "--columns", "at"], /^fslab drift: column "at" of .*times\.arrow is a timestamp: drift compares numbers, text or booleans$/],
    ["an empty window", ["--reference", "ref.parquet", "--current", "empty.parquet"], /^fslab drift: .*empty\.parquet has no rows: the current window is empty$/],
    ["--bins below 2", ["--reference", "ref.csv", "--current", "cur.csv", "--bins", "1"], /^fslab drift: --bins must be a whole number ≥ 2; got "1" \(try fslab drift --help\)$/],
    ["--bins not an integer", ["--reference", "ref.csv", "--current", "cur.csv", "--bins", "2.5"], /--bins must be a whole number ≥ 2; got "2\.5"/],
    ["--bins not a number", ["--reference", "ref.csv", "--current", "cur.csv", "--bins", "ten"], /--bins must be a whole number ≥ 2; got "ten"/],
    ["a negative --eps", ["--reference", "ref.csv", "--current", "cur.csv", "--eps=-1e-8"], /--eps must be a number ≥ 0; got "-1e-8"/],
    ["--eps not a number", ["--reference", "ref.csv", "--current", "cur.csv", "--eps", "tiny"], /--eps must be a number ≥ 0; got "tiny"/],
    ["--threshold not a number", ["--reference", "ref.csv", "--current", "cur.csv", "--threshold", "high"], /--threshold must be a number ≥ 0; got "high"/],
    ["--warn above --threshold", ["--reference", "ref.csv", "--current", "cur.csv", "--warn", "0.3"], /^fslab drift: --warn must not exceed --threshold; got --warn 0\.3 > --threshold 0\.25 \(try fslab drift --help\)$/],
    ["a missing file", ["--reference", "nope.csv", "--current", "cur.csv"], /^fslab drift: cannot read .*nope\.csv: /],
    ["a file that is not Parquet", ["--reference", "broken.parquet", "--current", "cur.parquet"], /^fslab drift: cannot read .*broken\.parquet: /],
    ["an infinite value", ["--reference", "same.csv", "--current", "inf.csv"], /^fslab drift: column "x" of .*inf\.csv holds 1 infinite value: drift needs finite numbers \(or nulls\)$/],
    ["no --current", ["--reference", "ref.csv"], /missing required option --current/],
    ["a --columns list with a blank", ["--reference", "ref.csv", "--current", "cur.csv", "--columns", "amount,"], /--columns takes column names separated by commas, got "amount,"/],
    ["a bad --format", ["--reference", "ref.csv", "--current", "cur.csv", "--format", "xml"], /--format must be one of text\|json/],
  ];
  it.each(bad)("fslab drift with %s exits 2 with one line and no output", async (_, args, message) => {
    const {code, stdout, stderr} = await fslab("drift", ...args.map((a, i) => (args[i - 1] === "--reference" || args[i - 1] === "--current" ? at(a) : a)));
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr.trim()).toMatch(message);
  });

  it("fslab drift runs as the real executable", () => {
    const run = fslabProcess("drift", "--reference", at("same.csv"), "--current", at("same.csv"), "--format", "json");
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(JSON.parse(run.stdout).columns.map((c: {psi: number; status: string}) => [c.psi, c.status])).toEqual([[0, "ok"], [0, "ok"]]);
  });
});

describe("parseNumber", () => {
  it("parseNumber reads plain numbers with exponents and refuses hex, Infinity and blanks", () => {
    expect(parseNumber("eps", "1e-8", "a number ≥ 0", (x) => x >= 0)).toBe(1e-8);
    expect(parseNumber("bins", " 12 ", "a whole number", Number.isInteger)).toBe(12);
    for (const text of ["0x10", "Infinity", "", "1/2", "1e999"]) expect(() => parseNumber("eps", text, "a number ≥ 0", (x) => x >= 0)).toThrow(/--eps must be a number ≥ 0/);
  });
});
