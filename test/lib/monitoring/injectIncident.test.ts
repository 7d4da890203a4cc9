import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {incidentKinds, injectIncident, type IncidentKind} from "../../../lib/monitoring/index.js";
import {sql} from "../../../lib/sql/index.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";
import {start, tinyTransactions} from "./world.js";

const DAY = 86_400_000, HOUR = 3_600_000;
const kinds = Object.keys(incidentKinds) as IncidentKind[];
const sizeOf = (kind: IncidentKind) => (kind === "stall" ? 30 : kind === "slow_shift" ? 0.5 : 0.2);

describe("injectIncident (SQL text)", () => {
  it("injectIncident binds times and shares as parameters and quotes names", () => {
    const q = injectIncident({source: 'we"ird', incident: {kind: "cents", day: 2, size: 0.5}, start: 0});
    expect(q.text).toContain('"we""ird"');
    expect(q.params).toContainEqual(new Date(2 * DAY));
    expect(q.params).toContain(500_000);
  });
  it("injectIncident rejects an unknown kind, a fractional day and a share above 1", () => {
    expect(() => injectIncident({source: "t", incident: {kind: "fire" as IncidentKind, day: 1, size: 0}, start: 0})).toThrow(/kind among .* got "fire"/);
    expect(() => injectIncident({source: "t", incident: {kind: "stall", day: 1.5, size: 1}, start: 0})).toThrow(/whole number ≥ 0, got 1.5/);
    expect(() => injectIncident({source: "t", incident: {kind: "null_burst", day: 1, size: 2}, start: 0})).toThrow(/between 0 and 1, got 2/);
  });
});

describe.each(engineFactories)("injectIncident on %s", (_, create) => {
  const table = tinyTransactions();
  const engine = useEngine(create, {t: table});
  const make = async (kind: IncidentKind, day: number, size: number, seed = 0, days?: number) => {
    await engine().query(sql`CREATE OR REPLACE TABLE d AS ${injectIncident({source: "t", incident: {kind, day, size, days}, start, seed})}`);
  };
  const one = async (query: ReturnType<typeof sql>) => (await rowsOf(engine(), query))[0]!;
  const before = (day: number) => start + day * DAY;

  it("injectIncident leaves every row that arrived before the incident's day as it was (property, every kind)", async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...kinds), fc.integer({min: 1, max: 28}), fc.double({min: 0, max: 1, noNaN: true}), fc.nat(1000), async (kind, day, share, seed) => {
      const size = kind === "stall" ? share * 72 : share;
      await make(kind, day, size, seed);
      const cut = new Date(before(day));
      const diff = await one(sql`SELECT
        (SELECT count(*) FROM (SELECT * FROM t WHERE created_timestamp < ${cut} EXCEPT ALL SELECT * FROM d WHERE created_timestamp < ${cut})) AS lost,
        (SELECT count(*) FROM (SELECT * FROM d WHERE created_timestamp < ${cut} EXCEPT ALL SELECT * FROM t WHERE created_timestamp < ${cut})) AS added`);
      expect(diff).toEqual({lost: 0, added: 0});
    }), {numRuns: 15});
  });

  it("injectIncident with size 0 changes nothing, for every kind", async () => {
    for (const kind of kinds) {
      await make(kind, 10, 0);
      const diff = await one(sql`SELECT (SELECT count(*) FROM (SELECT * FROM t EXCEPT ALL SELECT * FROM d)) + (SELECT count(*) FROM (SELECT * FROM d EXCEPT ALL SELECT * FROM t)) AS n`);
      expect(diff.n, kind).toBe(0);
    }
  });

  it("injectIncident null_burst empties about `size` of the amounts arriving in the burst, and none after it", async () => {
    await make("null_burst", 10, 0.3, 0, 2);
    const r = await one(sql`SELECT
      avg(CASE WHEN amount IS NULL THEN 1 ELSE 0 END) FILTER (WHERE created_timestamp >= ${new Date(before(10))} AND created_timestamp < ${new Date(before(12))}) AS inside,
      avg(CASE WHEN amount IS NULL THEN 1 ELSE 0 END) FILTER (WHERE created_timestamp >= ${new Date(before(12))}) AS after FROM d`);
    expect(r.inside).toBeGreaterThan(0.25);
    expect(r.inside).toBeLessThan(0.35);
    expect(r.after).toBeLessThan(0.01);
  });

  it("injectIncident stall delivers nothing in its hours, then every held row at its end, each still after its event", async () => {
    await make("stall", 10, 30);
    const r = await one(sql`SELECT count(*) AS n,
      count_if(created_timestamp >= ${new Date(before(10))} AND created_timestamp < ${new Date(before(10) + 30 * HOUR)}) AS during,
      count_if(created_timestamp < event_timestamp) AS before_event,
      min(created_timestamp) FILTER (WHERE created_timestamp >= ${new Date(before(10))}) AS first_after FROM d`);
    expect(r.n).toBe(table.numRows);
    expect(r.during).toBe(0);
    expect(r.before_event).toBe(0);
    expect(Number(r.first_after)).toBeGreaterThanOrEqual(before(10) + 30 * HOUR);
    expect(Number(r.first_after)).toBeLessThan(before(10) + 31 * HOUR);
  });

  it("injectIncident duplicates delivers about `size` of the burst's rows twice", async () => {
    await make("duplicates", 10, 0.2, 0, 3);
    const r = await one(sql`SELECT (SELECT count(*) FROM d) - (SELECT count(*) FROM t) AS extra,
      (SELECT count(*) FROM t WHERE created_timestamp >= ${new Date(before(10))} AND created_timestamp < ${new Date(before(13))}) AS burst`);
    const ratio = Number(r.extra) / Number(r.burst);
    expect(ratio).toBeGreaterThan(0.15);
    expect(ratio).toBeLessThan(0.25);
  });

  it("injectIncident cents, a new category, a vanishing category and a slow shift change what they say", async () => {
    await make("cents", 10, 1);
    const cents = await one(sql`SELECT (SELECT sum(amount) FROM d WHERE created_timestamp >= ${new Date(before(10))}) / (SELECT sum(amount) FROM t WHERE created_timestamp >= ${new Date(before(10))}) AS ratio`);
    expect(cents.ratio).toBeCloseTo(100, 9);
    await make("category_appears", 10, 0.1);
    const crypto = await one(sql`SELECT count_if(merchant_category = 'crypto') / count(*) AS share FROM d WHERE created_timestamp >= ${new Date(before(10))}`);
    expect(crypto.share).toBeGreaterThan(0.07);
    expect(crypto.share).toBeLessThan(0.13);
    await make("category_vanishes", 10, 1);
    const travel = await one(sql`SELECT count_if(merchant_category = 'travel') AS after FROM d WHERE created_timestamp >= ${new Date(before(10))}`);
    expect(travel.after).toBe(0);
    await make("slow_shift", 2, 0.5);
    const shift = await one(sql`SELECT (SELECT sum(amount) FROM d WHERE created_timestamp >= ${new Date(before(23))}) / (SELECT sum(amount) FROM t WHERE created_timestamp >= ${new Date(before(23))}) AS ratio`);
    expect(shift.ratio).toBeCloseTo(1.5, 2);
  });

  it("injectIncident picks the same rows for the same seed, others for another", async () => {
    const nulls = async (seed: number) => {
      await make("null_burst", 5, 0.5, seed, 5);
      return (await rowsOf(engine(), sql`SELECT txn_id, created_timestamp FROM d WHERE amount IS NULL ORDER BY ALL`)).map((r) => `${r.txn_id}@${r.created_timestamp}`);
    };
    const a = await nulls(1), b = await nulls(1), c = await nulls(2);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });
});
