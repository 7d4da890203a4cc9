// The Skew section's first answers (notebooks/data/first/<page>.json.ts): each loader runs as
// Framework runs it and prints a small JSON with the key the browser test compares with the
// live answer; each is checked here against a second way to the same numbers (the SQL twin
// in native DuckDB where there is one), so a build-time answer is not merely self-consistent.
import {execFileSync} from "node:child_process";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {customerProfile, customers, generateWorld, merchants, servedFeatureNames, servedFeatures, transactions} from "../../../lib/synth/index.js";
import {referenceVariant, skewDashboardSql, skewReportSql, transformEventsTable, transformVariantSql, transformVariants} from "../../../lib/skew/index.js";
import {numericValues} from "../../../lib/drift/index.js";
import {createNativeEngine} from "../../../src/engines/index.js";
import type {SqlEngine} from "../../../lib/sql/index.js";
// @ts-expect-error: a page component in plain JavaScript, without types
import {skewPageKnobs, skewPageTolerance} from "../../../notebooks/components/skew/skewHeadline.js";
// @ts-expect-error: a page component in plain JavaScript, without types
import {transformsPageData, transformsPageEvents, transformsPageTolerance} from "../../../notebooks/components/skew/transformsPage.js";
// @ts-expect-error: a page component in plain JavaScript, without types
import {dashboardCompute, dashboardPageKnobs, dashboardPageLines, dashboardWorld} from "../../../notebooks/components/skew/dashboardPage.js";

const root = new URL("../../../notebooks/", import.meta.url);
const tsx = new URL("../../../node_modules/.bin/tsx", import.meta.url).pathname;
type Answer = {key: Record<string, unknown>} & Record<string, any>;
const outputs = new Map<string, {text: string; json: Answer}>();
const load = (page: string) => {
  if (!outputs.has(page)) {
    const text = execFileSync(tsx, [`data/first/${page}.json.ts`], {cwd: root, maxBuffer: 1 << 24}).toString();
    outputs.set(page, {text, json: JSON.parse(text) as Answer});
  }
  return outputs.get(page)!;
};

let engine: SqlEngine & {close(): Promise<void>};
beforeAll(async () => {
  engine = await createNativeEngine({threads: 1});
});
afterAll(async () => {
  await engine.close();
});

describe("notebooks/data/first loaders of the Skew section", () => {
  it.each([["fingerprints"], ["training-serving-skew"], ["inconsistent-transforms"], ["preprocessing"], ["skew-dashboard"]])("%s.json.ts prints a key and stays under 8 KB", (page) => {
    const {text, json} = load(page);
    expect(text.length).toBeLessThan(8192);
    expect(Object.keys(json.key).length).toBeGreaterThan(0);
  }, 60_000);

  it("fingerprints: the reversed list keeps the seed's fingerprint and changes its weighted sum; the collision keeps the sum and changes the fingerprint", () => {
    const [seed, reversed, other] = load("fingerprints").json.rows;
    expect(reversed.fingerprint).toBe(seed.fingerprint);
    expect(reversed.weighted).not.toBe(seed.weighted);
    expect(other.weighted).toBe(seed.weighted);
    expect(other.fingerprint).not.toBe(seed.fingerprint);
  }, 60_000);

  it("training-serving-skew: skewReportSql in native DuckDB gives the build-time answer's counts and match rates", async () => {
    const {json} = load("training-serving-skew");
    const start = Date.UTC(2026, 0, 1), days = 60;
    const population = customers(7, 300, start);
    const tx = transactions(7, population, merchants(7, 100), {start, days, count: 20000});
    const tables = servedFeatures(7, tx, customerProfile(7, population, {start, days}), skewPageKnobs);
    await engine.loadArrow("tss_recomputed", tables.recomputed_features);
    await engine.loadArrow("tss_served", tables.served_features);
    const report = await skewReportSql(engine, "tss_recomputed", "tss_served", {key: ["request_id"], columns: [...servedFeatureNames], ...skewPageTolerance});
    expect(report.columns.map((c) => ({column: c.column, equal: c.equal, status: c.status}))).toEqual(json.columns.map((c: any) => ({column: c.column, equal: c.equal, status: c.status})));
    expect(json.key.failing).toBe(report.columns.filter((c) => c.status === "fail").length);
    expect(json.key.failing).toBeGreaterThan(0);
  }, 60_000);

  it("inconsistent-transforms: every variant's skew-report verdict is what its SQL twin gives against the reference's in native DuckDB", async () => {
    const {json} = load("inconsistent-transforms");
    const {feature, events} = transformsPageEvents(generateWorld({seed: 7, scale: "small", tables: ["transactions"]}).transactions, transformsPageData);
    await engine.loadArrow("it_events", transformEventsTable(events));
    const values = async (variant: unknown) => numericValues((await engine.query(transformVariantSql("it_events", variant as never, feature))).getChild("feature")!);
    const reference = await values(referenceVariant);
    const {rtol, atol} = transformsPageTolerance;
    for (const v of transformVariants) {
      const candidate = await values(v.variant);
      // Unequal as the skew report counts: null (NaN here) on one side only, or beyond atol + rtol·|reference|.
      const unequal = candidate.reduce((count, x, i) => {
        const r = reference[i]!;
        const equal = Number.isNaN(x) || Number.isNaN(r) ? Number.isNaN(x) && Number.isNaN(r) : Math.abs(x - r) <= atol + rtol * Math.abs(r);
        return count + (equal ? 0 : 1);
      }, 0);
      const row = json.rows.find((r: any) => r.id === v.id);
      expect([v.id, unequal]).toEqual([v.id, Math.round(row.rows * (1 - row.match_rate))]);
    }
  }, 60_000);

  it("preprocessing: TypeScript and SQL apply the spec identically, fitted on the non-correction transactions of the first 60 days", async () => {
    const {json} = load("preprocessing");
    expect(json.allEqual).toBe(true);
    expect(json.worstDiff).toBe(0);
    await engine.loadArrow("pp_transactions", generateWorld({seed: 7, scale: "small", tables: ["transactions"]}).transactions);
    const count = await engine.query(`SELECT count(*)::INTEGER AS n FROM pp_transactions WHERE NOT is_correction AND event_timestamp < TIMESTAMP '2026-03-02'`);
    expect(json.fittedRows).toBe(count.getChild("n")!.get(0));
  }, 60_000);

  it("skew-dashboard: skewDashboardSql in native DuckDB fails the same features and names the same worst one", async () => {
    const {json} = load("skew-dashboard");
    const {recomputed, served, options} = dashboardCompute(dashboardWorld(), dashboardPageKnobs, dashboardPageLines);
    await engine.loadArrow("sd_recomputed", recomputed);
    await engine.loadArrow("sd_served", served);
    const dash = await skewDashboardSql(engine, "sd_recomputed", "sd_served", options);
    expect(dash.failing.join(" ")).toBe(json.key.failing);
    expect(dash.cells.filter((c) => c.status === "warn").length).toBe(json.key.warning);
    expect(`${dash.worst!.column} ${dash.worst!.cause}`).toBe(json.key.worst);
  }, 60_000);
});
