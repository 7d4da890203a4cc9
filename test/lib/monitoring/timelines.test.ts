import {tableFromArrays} from "apache-arrow";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {
  contractDays, contractTimeline, contractTimelineSql, freshnessTimeline, freshnessTimelineSql, injectIncident, nullRateTimeline, nullRateTimelineSql,
  type ContractCount, type IncidentKind,
} from "../../../lib/monitoring/index.js";
import {sql} from "../../../lib/sql/index.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";
import {busyTransactions, days, columnsOf, start, tinyTransactions, transactionChecks} from "./world.js";

const specs = transactionChecks();
const columns = ["txn_id", "customer_id", "merchant_id", "merchant_category", "channel", "amount", "event_timestamp", "created_timestamp", "is_correction"];
// Each incident leaves counts, nulls and ages the clean world does not have, so the twins are compared where they matter.
const incidents: [IncidentKind, number][] = [["null_burst", 0.2], ["cents", 0.3], ["category_appears", 0.1], ["duplicates", 0.1], ["stall", 40], ["category_vanishes", 1]];

describe("freshnessTimeline and nullRateTimeline (TypeScript)", () => {
  it("freshnessTimeline judges each day's end by what had arrived by then", () => {
    const DAY = 86_400_000;
    const t = tableFromArrays({event_timestamp: [0, 1000, 2 * DAY], created_timestamp: [500, 1.5 * DAY, 2 * DAY + 10]});
    expect(freshnessTimeline(t, {start: 0, days: 3}).map((d) => [d.rows, d.newest_event_ms, d.event_age_ms])).toEqual([[1, 0, DAY], [1, 1000, 2 * DAY - 1000], [1, 2 * DAY, DAY]]);
  });
  it("nullRateTimeline counts nulls per day and column, NaN is a value", () => {
    const t = tableFromArrays({a: [1, null, NaN], created_timestamp: [0, 1, 86_400_000]});
    expect(nullRateTimeline(t, {start: 0, days: 2, columns: ["a"]})).toEqual([{day: 0, column: "a", rows: 2, nulls: 1}, {day: 1, column: "a", rows: 1, nulls: 0}]);
  });
  it("freshnessTimeline rejects a fractional number of days", () => {
    expect(() => freshnessTimeline(tableFromArrays({event_timestamp: [0], created_timestamp: [0]}), {start: 0, days: 2.5})).toThrow(/whole number of days ≥ 1, got 2.5/);
  });
});

describe.each(engineFactories)("timelines, SQL = TypeScript on %s", (_, create) => {
  const clean = tinyTransactions();
  const engine = useEngine(create, {t: clean});
  const delivered = async (kind: IncidentKind, size: number) => {
    await engine().query(sql`CREATE OR REPLACE TABLE d AS ${injectIncident({source: "t", incident: {kind, day: 12, size}, start, seed: 3})}`);
    return engine().query(sql`SELECT * FROM d`);
  };

  it.each(incidents)("contractTimelineSql counts what contractTimeline counts, day by day (%s)", async (kind, size) => {
    const table = await delivered(kind, size);
    const fromSql = (await rowsOf(engine(), contractTimelineSql(specs, "d", await columnsOf(engine(), "d"), {start, days}))) as unknown as ContractCount[];
    const fromTs = contractTimeline(specs, table, {start, days});
    const covered = new Set(fromTs.map((r) => r.check_id));
    expect(covered.size).toBeGreaterThan(10);
    expect(fromSql.filter((r) => covered.has(r.check_id))).toEqual(fromTs);
    expect(fromSql.length).toBe(days * new Set(fromSql.map((r) => r.check_id)).size);
    expect(fromTs.some((r) => r.unexpected > 0) || kind === "stall" || kind === "category_vanishes").toBe(true);
  });

  it.each(incidents)("freshnessTimelineSql = freshnessTimeline (%s)", async (kind, size) => {
    const table = await delivered(kind, size);
    expect(await rowsOf(engine(), freshnessTimelineSql("d", {start, days}))).toEqual(freshnessTimeline(table, {start, days}));
  });

  it.each(incidents)("nullRateTimelineSql = nullRateTimeline (%s)", async (kind, size) => {
    const table = await delivered(kind, size);
    expect(await rowsOf(engine(), nullRateTimelineSql("d", {start, days, columns}))).toEqual(nullRateTimeline(table, {start, days, columns}));
  });

  it("contractDays: a clean world of 2,000 rows a day passes its contract on every day (property over worlds)", async () => {
    await fc.assert(fc.asyncProperty(fc.integer({min: 1, max: 10_000}), async (seed) => {
      await engine().loadArrow("w", busyTransactions(seed));
      const counts = (await rowsOf(engine(), contractTimelineSql(specs, "w", await columnsOf(engine(), "w"), {start, days: 10}))) as unknown as ContractCount[];
      const failing = contractDays(counts, specs, 10).filter((d) => d.status !== "pass");
      expect(failing).toEqual([]);
    }), {numRuns: 5});
  });

  it("contractDays fails a day with no arrivals on has_rows (a stall of over a day)", async () => {
    await delivered("stall", 30);
    const counts = (await rowsOf(engine(), contractTimelineSql(specs, "d", await columnsOf(engine(), "d"), {start, days}))) as unknown as ContractCount[];
    const verdict = contractDays(counts, specs, days);
    expect(verdict[12]).toMatchObject({rows: 0, status: "fail", failing: ["has_rows"]});
    expect(verdict.filter((d) => d.status === "fail").map((d) => d.day)).toEqual([12]);
  });
});
