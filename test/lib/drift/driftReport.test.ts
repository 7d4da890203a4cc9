import {Bool, Float64, Int32, Table, TimestampMillisecond, Utf8, vectorFromArray} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {driftChecks, driftReport, driftStatus, type DriftReport} from "../../../lib/drift/index.js";
import {bell, categories, goldenTables, withNulls} from "./driftData.js";
import {goldens} from "./goldens.js";

const close = (got: number | null, want: number, rel = 1e-9) => expect(Math.abs(got! - want)).toBeLessThanOrEqual(rel * Math.abs(want));
const names = ["grocery", "fuel", "travel", "digital"];

describe("driftReport", () => {
  it("driftReport(reference, current) gives DESIGN's JSON per column, equal to numpy/scipy to 1e-9 relative", () => {
    const {reference, current} = goldenTables();
    const report = driftReport(reference, current, {columns: ["amount"]});
    const [amount] = report.columns;
    expect(Object.keys(amount!)).toEqual(["column", "kind", "psi", "js", "ks", "ks_p_value", "wasserstein", "bins", "null_share_reference", "null_share_current", "status"]);
    const g = goldens.main;
    for (const key of ["psi", "js", "ks", "ks_p_value", "wasserstein", "null_share_reference", "null_share_current"] as const) close(amount![key], g[key]);
    expect(amount).toMatchObject({column: "amount", kind: "numeric", bins: 10, status: "warn"});
  });

  it("driftReport bins a categorical column over the union of both windows' categories", () => {
    const reference = new Table({c: vectorFromArray(withNulls(categories(15, 600, names, [0.4, 0.3, 0.2, 0.1]), 50), new Utf8())});
    const current = new Table({c: vectorFromArray(categories(16, 500, [...names, "crypto"], [0.3, 0.3, 0.2, 0.1, 0.1]), new Utf8())});
    const [c] = driftReport(reference, current).columns;
    const g = goldens.categorical;
    close(c!.psi, g.psi);
    close(c!.js, g.js);
    expect(c).toMatchObject({kind: "categorical", ks: null, ks_p_value: null, wasserstein: null, bins: 5, null_share_reference: 12 / 600, null_share_current: 0, status: "drift"});
  });

  it("driftReport compares every numeric, text and boolean column of the reference by default", () => {
    const t = new Table({
      x: vectorFromArray([1, 2, 3], new Int32()),
      at: vectorFromArray([0, 1, 2], new TimestampMillisecond()),
      flag: vectorFromArray([true, false, true], new Bool()),
      s: vectorFromArray(["a", "b", "a"], new Utf8()),
    });
    const report = driftReport(t, t);
    expect(report.columns.map((c) => [c.column, c.kind, c.psi, c.status])).toEqual([["x", "numeric", 0, "ok"], ["flag", "categorical", 0, "ok"], ["s", "categorical", 0, "ok"]]);
  });

  it("driftReport reports no_data with a reason for an all-null column, never a crash", () => {
    const reference = new Table({x: vectorFromArray([1, 2, 3], new Float64()), s: vectorFromArray(["a", null, "b"], new Utf8())});
    const current = new Table({x: vectorFromArray([null, NaN, null], new Float64()), s: vectorFromArray([null, null, null], new Utf8())});
    expect(driftReport(reference, current).columns).toEqual([
      {column: "x", kind: "numeric", psi: null, js: null, ks: null, ks_p_value: null, wasserstein: null, bins: 10, null_share_reference: 0, null_share_current: 1, status: "no_data", reason: "all 3 rows of the current window are null or NaN"},
      {column: "s", kind: "categorical", psi: null, js: null, ks: null, ks_p_value: null, wasserstein: null, bins: 2, null_share_reference: 1 / 3, null_share_current: 1, status: "no_data", reason: "all 3 rows of the current window are null"},
    ]);
    expect(driftReport(current, reference).columns[0]).toMatchObject({status: "no_data", reason: "all 3 rows of the reference window are null or NaN", bins: 1});
  });

  it("driftReport reports no_data for a window without rows", () => {
    const reference = new Table({x: vectorFromArray([1, 2, 3], new Float64())});
    const [x] = driftReport(reference, reference.slice(0, 0)).columns;
    expect(x).toMatchObject({status: "no_data", reason: "the current window has no rows", null_share_current: 0, psi: null});
  });

  it("driftReport reports no_data for ±Infinity, naming the window", () => {
    const reference = new Table({x: vectorFromArray([1, 2, 3, 4], new Float64())});
    const current = new Table({x: vectorFromArray([1, Infinity, -Infinity, 4], new Float64())});
    expect(driftReport(reference, current).columns[0]).toMatchObject({status: "no_data", reason: "the current window holds 2 infinite values: bins need finite numbers"});
  });

  it("driftReport leaves NaN out as a null and counts it in the null share", () => {
    const reference = new Table({x: vectorFromArray([1, 2, NaN, 3, 4], new Float64())});
    const current = new Table({x: vectorFromArray([1, 2, 3, 4], new Float64())});
    expect(driftReport(reference, current).columns[0]).toMatchObject({psi: 0, js: 0, ks: 0, ks_p_value: 1, wasserstein: 0, null_share_reference: 0.2, null_share_current: 0, status: "ok"});
  });

  it("driftReport of a constant column bins it on one edge: a shift below it is drift", () => {
    const reference = new Table({x: vectorFromArray([5, 5, 5, 5], new Float64())});
    const same = driftReport(reference, reference).columns[0]!;
    expect(same).toMatchObject({psi: 0, bins: 2, status: "ok", ks: 0, wasserstein: 0});
    const lower = driftReport(reference, new Table({x: vectorFromArray([4, 4, 4, 4], new Float64())})).columns[0]!;
    expect(lower).toMatchObject({bins: 2, status: "drift", ks: 1, wasserstein: 1});
  });

  it("driftReport finds a category seen in the current window only", () => {
    const reference = new Table({s: vectorFromArray(["a", "a", "b", "b"], new Utf8())});
    const current = new Table({s: vectorFromArray(["a", "b", "c", "c"], new Utf8())});
    const [s] = driftReport(reference, current).columns;
    // python3 -c "import numpy as np; p=np.array([.5,.5,0])+1e-8; q=np.array([.25,.25,.5])+1e-8; p/=p.sum(); q/=q.sum(); print(repr(np.sum((q-p)*np.log(q/p))))"
    close(s!.psi, 9.210340095665982);
    expect(s).toMatchObject({bins: 3, status: "drift"});
  });

  it("driftReport applies the bands and eps it is given", () => {
    const {reference, current} = goldenTables();
    const psi = goldens.main.psi; // 0.229
    expect(driftReport(reference, current, {columns: ["amount"], warn: 0.3, threshold: 0.5}).columns[0]!.status).toBe("ok");
    expect(driftReport(reference, current, {columns: ["amount"], threshold: psi - 1e-6}).columns[0]!.status).toBe("drift");
    expect(driftReport(reference, current, {columns: ["amount"], bins: 4}).columns[0]!.bins).toBe(4);
    expect(driftReport(reference, current, {columns: ["amount"], eps: 1e-3}).columns[0]!.psi).not.toBe(driftReport(reference, current, {columns: ["amount"]}).columns[0]!.psi);
  });

  it("driftReport refuses a missing column, a kind it cannot bin, a numeric column that is text in the other window, bad bins and bands", () => {
    const {reference, current} = goldenTables();
    expect(() => driftReport(reference, current, {columns: ["nope"]})).toThrow('driftReport requires column "nope" in the reference table, which has amount, category');
    const text = new Table({amount: vectorFromArray(["1", "2"], new Utf8())});
    expect(() => driftReport(reference, text, {columns: ["amount"]})).toThrow('driftReport requires column "amount" of one kind in both windows, got numeric (Float64) in the reference and categorical (Utf8) in the current');
    const times = new Table({at: vectorFromArray([0], new TimestampMillisecond())});
    expect(() => driftReport(times, times, {columns: ["at"]})).toThrow(/driftReport requires numbers, text or booleans, got column "at" of type Timestamp/);
    expect(() => driftReport(reference, current, {bins: 1})).toThrow("driftReport requires an integer number of bins ≥ 2, got 1");
    expect(() => driftReport(reference, current, {warn: 0.3, threshold: 0.2})).toThrow("driftReport requires warn ≤ threshold, got warn 0.3 > threshold 0.2");
  });
});

describe("driftStatus", () => {
  it("driftStatus: below warn ok, from warn warn, from threshold drift", () => {
    expect([0, 0.0999, 0.1, 0.2499, 0.25, 3].map((p) => driftStatus(p))).toEqual(["ok", "ok", "warn", "warn", "drift", "drift"]);
    expect(driftStatus(0.15, {warn: 0.2, threshold: 0.3})).toBe("ok");
    expect(driftStatus(0.2, {warn: 0.2, threshold: 0.2})).toBe("drift");
  });
});

describe("driftChecks", () => {
  it("driftChecks(report) gives {id, status, value, threshold, message} per column", () => {
    const row = {kind: "numeric" as const, js: 0, ks: 0, ks_p_value: 1, wasserstein: 0, bins: 10, null_share_reference: 0, null_share_current: 0};
    const report: DriftReport = {
      columns: [
        {...row, column: "a", psi: 0.05, status: "ok"},
        {...row, column: "b", psi: 0.12119408574022444, status: "warn"},
        {...row, column: "c", psi: 0.3, status: "drift"},
        {...row, column: "d", psi: null, js: null, ks: null, ks_p_value: null, wasserstein: null, status: "no_data", reason: "the current window has no rows"},
      ],
    };
    expect(driftChecks(report)).toEqual([
      {id: "drift.a", status: "pass", value: 0.05, threshold: 0.25, message: "a: PSI 0.050 < 0.1 (ok)"},
      {id: "drift.b", status: "warn", value: 0.12119408574022444, threshold: 0.25, message: "b: PSI 0.121 ≥ 0.1 (warn), below 0.25"},
      {id: "drift.c", status: "fail", value: 0.3, threshold: 0.25, message: "c: PSI 0.300 ≥ 0.25 (drift)"},
      {id: "drift.d", status: "error", value: null, threshold: 0.25, message: "d: no data (the current window has no rows)"},
    ]);
    expect(driftChecks(report, {threshold: 0.5})[2]!.threshold).toBe(0.5);
  });
});
