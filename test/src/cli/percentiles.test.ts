import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {Float64, Int32, Int64, Table, TimestampMillisecond, Utf8, vectorFromArray} from "apache-arrow";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {percentilesSql} from "../../../lib/latency/index.js";
import {sql, sqlStringLiteral, raw} from "../../../lib/sql/index.js";
import {parseQs} from "../../../src/cli/commands/percentiles.js";
import {createNativeEngine} from "../../../src/engines/index.js";
import {writeTable} from "../../../src/io/index.js";
import {fslabInProcess as fslab, fslabProcess} from "./fslab.js";

// Heavy-tailed: 1000 / (1 + (i·7919 mod 10007)); integer arithmetic and one division, exact alike in JS and Python.
const heavy = Array.from({length: 1000}, (_, i) => 1000 / (1 + ((i * 7919) % 10007)));
const rows = heavy.length;
const table = new Table({
  latency_ms: vectorFromArray(heavy.map((v, i) => (i % 97 === 5 ? null : v)), new Float64()), // nulls are left out
  count: vectorFromArray(Array.from({length: rows}, (_, i) => (i * 37) % 101), new Int32()),
  big: vectorFromArray(Array.from({length: rows}, (_, i) => BigInt(i) * 1_000_000_007n), new Int64()),
  view: vectorFromArray(Array.from({length: rows}, (_, i) => ["a", "b"][i % 2]!), new Utf8()),
  at: vectorFromArray(Array.from({length: rows}, (_, i) => Date.UTC(2026, 0, 1) + i), new TimestampMillisecond()),
  empty: vectorFromArray(Array.from({length: rows}, () => null), new Float64()),
});
const kept = heavy.filter((_, i) => i % 97 !== 5);

describe("fslab percentiles", () => {
  let dir = "";
  const at = (name: string) => join(dir, name);
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "fslab-percentiles-"));
    for (const ext of ["csv", "parquet", "arrow"]) await writeTable(table, at(`t.${ext}`));
    await writeTable(table.slice(0, 0), at("none.parquet"));
    await writeFile(at("nan.csv"), "x\nNaN\n1\nnan\n3\n");
    await writeFile(at("inf.csv"), "x\n1\ninf\n");
    await writeFile(at("blank.csv"), "x,y\n1,\n2,\n");
    await writeFile(at("allnan.csv"), "x\nNaN\n\nnan\n");
  });
  afterAll(async () => {
    if (dir) await rm(dir, {recursive: true, force: true});
  });

  it("fslab percentiles --format json prints the design's shape, equal to numpy to 1e-9 relative", async () => {
    // python3 -c "import numpy as np; x = [1000 / (1 + (i * 7919) % 10007) for i in range(1000)]; x = np.array([v for i, v in enumerate(x) if i % 97 != 5]); print(len(x), [float(v) for v in np.quantile(x, [0, 0.5, 0.95, 0.99, 0.999, 1])])"
    const numpy = [0.1001201441730076, 0.2002402883460152, 1.9668355596499243, 9.53900019451469, 110.79999999994925, 1000.0];
    const {code, stdout, stderr} = await fslab("percentiles", at("t.parquet"), "--column", "latency_ms", "--q", "0,0.5,0.95,0.99,0.999,1", "--format", "json");
    expect([code, stderr]).toEqual([0, ""]);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(["column", "n", "quantiles"]);
    expect(result.column).toBe("latency_ms");
    expect(result.n).toBe(kept.length);
    expect(result.quantiles.map((r: {q: number}) => r.q)).toEqual([0, 0.5, 0.95, 0.99, 0.999, 1]);
    result.quantiles.forEach((r: {value: number}, i: number) => expect(Math.abs(r.value - numpy[i]!)).toBeLessThanOrEqual(1e-9 * numpy[i]!));
  });

  it("fslab percentiles gives CSV, Parquet and Arrow IPC the same answer", async () => {
    const json = async (file: string, column: string) => (await fslab("percentiles", at(file), "--column", column, "--format", "json")).stdout;
    for (const column of ["latency_ms", "count", "big"]) {
      const [csv, parquet, arrow] = [await json("t.csv", column), await json("t.parquet", column), await json("t.arrow", column)];
      expect(csv).toBe(parquet);
      expect(arrow).toBe(parquet);
    }
  });

  it("fslab percentiles agrees with native DuckDB's quantile_cont over read_parquet (to 1e-13 relative)", async () => {
    const q = [0.5, 0.9, 0.99, 0.999];
    const cli = JSON.parse((await fslab("percentiles", at("t.parquet"), "--column", "latency_ms", "--q", q.join(","), "--format", "json")).stdout);
    const engine = await createNativeEngine();
    try {
      await engine.query(sql`create view t as select * from read_parquet(${raw(sqlStringLiteral(at("t.parquet")))})`);
      const native = (await engine.query(percentilesSql("t", "latency_ms", q))).toArray().map((r) => r.toJSON().value as number);
      native.forEach((v, i) => expect(Math.abs(v - cli.quantiles[i].value)).toBeLessThanOrEqual(1e-13 * v));
    } finally {
      await engine.close();
    }
  });

  it("fslab percentiles prints text by default with the default q 0.5, 0.95, 0.99", async () => {
    const {code, stdout} = await fslab("percentiles", at("t.arrow"), "--column", "count");
    expect(code).toBe(0);
    // python3 -c "import numpy as np; print(np.quantile([(i * 37) % 101 for i in range(1000)], [0.5, 0.95, 0.99]))"
    expect(stdout).toBe("count: 1000 values\n  q 0.5   50\n  q 0.95  95.05\n  q 0.99  99.01\n");
  });

  it("fslab percentiles leaves NaN out like nulls", async () => {
    const {code, stdout} = await fslab("percentiles", at("nan.csv"), "--column", "x", "--q", "0.5", "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({column: "x", n: 2, quantiles: [{q: 0.5, value: 2}]});
  });

  const bad: [string, string[], RegExp][] = [
    ["--q above 1", ["t.csv", "--column", "latency_ms", "--q", "0.5,1.5"], /^fslab percentiles: --q takes quantiles in \[0, 1\] separated by commas, got "1\.5" in "0\.5,1\.5" \(try fslab percentiles --help\)$/],
    ["--q below 0", ["t.csv", "--column", "latency_ms", "--q=-0.1"], /--q takes quantiles in \[0, 1\] separated by commas, got "-0\.1"/],
    ["--q not a number", ["t.csv", "--column", "latency_ms", "--q", "p99"], /--q takes quantiles in \[0, 1\] separated by commas, got "p99"/],
    ["--q empty item", ["t.csv", "--column", "latency_ms", "--q", "0.5,,0.9"], /got "" in "0\.5,,0\.9"/],
    ["a text column", ["t.parquet", "--column", "view"], /^fslab percentiles: column "view" is text, not numbers: percentiles need an integer or floating-point column$/],
    ["a timestamp column", ["t.arrow", "--column", "at"], /column "at" is a timestamp, not numbers/],
    ["a missing column", ["t.csv", "--column", "nope"], /^fslab percentiles: --column "nope" is not in .*t\.csv \(it has latency_ms, count, big, view, at, empty\) \(try fslab percentiles --help\)$/],
    ["no --column", ["t.csv"], /missing required option --column/],
    ["no rows", ["none.parquet", "--column", "latency_ms"], /^fslab percentiles: .*none\.parquet has no rows$/],
    ["an all-null column", ["t.arrow", "--column", "empty"], /^fslab percentiles: column "empty" of .*t\.arrow has no numbers: all 1000 rows are null$/],
    ["an all-NaN column", ["allnan.csv", "--column", "x"], /^fslab percentiles: column "x" of .*allnan\.csv has no numbers: all 3 rows are null or NaN$/],
    ["an empty CSV column (read as text)", ["blank.csv", "--column", "y"], /^fslab percentiles: column "y" of .*blank\.csv has no numbers: all 2 rows are null$/],
    ["an infinite value", ["inf.csv", "--column", "x"], /^fslab percentiles: column "x" holds Infinity \(row 2\): percentiles need finite numbers$/],
    ["a missing file", ["missing.csv", "--column", "x"], /^fslab percentiles: /],
    ["a bad --format", ["t.csv", "--column", "latency_ms", "--format", "xml"], /--format must be one of text\|json/],
  ];
  it.each(bad)("fslab percentiles with %s exits 2 with one line and no output", async (_, args, message) => {
    const [file, ...rest] = args;
    const {code, stdout, stderr} = await fslab("percentiles", at(file!), ...rest);
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr.trim()).toMatch(message);
  });

  it("fslab percentiles runs as the real executable", () => {
    const run = fslabProcess("percentiles", at("t.csv"), "--column", "count", "--q", "0.5", "--format", "json");
    expect([run.code, run.stderr, JSON.parse(run.stdout)]).toEqual([0, "", {column: "count", n: 1000, quantiles: [{q: 0.5, value: 50}]}]);
  });
});

describe("parseQs", () => {
  it("parseQs reads numbers in [0, 1] with spaces and exponents", () => {
    expect(parseQs("0.5, 0.95 ,1e-3,1,0,.25")).toEqual([0.5, 0.95, 0.001, 1, 0, 0.25]);
  });
  it("parseQs refuses hex, Infinity and blanks that Number() would read", () => {
    for (const text of ["0x1", "Infinity", " ", "1/2"]) expect(() => parseQs(text)).toThrow(/--q takes quantiles in \[0, 1\]/);
  });
});
