// Goldens from scikit-learn 1.2.1, pandas 1.5.3 and numpy 1.24.2 (Debian's python3-sklearn,
// python3-pandas), produced by /usr/bin/python3 with the snippets quoted above each test.
import {describe, expect, it} from "vitest";
import {applyPreprocess, fitPreprocess, foldOf, mostFrequent, type PreprocessStep} from "../../../lib/preprocess/index.js";
import {tableColumns} from "../../../lib/sql/index.js";
import {arrowTable, type ArrowColumn} from "../arrowTable.js";

/** Fits steps on `train` and applies them to `rows` (serving), as plain columns. */
function fitApply(train: Record<string, ArrowColumn>, steps: PreprocessStep[], rows: Record<string, ArrowColumn> = train, training = false): Record<string, unknown[]> {
  return tableColumns(applyPreprocess(fitPreprocess(arrowTable(train), steps), arrowTable(rows), {training}));
}

/** Numbers equal to `want` within `rel` relative (NaN in a golden = null). */
function expectClose(got: unknown[], want: number[], rel = 1e-15): void {
  expect(got.length).toBe(want.length);
  got.forEach((g, i) => {
    const w = want[i]!;
    if (Number.isNaN(w)) expect(g).toBeNull();
    else expect(Math.abs((g as number) - w)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(w)));
  });
}

const DAY = 86_400_000, D = Date.UTC(2026, 0, 1);
const x: ArrowColumn = ["float", [1.5, 2, 2, 3.25, 10, null]];
const fresh: ArrowColumn = ["float", [1.5, -5, NaN, 100]];

describe("scaling (scikit-learn's scalers)", () => {
  // x = np.array([[1.5], [2.0], [2.0], [3.25], [10.0], [np.nan]]); new = np.array([[1.5], [-5.0], [np.nan], [100.0]])
  // S().fit(x).transform(new).ravel().tolist() for S in (StandardScaler, MinMaxScaler, RobustScaler)
  it("standard is (x − mean)/std with the population std, as StandardScaler", () => {
    const spec = fitPreprocess(arrowTable({x}), [{kind: "standard", column: "x"}]);
    expect(spec.transforms[0]).toMatchObject({mean: 3.75});
    expectClose(tableColumns(applyPreprocess(spec, arrowTable({x: fresh}))).x!, [-0.7079813724684967, -2.7532608929330427, NaN, 30.28586982226347], 1e-14);
  });
  it("minmax is (x − min)/(max − min), as MinMaxScaler", () => {
    expectClose(fitApply({x}, [{kind: "minmax", column: "x"}], {x: fresh}).x!, [0.0, -0.7647058823529411, NaN, 11.588235294117647]);
  });
  it("robust is (x − median)/IQR with type-7 quantiles, as RobustScaler", () => {
    expectClose(fitApply({x}, [{kind: "robust", column: "x"}], {x: fresh}).x!, [-0.4, -5.6, NaN, 78.4]);
  });
  // S().fit(np.array([[4.0], [4.0], [4.0]])).transform(np.array([[4.0], [5.0]])) → [0, 1] for all three
  it("a constant training column scales by 1 (std, range and IQR 0 → 1)", () => {
    for (const kind of ["standard", "minmax", "robust"] as const) {
      expect(fitApply({x: ["float", [4, 4, 4]]}, [{kind, column: "x"}], {x: ["float", [4, 5]]}).x).toEqual([0, 1]);
    }
    // 0.1 three times: a naive mean is 0.10000000000000002, which would scale 0.1 to −1.4e−17/1e−17
    expect(fitApply({x: ["float", [0.1, 0.1, 0.1]]}, [{kind: "standard", column: "x"}]).x).toEqual([0, 0, 0]);
  });
});

describe("category encodings", () => {
  const cats: ArrowColumn = ["text", ["b", "a", "c", "a", "b", "d", "a"]];
  const query: ArrowColumn = ["text", ["a", "z", "d", "c", "b"]];
  // OneHotEncoder(handle_unknown="ignore", sparse_output=False).fit(cats).transform(q)
  it("onehot gives one column per sorted category and all zeros for an unknown, as OneHotEncoder", () => {
    const out = fitApply({c: cats}, [{kind: "onehot", column: "c"}], {c: query});
    expect(Object.keys(out)).toEqual(["c_a", "c_b", "c_c", "c_d"]);
    expect(Object.values(out).map((col) => col)).toEqual([[1, 0, 0, 0, 0], [0, 0, 0, 0, 1], [0, 0, 0, 1, 0], [0, 0, 1, 0, 0]]);
  });
  // OneHotEncoder(handle_unknown="ignore", sparse_output=False, min_frequency=2) and min_frequency=0.25: the same output
  // ['x0_a', 'x0_b', 'x0_infrequent_sklearn'] [[1,0,0], [0,0,0], [0,0,1], [0,0,1], [0,1,0]]
  it("onehot with min_frequency groups rarer categories into _infrequent_sklearn, last (a count or a share)", () => {
    for (const min_frequency of [2, 0.25]) {
      const out = fitApply({c: cats}, [{kind: "onehot", column: "c", min_frequency}], {c: query});
      expect(out).toEqual({c_a: [1, 0, 0, 0, 0], c_b: [0, 0, 0, 0, 1], c_infrequent_sklearn: [0, 0, 1, 1, 0]});
    }
  });
  it("onehot maps null to all zeros", () => {
    expect(fitApply({c: cats}, [{kind: "onehot", column: "c"}], {c: ["text", [null]]})).toEqual({c_a: [0], c_b: [0], c_c: [0], c_d: [0]});
  });
  // OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1).fit(cats).transform(q) → [0, -1, 3, 2, 1]
  it("ordinal gives the sorted index, unknown → −1, null stays null", () => {
    expect(fitApply({c: cats}, [{kind: "ordinal", column: "c"}], {c: ["text", ["a", "z", "d", "c", "b", null]]}).c).toEqual([0, -1, 3, 2, 1, null]);
  });
});

describe("target encoding (m-estimate, out-of-fold)", () => {
  // df = pd.DataFrame({"c": ["a","a","b","b","b","c",None,"a"], "y": [1,0,1,1,0,1,0,1.0]}); prior = df.y.mean()
  // g = df.dropna().groupby("c").y.agg(["sum","count"]); (g["sum"] + 2*prior)/(g["count"] + 2) → 0.625, {a: 0.65, b: 0.65, c: 0.75}
  const train = {c: ["text", ["a", "a", "b", "b", "b", "c", null, "a"]], y: ["float", [1, 0, 1, 1, 0, 1, 0, 1]]} satisfies Record<string, ArrowColumn>;
  it("serving encodes (sum + m·prior)/(n + m), unknown and null → prior", () => {
    const out = fitApply(train, [{kind: "target", column: "c", target: "y", smoothing: 2}], {c: ["text", ["a", "b", "c", "zzz", null]]});
    expectClose(out.c_target!, [0.65, 0.65, 0.75, 0.625, 0.625]);
  });
  it("training rows are encoded from the other folds only (a plain per-fold reference)", () => {
    const rows = 40, k = 4, seed = 11;
    const c = Array.from({length: rows}, (_, i) => ["a", "b", "c", "solo"][i % 3 === 0 && i === 39 ? 3 : i % 3]!);
    const y = Array.from({length: rows}, (_, i) => (i * 7) % 5 / 4);
    const out = fitApply({c: ["text", c], y: ["float", y]}, [{kind: "target", column: "c", target: "y", smoothing: 3, folds: k, seed}], undefined, true).c_target!;
    const want = c.map((cat, r) => {
      const rest = c.map((_, i) => i).filter((i) => foldOf(i, k, seed) !== foldOf(r, k, seed));
      const prior = rest.reduce((s, i) => s + y[i]!, 0) / rest.length;
      const same = rest.filter((i) => c[i] === cat);
      return (same.reduce((s, i) => s + y[i]!, 0) + 3 * prior) / (same.length + 3);
    });
    expectClose(out, want, 1e-14);
    // "solo" occurs once: out-of-fold it gets its fold's prior, not its own label
    expect(Math.abs(out[39]! as number - y[39]!)).toBeGreaterThan(0.1);
  });
  it("foldOf spreads rows over the folds about evenly and depends on the seed", () => {
    const counts = [0, 0, 0, 0, 0];
    for (let r = 0; r < 10_000; r++) counts[foldOf(r, 5, 3)]!++;
    for (const n of counts) expect(Math.abs(n - 2000)).toBeLessThan(150);
    expect(Array.from({length: 20}, (_, r) => foldOf(r, 5, 3))).not.toEqual(Array.from({length: 20}, (_, r) => foldOf(r, 5, 4)));
  });
});

describe("imputation (SimpleImputer)", () => {
  // xi = np.array([[1.0],[np.nan],[3.0],[3.0],[1.0],[7.0],[np.nan]])
  // SimpleImputer(strategy=s, add_indicator=True, fill_value=-1 if s == "constant" else None).fit(xi).transform(xi)
  const xi: ArrowColumn = ["float", [1, null, 3, 3, 1, 7, NaN]];
  const indicator = [0, 1, 0, 0, 0, 0, 1];
  it.each([
    ["mean", [1, 3, 3, 3, 1, 7, 3]],
    ["median", [1, 3, 3, 3, 1, 7, 3]],
    ["most_frequent", [1, 1, 3, 3, 1, 7, 1]], // 1 and 3 twice each: the smallest wins
    ["constant", [1, -1, 3, 3, 1, 7, -1]],
  ] as const)("impute %s fills nulls and NaN and adds missingindicator_<column>", (strategy, want) => {
    const out = fitApply({x: xi}, [{kind: "impute", column: "x", strategy, indicator: true, ...(strategy === "constant" ? {value: -1} : {})}]);
    expect(out).toEqual({x: want, missingindicator_x: indicator});
  });
  // SimpleImputer(strategy="most_frequent", missing_values=None) on ["b", None, "a", "b", "a", None] → a fills; "constant" → "missing_value"
  it("impute most_frequent and constant on text", () => {
    const t: ArrowColumn = ["text", ["b", null, "a", "b", "a", null]];
    expect(fitApply({t}, [{kind: "impute", column: "t", strategy: "most_frequent"}]).t).toEqual(["b", "a", "a", "b", "a", "a"]);
    expect(fitApply({t}, [{kind: "impute", column: "t", strategy: "constant"}]).t).toEqual(["b", "missing_value", "a", "b", "a", "missing_value"]);
  });
  it("mostFrequent breaks ties towards the smallest value", () => {
    expect(mostFrequent(Float64Array.of(-2, -2, 5, 5, 9))).toBe(-2);
  });
  it("impute refuses mean on text", () => {
    expect(() => fitPreprocess(arrowTable({t: ["text", ["a"]]}), [{kind: "impute", column: "t", strategy: "mean"}])).toThrow('fitPreprocess: impute mean requires a numeric column, got text column "t"');
  });
});

describe("clipping", () => {
  // v = np.array([1.,2,3,4,5,6,7,8,9,100]); lo, hi = np.percentile(v, [5, 95]) → 1.45, 59.049999999999905
  // q25, q75 = np.percentile(v, [25, 75]); fences q25 − 1.5·IQR, q75 + 1.5·IQR → -3.5, 14.5
  const v: ArrowColumn = ["float", [1, 2, 3, 4, 5, 6, 7, 8, 9, 100, null]];
  it("clip to type-7 quantiles, as np.clip(v, *np.percentile(v, [5, 95]))", () => {
    expectClose(fitApply({v}, [{kind: "clip", column: "v", quantiles: [0.05, 0.95]}]).v!, [1.45, 2, 3, 4, 5, 6, 7, 8, 9, 59.049999999999905, NaN]);
  });
  it("clip to the IQR fences q25 − 1.5·IQR, q75 + 1.5·IQR by default", () => {
    expect(fitApply({v}, [{kind: "clip", column: "v"}]).v).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 14.5, null]);
  });
});

describe("time windows (pandas' rolling('7D') per key)", () => {
  // D = pd.Timestamp("2026-01-01"); w = pd.DataFrame({"k": list("aabaaba"), "t": [D, D+3d, D+1d, D+7d, D+7d1h, D+9d, D+20d], "x": [1,2,5,nan,4,6,8]})
  // getattr(w.set_index("t").groupby("k").x.rolling("7D"), agg)() merged back on (k, t)
  const table = {
    k: ["text", ["a", "a", "b", "a", "a", "b", "a"]],
    t: ["time", [D, D + 3 * DAY, D + DAY, D + 7 * DAY, D + 7 * DAY + 3_600_000, D + 9 * DAY, D + 20 * DAY]],
    x: ["float", [1, 2, 5, null, 4, 6, 8]],
  } satisfies Record<string, ArrowColumn>;
  it.each([
    ["sum", [1, 3, 5, 2, 6, 6, 8]],
    ["count", [1, 2, 1, 1, 2, 1, 1]],
    ["mean", [1, 1.5, 5, 2, 3, 6, 8]],
  ] as const)("window %s over (t − 7d, t]: the row at exactly t − 7d is out", (agg, want) => {
    expect(fitApply(table, [{kind: "window", column: "x", key: "k", time: "t", window_ms: 7 * DAY, agg, output: "w"}]).w).toEqual(want);
  });
  // Where we differ from pandas on purpose: w = pd.DataFrame({"k": ["a", "a"], "t": [D, D], "x": [1.0, 2.0]})
  // w.set_index("t").groupby("k").x.rolling("1D").sum() → [1.0, 3.0]: pandas' window ends at the row's position,
  // so the first of two rows at one instant misses the second; DESIGN's (t − w, t] holds both (as SQL's RANGE does).
  it("rows at the same instant are all in each other's window (DESIGN's set semantics), null key or time → null", () => {
    const out = fitApply({k: ["text", ["a", "a", null, "a"]], t: ["time", [D, D, D, null]], x: ["float", [1, 2, 4, 8]]}, [{kind: "window", column: "x", key: "k", time: "t", window_ms: DAY, agg: "sum", output: "w"}]);
    expect(out.w).toEqual([3, 3, null, null]);
  });
});

describe("pipelines", () => {
  it("a step reads an earlier step's output: impute then standard", () => {
    const spec = fitPreprocess(arrowTable({x: ["float", [1, null, 3]]}), [{kind: "impute", column: "x", strategy: "mean"}, {kind: "standard", column: "x"}]);
    expect(spec.transforms[1]).toMatchObject({mean: 2, std: Math.sqrt(2 / 3)});
    expect(tableColumns(applyPreprocess(spec, arrowTable({x: ["float", [null]]}))).x).toEqual([0]);
  });
  it("the output holds only transformed columns, in the order first written", () => {
    const out = fitApply({a: ["float", [1, 2]], c: ["text", ["u", "v"]]}, [{kind: "onehot", column: "c"}, {kind: "minmax", column: "a", output: "a_mm"}]);
    expect(Object.keys(out)).toEqual(["c_u", "c_v", "a_mm"]);
  });
});
