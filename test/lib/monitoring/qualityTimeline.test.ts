import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {categoricalBinning, driftOverTime, driftOverTimeSql, numericBinning} from "../../../lib/drift/index.js";
import {detectionDelay, driftSignal, incidentKinds, injectIncident, qualityTimeline, referenceBinnings, type DriftWindow, type IncidentKind} from "../../../lib/monitoring/index.js";
import {sql} from "../../../lib/sql/index.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";
import {busyTransactions, start, tinyTransactions, transactionChecks} from "./world.js";

const DAY = 86_400_000;
const specs = transactionChecks();
const nullColumns = ["customer_id", "merchant_category", "channel", "amount", "event_timestamp"];

describe("referenceBinnings", () => {
  it("referenceBinnings bins only the rows that arrived on the reference days", () => {
    const table = tinyTransactions();
    const created = table.getChild("created_timestamp")!, amount = table.getChild("amount")!, channel = table.getChild("channel")!;
    const inside = Array.from({length: table.numRows}, (_, i) => i).filter((i) => created.get(i) >= start + 2 * DAY && created.get(i) < start + 9 * DAY);
    const binnings = referenceBinnings(table, {start, reference: [2, 9], numeric: ["amount"], categorical: ["channel"], bins: 5});
    expect(binnings.amount).toEqual(numericBinning(inside.map((i) => amount.get(i)), 5));
    expect(binnings.channel).toEqual(categoricalBinning(inside.map((i) => channel.get(i))));
  });
  it("referenceBinnings rejects an empty reference window and a missing column", () => {
    const table = tinyTransactions();
    expect(() => referenceBinnings(table, {start, reference: [5, 5]})).toThrow(/0 ≤ from < to, got \[5, 5\)/);
    expect(() => referenceBinnings(table, {start, reference: [0, 5], numeric: ["price"]})).toThrow(/column "price"/);
  });
});

describe.each(engineFactories)("qualityTimeline around an injected incident on %s", (_, create) => {
  const clean = busyTransactions(11);
  const engine = useEngine(create, {t: clean});
  const reference: [number, number] = [0, 4];
  const binnings = referenceBinnings(clean, {start, reference, numeric: ["amount"], categorical: ["merchant_category", "channel"]});
  const options = {specs, start, days: 10, slaMs: DAY, reference, nullColumns, binnings};
  const cleanCells = qualityTimeline(clean, options);

  it("qualityTimeline raises no alarm on a clean world of 2,000 rows a day", () => {
    expect(cleanCells).toHaveLength(40);
    expect(cleanCells.filter((c) => c.status === "fail")).toEqual([]);
  });

  it("qualityTimeline: an incident changes no cell before its day, and is never detected before it (property, all four signals)", async () => {
    const kinds = Object.keys(incidentKinds) as IncidentKind[];
    await fc.assert(fc.asyncProperty(fc.constantFrom(...kinds), fc.integer({min: 4, max: 9}), fc.double({min: 0, max: 1, noNaN: true}), fc.nat(100), async (kind, day, share, seed) => {
      const size = kind === "stall" ? 72 * share : share;
      await engine().query(sql`CREATE OR REPLACE TABLE d AS ${injectIncident({source: "t", incident: {kind, day, size}, start, seed})}`);
      const cells = qualityTimeline(await engine().query(sql`SELECT * FROM d`), options);
      expect(cells.filter((c) => c.day < day)).toEqual(cleanCells.filter((c) => c.day < day));
      for (const d of detectionDelay(cells, day)) if (d.day !== null) expect(d.day).toBeGreaterThanOrEqual(day);
    }), {numRuns: 8});
  });

  it("qualityTimeline: drift catches a vanished category the day it starts, the contract never does", async () => {
    await engine().query(sql`CREATE OR REPLACE TABLE d AS ${injectIncident({source: "t", incident: {kind: "category_vanishes", day: 6, size: 1}, start})}`);
    const caught = detectionDelay(qualityTimeline(await engine().query(sql`SELECT * FROM d`), options), 6);
    expect(caught.map((d) => [d.signal, d.delay])).toEqual([["contract", null], ["freshness", null], ["nulls", null], ["drift", 0]]);
  });
});

describe.each(engineFactories)("the drift signal from SQL on %s", (_, create) => {
  const clean = tinyTransactions(5);
  const engine = useEngine(create, {t: clean});
  const binnings = referenceBinnings(clean, {start, reference: [0, 7], numeric: ["amount"], categorical: ["merchant_category", "channel"]});
  const cases: [IncidentKind, number][] = [["cents", 0.3], ["category_vanishes", 1], ["category_appears", 0.05], ["stall", 40], ["slow_shift", 1]];

  it.each(cases)("driftSignal over driftOverTimeSql = over driftOverTime, day by day (%s)", async (kind, size) => {
    await engine().query(sql`CREATE OR REPLACE TABLE d AS ${injectIncident({source: "t", incident: {kind, day: 12, size}, start, seed: 2})}`);
    const fromSql = driftSignal((await rowsOf(engine(), driftOverTimeSql("d", {time: "created_timestamp", window: "day", binnings}))) as unknown as DriftWindow[], {start, days: 30});
    const fromTs = driftSignal(driftOverTime(await engine().query(sql`SELECT * FROM d`), {time: "created_timestamp", windowMs: DAY, binnings}), {start, days: 30});
    expect(fromSql.map((c) => [c.day, c.status, c.detail.replace(/PSI .*/, "")])).toEqual(fromTs.map((c) => [c.day, c.status, c.detail.replace(/PSI .*/, "")]));
    fromSql.forEach((c, i) => (c.value === null ? expect(fromTs[i]!.value).toBeNull() : expect(c.value).toBeCloseTo(fromTs[i]!.value!, 9)));
    expect(fromSql.some((c) => c.status === "fail")).toBe(kind !== "stall");
  });
});
