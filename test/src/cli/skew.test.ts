import {mkdir, mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {writeTable} from "../../../src/io/index.js";
import {skewGoldenPair, toTable} from "../../lib/skew/skewData.js";
import {fslabInProcess as fslab, fslabProcess} from "./fslab.js";

const close = (got: number, want: number, rel = 1e-9) => expect(Math.abs(got - want)).toBeLessThanOrEqual(rel * Math.abs(want));

// The golden: the files this test writes (FSLAB_SKEW_GOLDEN_DIR keeps them), joined and
// compared by pandas 1.5.3 / numpy 1.24 (Debian's python3-pandas):
//   mkdir -p /tmp/skew-golden && FSLAB_SKEW_GOLDEN_DIR=/tmp/skew-golden npx vitest run test/src/cli/skew.test.ts -t golden
//   /usr/bin/python3 - /tmp/skew-golden <<'EOF'
//   import json, sys
//   import numpy as np, pandas as pd
//   d = sys.argv[1]
//   read = lambda f: pd.read_csv(f"{d}/{f}", float_precision="round_trip", keep_default_na=False, na_values=[""])
//   t, s = read("training.csv"), read("serving.csv")
//   key = ["id", "part"]
//   m = t.dropna(subset=key).merge(s.dropna(subset=key), on=key, suffixes=("_t", "_s"))
//   out = {"matched": len(m), "training_only": len(t) - len(m), "serving_only": len(s) - len(m), "columns": {}}
//   def js(p, q, eps=1e-8):
//       p = p / p.sum() + eps; p = p / p.sum(); q = q / q.sum() + eps; q = q / q.sum(); mm = (p + q) / 2
//       return 0.5 * np.sum(p * np.log(p / mm)) + 0.5 * np.sum(q * np.log(q / mm))
//   for c in ["x", "n"]:
//       a, b = m[c + "_t"].astype(float), m[c + "_s"].astype(float)
//       ma, mb = a.isna(), b.isna(); both = ~ma & ~mb
//       eq = (ma & mb) | (both & np.isclose(b, a, rtol=1e-6, atol=1e-9))
//       diff = (b - a).abs()[both]
//       tv, sv = t[c].astype(float).dropna().to_numpy(), s[c].astype(float).dropna().to_numpy()
//       edges = np.unique(np.quantile(tv, np.arange(1, 10) / 10))
//       bins = lambda v: np.bincount(np.searchsorted(edges, v, side="right"), minlength=len(edges) + 1).astype(float)
//       out["columns"][c] = {"equal": int(eq.sum()), "null_mismatch": int((ma ^ mb).sum()), "match_rate": float(eq.sum() / len(m)), "mean_abs_diff": float(diff.mean()), "max_abs_diff": float(diff.max()), "js": float(js(bins(tv), bins(sv)))}
//   for c in ["c", "flag"]:
//       a, b = m[c + "_t"], m[c + "_s"]
//       ma, mb = a.isna(), b.isna()
//       eq = (ma & mb) | (~ma & ~mb & (a.astype(str) == b.astype(str)))
//       p, q = t[c].dropna().astype(str).value_counts(normalize=True), s[c].dropna().astype(str).value_counts(normalize=True)
//       u = p.index.union(q.index)
//       out["columns"][c] = {"equal": int(eq.sum()), "null_mismatch": int((ma ^ mb).sum()), "match_rate": float(eq.sum() / len(m)), "linf": float((p.reindex(u, fill_value=0) - q.reindex(u, fill_value=0)).abs().max())}
//   print(json.dumps(out))
//   EOF
const golden = {
  matched: 263, training_only: 37, serving_only: 34,
  columns: {
    x: {equal: 235, null_mismatch: 4, match_rate: 0.8935361216730038, mean_abs_diff: 21.055237566460253, max_abs_diff: 1587.97, js: 0.0096718269604599},
    n: {equal: 253, null_mismatch: 1, match_rate: 0.9619771863117871, mean_abs_diff: 0.036, max_abs_diff: 1.0, js: 0.0049559446881405084},
    c: {equal: 257, null_mismatch: 0, match_rate: 0.9771863117870723, linf: 0.09822829372823633},
    flag: {equal: 260, null_mismatch: 0, match_rate: 0.9885931558935361, linf: 0.07225966028116404},
  },
};

describe("fslab skew", () => {
  let dir = "";
  const at = (name: string) => join(dir, name);
  beforeAll(async () => {
    dir = process.env.FSLAB_SKEW_GOLDEN_DIR ?? (await mkdtemp(join(tmpdir(), "fslab-skew-")));
    await mkdir(dir, {recursive: true});
    const {training, serving} = skewGoldenPair();
    for (const ext of ["csv", "parquet", "arrow"]) {
      await writeTable(toTable(training), at(`training.${ext}`));
      await writeTable(toTable(serving), at(`serving.${ext}`));
    }
    await writeTable(toTable([...training.slice(0, 5), training[3]!]), at("repeated.parquet"));
    await writeTable(toTable(training.slice(0, 0)), at("empty.parquet"));
    await writeFile(at("textid.csv"), "id,part,x\nx1,a,1\nx2,b,2\n");
    await writeFile(at("inf.csv"), "id,part,x\n1,a,1\n2,a,inf\n");
    await writeFile(at("times.csv"), "id,part,x\n1,a,2026-01-01T00:00:00Z\n");
    await writeFile(at("broken.parquet"), "not parquet at all");
  });
  afterAll(async () => {
    if (dir && !process.env.FSLAB_SKEW_GOLDEN_DIR) await rm(dir, {recursive: true, force: true});
  });

  it("fslab skew --format json is DESIGN's shape and equals a brute-force pandas join to 1e-9 (golden)", async () => {
    const {code, stdout, stderr} = await fslab("skew", "--training", at("training.csv"), "--serving", at("serving.csv"), "--key", "id,part", "--format", "json");
    expect([code, stderr]).toEqual([1, ""]);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(["key", "rows", "columns"]);
    expect(report.key).toEqual(["id", "part"]);
    expect(report.rows).toEqual({training: 300, serving: 297, matched: golden.matched, training_only: golden.training_only, serving_only: golden.serving_only});
    expect(report.columns.map((c: {column: string}) => c.column)).toEqual(["x", "n", "c", "flag"]);
    for (const c of report.columns) {
      expect(Object.keys(c)).toEqual(["column", "kind", "compared", "equal", "match_rate", "null_mismatch", "mean_abs_diff", "max_abs_diff", "distribution", "status", "examples"]);
      const g = golden.columns[c.column as keyof typeof golden.columns] as Record<string, number>;
      expect([c.compared, c.equal, c.null_mismatch, c.status]).toEqual([golden.matched, g.equal, g.null_mismatch, "fail"]);
      close(c.match_rate, g.match_rate!);
      if (c.kind === "numeric") {
        close(c.mean_abs_diff, g.mean_abs_diff!);
        close(c.max_abs_diff, g.max_abs_diff!);
        expect(c.distribution.metric).toBe("js");
        close(c.distribution.value, g.js!);
      } else {
        expect([c.mean_abs_diff, c.max_abs_diff, c.distribution.metric]).toEqual([null, null, "linf"]);
        close(c.distribution.value, g.linf!);
      }
      expect(c.examples.length).toBe(Math.min(5, golden.matched - g.equal!));
    }
    // The first difference by key is a +1e-4 nudge (-8.69 + 1e-4 as written by the test).
    expect(report.columns[0].examples[0]).toEqual({key: [2, "c"], training: -8.69, serving: -8.69 + 1e-4, abs_diff: Math.abs(-8.69 + 1e-4 - -8.69)});
  });

  it("fslab skew gives CSV, Parquet and Arrow IPC the same report", async () => {
    const json = async (ext: string) => (await fslab("skew", "--training", at(`training.${ext}`), "--serving", at(`serving.${ext}`), "--key", "id,part", "--format", "json")).stdout;
    const csv = await json("csv");
    expect(await json("parquet")).toBe(csv);
    expect(await json("arrow")).toBe(csv);
  });

  it("fslab skew prints a table with the first differing rows and exits 1 when a column fails", async () => {
    const {code, stdout} = await fslab("skew", "--training", at("training.parquet"), "--serving", at("serving.parquet"), "--key", "id,part");
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(`skew of ${at("serving.parquet")} against ${at("training.parquet")} on id, part: rtol 1e-6, atol 1e-9, fail below a match rate of 0.99`);
    expect(lines[1]).toBe("rows: 300 training, 297 serving, 263 matched, 37 only in training, 34 only in serving");
    expect(lines[3]).toMatch(/^column\s+kind\s+compared\s+equal\s+match\s+null mismatch\s+mean \|Δ\|\s+max \|Δ\|\s+distribution\s+status$/);
    expect(lines[4]).toMatch(/^x\s+numeric\s+263\s+235\s+89\.35%\s+4\s+21\.06\s+1588\s+js 0\.009672\s+fail$/);
    expect(lines[6]).toMatch(/^c\s+categorical\s+263\s+257\s+97\.72%\s+0\s+-\s+-\s+linf 0\.09823\s+fail$/);
    expect(lines).toContain('  id=9, part="c": -14.97 → -1496 (|Δ| 1481)');
    expect(lines.at(-1)).toBe("4 of 4 columns fail (match rate below 0.99).");
  });

  it("fslab skew applies --columns, --rtol, --atol and --min-match, and exits 0 when every column passes", async () => {
    const run = async (...extra: string[]) => {
      const r = await fslab("skew", "--training", at("training.csv"), "--serving", at("serving.csv"), "--key", "id,part", "--format", "json", ...extra);
      return {code: r.code, columns: JSON.parse(r.stdout).columns as {column: string; equal: number; status: string}[]};
    };
    const some = await run("--columns", "flag,n");
    expect(some.columns.map((c) => c.column)).toEqual(["flag", "n"]);
    const lax = await run("--min-match", "0.85");
    expect([lax.code, lax.columns.map((c) => c.status)]).toEqual([0, ["pass", "pass", "pass", "pass"]]);
    // The +1e-4 nudges pass once the absolute tolerance covers them; rtol 0 makes the ×(1 + 3e-7) ones fail.
    expect((await run("--columns", "x", "--atol", "2e-4")).columns[0]!.equal).toBeGreaterThan(golden.columns.x.equal);
    expect((await run("--columns", "x", "--rtol", "0")).columns[0]!.equal).toBeLessThan(golden.columns.x.equal);
  });

  it("fslab skew names a repeated key with its value and file: one line, exit 2 (the real executable)", () => {
    const r = fslabProcess("skew", "--training", at("training.csv"), "--serving", at("repeated.parquet"), "--key", "id,part");
    expect([r.code, r.stdout, r.stderrLines]).toEqual([2, "", [`fslab skew: key id=3, part="c" occurs 2 times in ${at("repeated.parquet")}: skew joins each key at most once per file`]]);
  });

  it.each([
    [["--key", "id,nope"], `fslab skew: key column "nope" is not in ${"TRAINING"} (it has id, part, x, n, c, flag)`],
    [["--key", "id", "--serving", "TEXTID"], `fslab skew: key column "id" is numbers (Int64) in TRAINING but text in TEXTID: the join needs one kind`],
    [["--columns", "x,zz"], `fslab skew: --columns "zz" is not in TRAINING (it has id, part, x, n, c, flag) (try fslab skew --help)`],
    [["--columns", "id"], `fslab skew: --columns names the key column "id"; the key is joined on, not compared (try fslab skew --help)`],
    [["--serving", "EMPTY"], "fslab skew: EMPTY has no rows: nothing to compare"],
    [["--serving", "INF", "--columns", "x"], `fslab skew: column "x" of INF holds 1 infinite value: skew needs finite numbers (or nulls)`],
    [["--serving", "TIMES", "--columns", "x"], `fslab skew: column "x" of TIMES is a timestamp: skew compares numbers, text or booleans`],
    [["--rtol", "-1"], `fslab skew: option --rtol needs a value; for a value that starts with "-", write --rtol=VALUE (try fslab skew --help)`],
    [["--min-match", "2"], `fslab skew: --min-match must be a number in [0, 1]; got "2" (try fslab skew --help)`],
    [["--key", "id,id"], `fslab skew: --key names "id" twice (try fslab skew --help)`],
    [["--serving", "BROKEN"], /^fslab skew: cannot read BROKEN: /],
  ] as const)("fslab skew %j is one line on stderr and exit 2", async (args, message) => {
    const names: Record<string, string> = {TRAINING: at("training.csv"), TEXTID: at("textid.csv"), EMPTY: at("empty.parquet"), INF: at("inf.csv"), TIMES: at("times.csv"), BROKEN: at("broken.parquet")};
    const fill = (s: string) => s.replace(/TRAINING|TEXTID|EMPTY|INF|TIMES|BROKEN/g, (m) => names[m]!);
    const argv = ["--training", at("training.csv"), "--serving", at("serving.csv"), "--key", "id,part"];
    for (let i = 0; i < args.length; i += 2) {
      const at = argv.indexOf(args[i]!);
      if (at >= 0) argv[at + 1] = fill(args[i + 1]!);
      else argv.push(args[i]!, fill(args[i + 1]!));
    }
    const {code, stdout, stderr} = await fslab("skew", ...argv);
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    if (typeof message === "string") expect(stderr.trimEnd()).toBe(fill(message));
    else expect(stderr.trimEnd()).toMatch(new RegExp(fill(message.source)));
  });

  it("fslab skew without --key is a usage error", async () => {
    const {code, stderr} = await fslab("skew", "--training", at("training.csv"), "--serving", at("serving.csv"));
    expect([code, stderr.trimEnd()]).toEqual([2, "fslab skew: missing required option --key (try fslab skew --help)"]);
  });
});
