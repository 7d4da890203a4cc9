import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {
  contractDays, contractSignal, contractTimelineSql, detectionDelay, firstDetection, freshnessSignal, freshnessTimelineSql, incidentKinds, injectIncident,
  nullRateSignal, nullRateTimelineSql, signals, type ContractCount, type FreshnessDay, type IncidentKind, type NullRateDay, type SignalDay, type SignalStatus,
} from "../../../lib/monitoring/index.js";
import {sql, type SqlEngine} from "../../../lib/sql/index.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";
import {days, columnsOf, start, tinyTransactions, transactionChecks} from "./world.js";

const statuses: SignalStatus[] = ["ok", "warn", "fail", "no_data"];
const dashboard = fc.array(fc.record({signal: fc.constantFrom(...signals), day: fc.nat(60), status: fc.constantFrom(...statuses)}), {maxLength: 120})
  .map((cells) => cells.map((c): SignalDay => ({...c, value: null, detail: ""})));

describe("detectionDelay", () => {
  it("detectionDelay finds each signal's first failing day from the incident on, and counts earlier failures as false alarms", () => {
    const cells: SignalDay[] = [[2, "fail"], [5, "warn"], [6, "fail"], [9, "fail"]].map(([day, status]) => ({signal: "drift", day: day as number, status: status as SignalStatus, value: null, detail: ""}));
    expect(detectionDelay(cells, 4)).toEqual([
      {signal: "contract", day: null, delay: null, falseAlarms: 0}, {signal: "freshness", day: null, delay: null, falseAlarms: 0},
      {signal: "nulls", day: null, delay: null, falseAlarms: 0}, {signal: "drift", day: 6, delay: 2, falseAlarms: 1},
    ]);
  });

  it("detectionDelay never detects before the incident's day, and finds the first failure from it (property)", () => {
    fc.assert(fc.property(dashboard, fc.nat(60), (cells, incident) => {
      for (const d of detectionDelay(cells, incident)) {
        const failing = cells.filter((c) => c.signal === d.signal && c.status === "fail").map((c) => c.day).sort((a, b) => a - b);
        expect(d.day).toBe(failing.find((day) => day >= incident) ?? null);
        if (d.delay !== null) expect(d.delay).toBeGreaterThanOrEqual(0);
        expect(d.falseAlarms).toBe(failing.filter((day) => day < incident).length);
      }
    }));
  });

  it("firstDetection keeps the quickest signals, ties included, and none when nothing caught it", () => {
    const d = detectionDelay([{signal: "nulls", day: 3, status: "fail", value: null, detail: ""}, {signal: "contract", day: 3, status: "fail", value: null, detail: ""}, {signal: "drift", day: 5, status: "fail", value: null, detail: ""}], 1);
    expect(firstDetection(d).map((x) => x.signal)).toEqual(["contract", "nulls"]);
    expect(firstDetection(detectionDelay([], 1))).toEqual([]);
  });

  it("detectionDelay rejects a negative incident day", () => {
    expect(() => detectionDelay([], -1)).toThrow(/whole number ≥ 0, got -1/);
  });
});

/** The contract, freshness and null-rate signals of table `name`, computed in SQL. */
async function dashboardOf(engine: SqlEngine, name: string): Promise<SignalDay[]> {
  const specs = transactionChecks();
  const counts = (await rowsOf(engine, contractTimelineSql(specs, name, await columnsOf(engine, name), {start, days}))) as unknown as ContractCount[];
  const fresh = (await rowsOf(engine, freshnessTimelineSql(name, {start, days}))) as unknown as FreshnessDay[];
  const nulls = (await rowsOf(engine, nullRateTimelineSql(name, {start, days, columns: ["amount", "channel", "merchant_category"]}))) as unknown as NullRateDay[];
  return [...contractSignal(contractDays(counts, specs, days)), ...freshnessSignal(fresh, 86_400_000), ...nullRateSignal(nulls, {reference: [0, 7]})];
}

describe.each(engineFactories)("signals around an injected incident on %s", (_, create) => {
  const engine = useEngine(create, {t: tinyTransactions()});

  it("an incident changes no signal on the days before it (property over kinds, days, sizes)", async () => {
    const clean = await dashboardOf(engine(), "t");
    const kinds = Object.keys(incidentKinds) as IncidentKind[];
    await fc.assert(fc.asyncProperty(fc.constantFrom(...kinds), fc.integer({min: 8, max: 27}), fc.double({min: 0, max: 1, noNaN: true}), async (kind, day, share) => {
      const size = kind === "stall" ? 96 * share : share;
      await engine().query(sql`CREATE OR REPLACE TABLE d AS ${injectIncident({source: "t", incident: {kind, day, size}, start})}`);
      const broken = await dashboardOf(engine(), "d");
      expect(broken.filter((c) => c.day < day)).toEqual(clean.filter((c) => c.day < day));
      for (const d of detectionDelay(broken, day)) if (d.delay !== null) expect(d.day).toBeGreaterThanOrEqual(day);
    }), {numRuns: 10});
  });

  it("a full-day stall is caught the day it starts by the contract (has_rows) and by freshness", async () => {
    await engine().query(sql`CREATE OR REPLACE TABLE d AS ${injectIncident({source: "t", incident: {kind: "stall", day: 15, size: 36}, start})}`);
    const caught = detectionDelay(await dashboardOf(engine(), "d"), 15);
    expect(caught.filter((d) => d.delay === 0).map((d) => d.signal)).toEqual(["contract", "freshness"]);
  });
});
