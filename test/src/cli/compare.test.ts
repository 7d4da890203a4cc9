import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {Float64, Int64, Table, Utf8, vectorFromArray} from "apache-arrow";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {writeTable} from "../../../src/io/index.js";
import {fslabInProcess as fslab, fslabProcess} from "./fslab.js";

/**
 * Random pairs with nulls, drawn exactly alike in JS and Python: a 31-bit LCG (integers, BigInt here),
 * sums of three uniforms for the noise, about 5% nulls on each side.
 */
function randomPairs(seed: number, n: number, shift: number): {baseline: (number | null)[]; candidate: (number | null)[]} {
  let x = BigInt(seed);
  const next = () => ((x = (1103515245n * x + 12345n) % 2n ** 31n), Number(x) / 2 ** 31);
  const baseline: (number | null)[] = [], candidate: (number | null)[] = [];
  for (let i = 0; i < n; i++) {
    const u = Array.from({length: 8}, next);
    const b = 0.8 + 0.05 * (u[0]! + u[1]! + u[2]! - 1.5);
    const c = b + shift + 0.02 * (u[3]! + u[4]! + u[5]! - 1.5);
    baseline.push(u[6]! < 0.05 ? null : b);
    candidate.push(u[7]! < 0.05 ? null : c);
  }
  return {baseline, candidate};
}

// Goldens from numpy 2.4 / scipy 1.17: python3 - <<EOF with these lines:
// import numpy as np; from scipy import stats
// def lcg(seed):
//     x = seed
//     while True:
//         x = (1103515245 * x + 12345) % 2**31
//         yield x / 2**31
// def data(seed, n, shift):
//     g = lcg(seed); b = []; c = []
//     for i in range(n):
//         u = [next(g) for _ in range(8)]
//         bi = 0.8 + 0.05 * (u[0] + u[1] + u[2] - 1.5)
//         ci = bi + shift + 0.02 * (u[3] + u[4] + u[5] - 1.5)
//         b.append(np.nan if u[6] < 0.05 else bi); c.append(np.nan if u[7] < 0.05 else ci)
//     return np.array(b), np.array(c)
// for seed, n, shift in [(1, 500, 0.003), (2, 40, 0.001), (3, 200, -0.004)]:
//     b, c = data(seed, n, shift); k = ~np.isnan(b) & ~np.isnan(c); bb, cc = b[k], c[k]; d = cc - bb
//     r = stats.ttest_rel(cc, bb)
//     print([seed, n, shift], int(k.sum()), int(n - k.sum()), [float(x) for x in (bb.mean(), cc.mean(), d.mean(), d.std(ddof=1), d.std(ddof=1)/np.sqrt(k.sum()), r.statistic, r.pvalue)], [[conf, float(r.confidence_interval(conf).low), float(r.confidence_interval(conf).high)] for conf in (0.9, 0.95, 0.99)])
const goldens = [
  {seed: 1, rows: 500, shift: 0.003, n: 460, dropped: 40, status: "better", code: 0,
    stats: [0.7999117797724499, 0.8029048743600675, 0.0029930945876175978, 0.009984913714406046, 0.0004655490024274145, 6.429171949700961, 3.2222680832734396e-10],
    ci: [[0.9, 0.0022257859691892324, 0.003760403206045963], [0.95, 0.00207822294178182, 0.003907966233453376], [0.99, 0.001788913547062212, 0.0041972756281729836]]},
  {seed: 2, rows: 40, shift: 0.001, n: 36, dropped: 4, status: "inconclusive", code: 1,
    stats: [0.7973652416271055, 0.7979564611174994, 0.0005912194903940009, 0.010685417505393396, 0.001780902917565566, 0.331977383249042, 0.7418862610414004],
    ci: [[0.9, -0.0024177450291052987, 0.0036001840098933], [0.95, -0.003024205642000021, 0.004206644622788023], [0.99, -0.004259613830308084, 0.005442052811096086]]},
  {seed: 3, rows: 200, shift: -0.004, n: 168, dropped: 32, status: "worse", code: 1,
    stats: [0.8025900342557135, 0.7981282453322784, -0.004461788923435271, 0.010666651409708404, 0.0008229500226979384, -5.421700954339677, 2.0383327554972273e-07],
    ci: [[0.9, -0.005822972231975716, -0.0031006056148948275], [0.95, -0.00608651525233339, -0.0028370625945371526], [0.99, -0.006606058544290418, -0.0023175193025801247]]},
] as const;

const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(expected), 1e-300));

describe("fslab compare", () => {
  let dir = "";
  const at = (name: string) => join(dir, name);
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "fslab-compare-"));
    for (const g of goldens) {
      const {baseline, candidate} = randomPairs(g.seed, g.rows, g.shift);
      const table = new Table({base: vectorFromArray(baseline, new Float64()), cand: vectorFromArray(candidate, new Float64())});
      for (const ext of ["parquet", "arrow", "csv"]) await writeTable(table, at(`r${g.seed}.${ext}`));
    }
    await writeTable(new Table({
      base: vectorFromArray([1n, 2n, 3n, null], new Int64()),
      cand: vectorFromArray([2, 4, 5, 7], new Float64()),
      name: vectorFromArray(["a", "b", "c", "d"], new Utf8()),
    }), at("mixed.parquet"));
    await writeFile(at("seed.csv"), "day,base,cand\n1,0.72,0.74\n2,0.73,0.75\n3,0.71,0.73\n4,0.74,0.76\n5,0.72,0.75\n");
    await writeFile(at("one.csv"), "base,cand\n1,2\n,3\n4,\n");
    await writeFile(at("empty.csv"), "base,cand\n,1\n,2\n");
    await writeFile(at("inf.csv"), "base,cand\n1,2\ninf,3\n2,3\n");
    await writeFile(at("nan.csv"), "base,cand\n1,2\nNaN,3\n2,3\n3,5\n");
    await writeFile(at("same.csv"), "base,cand\n1,1\n2,2\n3,3\n");
  });
  afterAll(async () => {
    if (dir) await rm(dir, {recursive: true, force: true});
  });

  it("fslab compare --format json matches scipy.stats.ttest_rel and its t interval to 1e-9 on random pairs with nulls", async () => {
    for (const g of goldens) {
      for (const [confidence, lo, hi] of g.ci) {
        const {code, stdout, stderr} = await fslab("compare", at(`r${g.seed}.parquet`), "--baseline", "base", "--candidate", "cand", "--confidence", String(confidence), "--format", "json");
        expect([code, stderr]).toEqual([g.code, ""]);
        const r = JSON.parse(stdout);
        expect(Object.keys(r)).toEqual(["n", "dropped", "baseline_mean", "candidate_mean", "mean_delta", "sd_delta", "se", "confidence", "ci", "t", "df", "p_value", "status"]);
        expect([r.n, r.dropped, r.df, r.confidence, r.status]).toEqual([g.n, g.dropped, g.n - 1, confidence, g.status]);
        const [baselineMean, candidateMean, meanDelta, sdDelta, se, t, p] = g.stats;
        close(r.baseline_mean, baselineMean);
        close(r.candidate_mean, candidateMean);
        close(r.mean_delta, meanDelta);
        close(r.sd_delta, sdDelta);
        close(r.se, se);
        close(r.t, t);
        close(r.p_value, p);
        close(r.ci[0], lo);
        close(r.ci[1], hi);
      }
    }
  });

  it("fslab compare gives Parquet, Arrow IPC and CSV the same answer", async () => {
    const json = async (ext: string) => (await fslab("compare", at(`r1.${ext}`), "--baseline", "base", "--candidate", "cand", "--format", "json")).stdout;
    const parquet = await json("parquet");
    expect(await json("arrow")).toBe(parquet);
    expect(await json("csv")).toBe(parquet);
  });

  it("fslab compare prints the seed notebook's release as text: mean delta 0.022, SE 0.002, t 11, df 4, better (exit 0)", async () => {
    const {code, stdout} = await fslab("compare", at("seed.csv"), "--baseline", "base", "--candidate", "cand");
    expect(code).toBe(0);
    expect(stdout).toBe([
      `compare "cand" (candidate) with "base" (baseline) in ${at("seed.csv")}`,
      "",
      "  pairs           5",
      "  baseline mean   0.724",
      "  candidate mean  0.746",
      "  mean delta      0.022 (candidate − baseline)",
      "  sd of deltas    0.00447214",
      "  standard error  0.002",
      "  95% interval    [0.0164471, 0.0275529]",
      "  t               11 (df 4)",
      "  p-value         0.000388171 (two-sided, paired t)",
      "",
      "better: the whole 95% interval is above 0.",
      "",
    ].join("\n"));
  });

  it("fslab compare exits 1 when the candidate is worse or inconclusive, and says so", async () => {
    const worse = await fslab("compare", at("seed.csv"), "--baseline", "cand", "--candidate", "base");
    expect(worse.code).toBe(1);
    expect(worse.stdout).toContain("worse: the whole 95% interval is below 0.");
    const unsure = await fslab("compare", at("r2.csv"), "--baseline", "base", "--candidate", "cand", "--confidence", "0.8");
    expect(unsure.code).toBe(1);
    expect(unsure.stdout).toContain("  pairs           36 (4 rows dropped for a null)");
    expect(unsure.stdout).toContain("inconclusive: the 80% interval includes 0.");
  });

  it("fslab compare reads integer columns, skips NaN as a null, and prints null for t and p when every delta is 0", async () => {
    const mixed = JSON.parse((await fslab("compare", at("mixed.parquet"), "--baseline", "base", "--candidate", "cand", "--format", "json")).stdout);
    expect([mixed.n, mixed.dropped, mixed.mean_delta]).toEqual([3, 1, 5 / 3]);
    expect(JSON.parse((await fslab("compare", at("nan.csv"), "--baseline", "base", "--candidate", "cand", "--format", "json")).stdout).dropped).toBe(1);
    const same = await fslab("compare", at("same.csv"), "--baseline", "base", "--candidate", "cand", "--format", "json");
    expect(same.code).toBe(1);
    expect(JSON.parse(same.stdout)).toMatchObject({mean_delta: 0, se: 0, ci: [0, 0], t: null, p_value: null, status: "inconclusive"});
  });

  it("fslab compare exits 2 with one line for a missing or non-numeric column, too few pairs, infinities or bad flags", async () => {
    const cases: [string[], string][] = [
      [[at("seed.csv"), "--baseline", "nope", "--candidate", "cand"], `fslab compare: --baseline "nope" is not in ${at("seed.csv")} (it has day, base, cand) (try fslab compare --help)`],
      [[at("mixed.parquet"), "--baseline", "name", "--candidate", "cand"], `fslab compare: column "name" of ${at("mixed.parquet")} is text, not numbers: compare needs an integer or floating-point column`],
      [[at("empty.csv"), "--baseline", "base", "--candidate", "cand"], `fslab compare: column "base" of ${at("empty.csv")} is text: all 2 rows are empty, not numbers: compare needs an integer or floating-point column`],
      [[at("one.csv"), "--baseline", "base", "--candidate", "cand"], `fslab compare: ${at("one.csv")} has 1 row with both "base" and "cand" (of 3): a paired comparison needs at least 2`],
      [[at("inf.csv"), "--baseline", "base", "--candidate", "cand"], `fslab compare: column "base" of ${at("inf.csv")} holds Infinity (row 2): compare needs finite numbers (or nulls)`],
      [[at("seed.csv"), "--baseline", "base", "--candidate", "cand", "--confidence", "95"], `fslab compare: --confidence must be a number in (0, 1); got "95" (try fslab compare --help)`],
      [[at("seed.csv"), "--baseline", "base"], "fslab compare: missing required option --candidate (try fslab compare --help)"],
      [[at("seed.csv"), "--baseline", "base", "--candidate", "cand", "--format", "xml"], `fslab compare: --format must be one of text|json; got "xml" (try fslab compare --help)`],
      [["--baseline", "base", "--candidate", "cand"], "fslab compare: expected one FILE, got 0 (try fslab compare --help)"],
      [[at("missing.csv"), "--baseline", "base", "--candidate", "cand"], ""],
    ];
    for (const [args, line] of cases) {
      const {code, stdout, stderr} = await fslab("compare", ...args);
      expect([code, stdout]).toEqual([2, ""]);
      expect(stderr.split("\n").filter(Boolean).length).toBe(1);
      if (line) expect(stderr.trim()).toBe(line);
    }
  });

  it("the fslab executable runs compare and exits 0 on the seed example; --help prints the usage", () => {
    const run = fslabProcess("compare", at("seed.csv"), "--baseline", "base", "--candidate", "cand", "--format", "json");
    expect([run.code, run.stderrLines]).toEqual([0, []]);
    expect(JSON.parse(run.stdout).status).toBe("better");
    const help = fslabProcess("compare", "--help");
    expect(help.stdout).toContain("Usage: fslab compare FILE --baseline COL --candidate COL [--confidence 0.95] [--format text|json]");
  });
});
