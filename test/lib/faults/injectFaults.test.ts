import {describe, expect, it} from "vitest";
import {injectFaults} from "../../../lib/faults/index.js";
import {jsonRows} from "../../../lib/contracts/index.js";
import {sql} from "../../../lib/sql/index.js";
import {arrowTable, engineFactories, useEngine} from "../contracts/engines.js";

const n = 2000;
const table = arrowTable({
  id: ["int", Array.from({length: n}, (_, i) => i + 1)],
  amount: ["float", Array.from({length: n}, (_, i) => 1 + (i % 97))],
  channel: ["text", Array.from({length: n}, (_, i) => ["web", "pos", "app"][i % 3])],
  event_timestamp: ["time", Array.from({length: n}, (_, i) => Date.UTC(2026, 0, 1) + i * 60_000)],
  created_timestamp: ["time", Array.from({length: n}, (_, i) => Date.UTC(2026, 0, 1) + i * 60_000 + 5_000)],
});

describe("injectFaults (SQL text)", () => {
  it("injectFaults with no faults selects the source unchanged", () => {
    expect(injectFaults({source: "t", key: ["id"], faults: []}).text).toBe('SELECT * FROM "t"');
  });
  it("injectFaults binds values and shares as parameters and quotes names", () => {
    const q = injectFaults({source: 'we"ird', key: ["id"], faults: [{kind: "value", column: "select", share: 0.5, value: "x'); DROP TABLE t; --"}]});
    expect(q.text).toContain('"we""ird"');
    expect(q.text).toContain('"select"');
    expect(q.params).toContain("x'); DROP TABLE t; --");
    expect(q.params).toContain(500000);
  });
  it("injectFaults rejects a share outside 0..1 and an empty key", () => {
    expect(() => injectFaults({source: "t", key: ["id"], faults: [{kind: "null", column: "a", share: 1.5}]})).toThrow(/between 0 and 1, got 1.5/);
    expect(() => injectFaults({source: "t", key: [], faults: []})).toThrow(/at least one key column/);
  });
});

describe.each(engineFactories)("injectFaults on %s", (_, create) => {
  const engine = useEngine(create);
  const count = async (query: ReturnType<typeof sql>) => Number(jsonRows(await engine().query(query))[0]!.n);

  it("hits about `share` of the rows with each fault, independently, and duplicates rows", async () => {
    await engine().loadArrow("t", table);
    const faults = injectFaults({source: "t", key: ["id"], faults: [
      {kind: "null", column: "amount", share: 0.1},
      {kind: "value", column: "channel", share: 0.2, value: "fax"},
      {kind: "negate", column: "amount", share: 0.3},
      {kind: "before", column: "created_timestamp", share: 0.05, reference: "event_timestamp", ms: 3_600_000},
      {kind: "duplicate", share: 0.1},
    ]});
    await engine().query(sql`CREATE OR REPLACE TABLE f AS ${faults}`);
    const rows = await count(sql`SELECT count(*) AS n FROM f`);
    const distinct = await count(sql`SELECT count(DISTINCT id) AS n FROM f`);
    expect(distinct).toBe(n);
    expect(rows / n).toBeGreaterThan(1.07);
    expect(rows / n).toBeLessThan(1.13);
    const base = async (where: string) => (await engine().query(`SELECT count(*) AS n FROM (SELECT DISTINCT ON (id) * FROM f) WHERE ${where}`)).get(0)!.n;
    const nulls = Number(await base("amount IS NULL")) / n;
    const fax = Number(await base("channel = 'fax'")) / n;
    const negative = Number(await base("amount < 0")) / n;
    const early = Number(await base("created_timestamp < event_timestamp")) / n;
    expect(nulls).toBeGreaterThan(0.07);
    expect(nulls).toBeLessThan(0.13);
    expect(fax).toBeGreaterThan(0.16);
    expect(fax).toBeLessThan(0.24);
    // negate applies to rows the null fault did not take: about 0.3 × 0.9
    expect(negative).toBeGreaterThan(0.22);
    expect(negative).toBeLessThan(0.32);
    expect(early).toBeGreaterThan(0.03);
    expect(early).toBeLessThan(0.07);
    expect(Number(await base("channel NOT IN ('web', 'pos', 'app', 'fax')"))).toBe(0);
  });

  it("gives the same rows on every run and the same counts on both engines", async () => {
    await engine().loadArrow("t", table);
    const q = injectFaults({source: "t", key: ["id"], faults: [{kind: "null", column: "amount", share: 0.25}], seed: 3});
    const once = jsonRows(await engine().query(sql`SELECT id FROM (${q}) WHERE amount IS NULL ORDER BY id`)).map((r) => r.id);
    const again = jsonRows(await engine().query(sql`SELECT id FROM (${q}) WHERE amount IS NULL ORDER BY id`)).map((r) => r.id);
    expect(again).toEqual(once);
    expect(once.length).toBeGreaterThan(0);
    // DuckDB's hash is the same function in the browser and natively: both engines pick these 522 rows.
    expect(once.length).toBe(522);
  });
});
