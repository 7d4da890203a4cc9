import {describe, expect, it} from "vitest";
import {errorBudgetBurn, errorBudgetBurnSql, requestLatencies, requestLatencySql, sloCompliance, sloComplianceSql} from "../../../lib/latency/index.js";
import {tableColumns} from "../../../lib/sql/index.js";
import {servingLatency} from "../../../lib/synth/index.js";
import {camel, engineFactories, rowsOf, useEngine} from "../engines.js";

describe("sloCompliance", () => {
  it("sloCompliance counts latencies at or under the threshold as good, leaving NaN out", () => {
    expect(sloCompliance([3, 10, 30, 8, NaN], 10)).toEqual({good: 3, total: 4, share: 0.75});
  });
  it("sloCompliance of no latencies has a null share", () => {
    expect(sloCompliance([], 10)).toEqual({good: 0, total: 0, share: null});
  });
  it("sloCompliance throws on a negative threshold", () => {
    expect(() => sloCompliance([1], -1)).toThrow("sloCompliance requires thresholdMs >= 0, got -1");
  });
});

describe("errorBudgetBurn", () => {
  const hour = 3_600_000;
  it("errorBudgetBurn gives each hour's bad share over the budget, ascending, only hours with requests", () => {
    const rows = errorBudgetBurn([2 * hour + 5, 10, 20, 30, 40], [50, 5, 50, 5, 5], {thresholdMs: 25, objective: 0.75});
    expect(rows).toEqual([{windowStart: 0, requests: 4, bad: 1, badShare: 0.25, burnRate: 1}, {windowStart: 2 * hour, requests: 1, bad: 1, badShare: 1, burnRate: 4}]);
  });
  it("errorBudgetBurn with burn rate 1 everywhere spends exactly the budget: the share of good requests is the objective", () => {
    const latencies = Array.from({length: 400}, (_, i) => (i % 100 === 0 ? 99 : 1));
    const rows = errorBudgetBurn(latencies.map((_, i) => i * 36_000), latencies, {thresholdMs: 10, objective: 0.99});
    expect(rows.map((r) => r.burnRate.toFixed(9))).toEqual(["1.000000000", "1.000000000", "1.000000000", "1.000000000"]);
    expect(sloCompliance(latencies, 10).share).toBe(0.99);
  });
  it("errorBudgetBurn throws on an objective outside (0, 1) and a bad window", () => {
    expect(() => errorBudgetBurn([0], [1], {thresholdMs: 1, objective: 1})).toThrow("errorBudgetBurn requires an objective in (0, 1), got 1");
    expect(() => errorBudgetBurn([0], [1], {thresholdMs: 1, objective: 0.9, windowMs: 0})).toThrow("errorBudgetBurn requires windowMs > 0, got 0");
  });
});

const log = servingLatency(5, {start: Date.UTC(2026, 0, 1), days: 2, requests: 6000, incidents: 1});
const lookups = tableColumns(log) as {request_id: number[]; request_timestamp: number[]; latency_ms: number[]};
const requests = requestLatencies(lookups.request_id, lookups.latency_ms, lookups.request_timestamp);

describe.each(engineFactories)("SLO SQL twins on %s", (_, create) => {
  const engine = useEngine(create, {serving_latency: log});
  const ready = async () => engine().query(`create or replace table requests as ${requestLatencySql("serving_latency").text}`);

  it("sloComplianceSql equals sloCompliance over requests", async () => {
    await ready();
    for (const threshold of [5, 12.5, 25, 1000]) {
      expect(await rowsOf(engine(), sloComplianceSql("requests", threshold))).toEqual([sloCompliance(requests.latency, threshold)]);
    }
  });
  it("errorBudgetBurnSql equals errorBudgetBurn per hour and per 10 minutes", async () => {
    await ready();
    for (const options of [{thresholdMs: 20, objective: 0.99}, {thresholdMs: 8, objective: 0.95, windowMs: 600_000}]) {
      const rows = camel(await rowsOf(engine(), errorBudgetBurnSql("requests", options)));
      expect(rows).toEqual(errorBudgetBurn(requests.time!, requests.latency, options));
    }
  });
  it("errorBudgetBurnSql shows the incident: some hour burns the budget over 5× as fast", async () => {
    await ready();
    const rows = camel(await rowsOf(engine(), errorBudgetBurnSql("requests", {thresholdMs: 20, objective: 0.99})));
    expect(rows).toHaveLength(48);
    expect(Math.max(...rows.map((r) => r.burnRate as number))).toBeGreaterThan(5);
  });
  it("sloComplianceSql on a table without rows gives a null share", async () => {
    await engine().query("create or replace table no_requests as select * from requests limit 0");
    expect(await rowsOf(engine(), sloComplianceSql("no_requests", 10))).toEqual([{good: 0, total: 0, share: null}]);
  });
});
