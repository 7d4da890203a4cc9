import {describe, expect, it} from "vitest";
import {contractChecks, referenceCounts, runContract, type ContractResult} from "../../../lib/contracts/index.js";
import {createRng} from "../../../lib/synth/index.js";
import {arrowTable, contractOf, engineFactories, useEngine} from "./engines.js";

const contract = contractOf(`schema:
  - name: t
    properties:
      - name: id
        logicalType: integer
        primaryKey: true
      - name: amount
        logicalType: number
        logicalTypeOptions: {exclusiveMinimum: 0, maximum: 100}
        quality:
          - {metric: nullValues, mustBeLessThan: 20, unit: percent}
      - name: code
        logicalType: string
        logicalTypeOptions: {pattern: "^[A-Z]{2}[0-9]$", minLength: 3, maxLength: 3}
        quality:
          - {metric: missingValues, arguments: {missingValues: [null, "", "N/A"]}, mustBeLessThan: 10}
      - name: channel
        logicalType: string
        enum: [web, pos, app]
        quality:
          - {metric: invalidValues, arguments: {validValues: [web, pos]}, mustBeLessOrEqualTo: 1000, severity: warning}
      - name: n
        logicalType: integer
        quality:
          - {metric: duplicateValues, mustBeLessThan: 50, unit: percent}
    quality:
      - {metric: rowCount, mustBeBetween: [1, 10000]}
      - {metric: duplicateValues, arguments: {properties: [channel, n]}, mustBe: 0}
`);

/** Seeded messy columns: nulls, out-of-range values, bad codes, unknown channels, repeats. */
function messyColumns(rows: number) {
  const rng = createRng(11, "contracts");
  const pick = <T>(xs: readonly T[]) => xs[rng.int(xs.length)]!;
  const col = <T>(f: () => T) => Array.from({length: rows}, f);
  return {
    id: col(() => (rng.bernoulli(0.05) ? null : rng.int(rows * 2))),
    amount: col(() => (rng.bernoulli(0.1) ? null : Math.round((rng.uniform() * 130 - 15) * 100) / 100)),
    code: col(() => pick(["AB1", "ZZ9", "ab1", "A1", "ABCD", "", "N/A", null, "Q'7"])),
    channel: col(() => pick(["web", "pos", "app", "fax", "WEB", null])),
    n: col(() => (rng.bernoulli(0.1) ? null : rng.int(40))),
  };
}

describe.each(engineFactories)("runContract on %s", (_, create) => {
  const engine = useEngine(create);

  it("counts what the plain-loop reference counts, rule by rule (seeded data)", async () => {
    const columns = messyColumns(500);
    await engine().loadArrow("t", arrowTable({id: ["int", columns.id], amount: ["float", columns.amount], code: ["text", columns.code], channel: ["text", columns.channel], n: ["int", columns.n]}));
    const result = await runContract(engine(), contract, "t");
    const reference = referenceCounts(contractChecks(contract), columns);
    const byId = new Map(result.checks.map((c) => [c.id, c]));
    expect(reference.size).toBe(13);
    for (const [id, count] of reference) {
      const check = byId.get(id)!;
      expect([id, check.rule === "rowCount" ? check.value : check.unexpected_count]).toEqual([id, count]);
      if (count > 0 && check.status !== "pass") expect(check.samples.length).toBeGreaterThan(0);
    }
    expect(result.rows).toBe(500);
  });

  it("flags exactly the one broken rule of each faulty column, with failing samples", async () => {
    const clean = {id: [1, 2, 3, 4], amount: [1, 2, 50, 100], code: ["AB1", "CD2", "EF3", "GH4"], channel: ["web", "pos", "web", "pos"], n: [1, 2, 3, 4]};
    const faults: [string, Partial<typeof clean>, string][] = [
      ["a repeated id", {id: [1, 1, 3, 4]}, "t.id.unique"],
      ["a null id", {id: [1, null, 3, 4] as never}, "t.id.required"],
      ["an amount of 0", {amount: [0, 2, 50, 100]}, "t.amount.exclusiveMinimum"],
      ["an amount over 100", {amount: [1, 2, 50, 100.5]}, "t.amount.maximum"],
      ["a lower-case code", {code: ["ab1", "CD2", "EF3", "GH4"]}, "t.code.pattern"],
      ["an unknown channel", {channel: ["web", "atm", "web", "pos"]}, "t.channel.enum"],
      ["a repeated (channel, n)", {n: [1, 2, 1, 4]}, "t.duplicateValues"],
    ];
    for (const [, fault, broken] of faults) {
      const c = {...clean, ...fault};
      await engine().loadArrow("t", arrowTable({id: ["int", c.id], amount: ["float", c.amount], code: ["text", c.code], channel: ["text", c.channel], n: ["int", c.n]}));
      const result = await runContract(engine(), contract, "t");
      expect(failing(result)).toEqual([broken]);
      expect(result.status).toBe("fail");
      expect(result.checks.find((ch) => ch.id === broken)!.samples).toHaveLength(1);
    }
    await engine().loadArrow("t", arrowTable({id: ["int", clean.id], amount: ["float", clean.amount], code: ["text", clean.code], channel: ["text", clean.channel], n: ["int", clean.n]}));
    expect((await runContract(engine(), contract, "t")).status).toBe("pass");
  });

  it("fails type conformance for text in an integer column, without crashing or double counting", async () => {
    const typed = contractOf("schema:\n  - name: t\n    properties:\n      - name: qty\n        logicalType: integer\n        logicalTypeOptions: {minimum: 0}\n      - name: at\n        logicalType: timestamp\n");
    await engine().loadArrow("t", arrowTable({qty: ["text", ["1", "2", "two", null, "-3", "4.5"]], at: ["text", ["2026-01-01T00:00:00Z", "2026-01-02 10:00:00", "yesterday", null, "2026-13-01", "2026-01-03"]]}));
    const result = await runContract(engine(), typed, "t", {sampleSize: 10});
    const byId = Object.fromEntries(result.checks.map((c) => [c.id, c]));
    expect(byId["t.qty.type"]).toMatchObject({status: "fail", unexpected_count: 2, samples: [{qty: "two", at: "yesterday"}, {qty: "4.5", at: "2026-01-03"}]});
    expect(byId["t.qty.type"]!.message).toBe("2 of 6 rows (33.3%) have qty not a valid integer (the column is VARCHAR); must be = 0 rows");
    expect(byId["t.qty.minimum"]).toMatchObject({status: "fail", unexpected_count: 1});
    expect(byId["t.at.type"]).toMatchObject({status: "fail", unexpected_count: 2});
  });

  it("makes a bad expression rule an error and still measures every other rule", async () => {
    const bad = contractOf("schema:\n  - name: t\n    properties:\n      - {name: a, logicalType: integer, required: true}\n    quality:\n      - {id: broken, type: custom, engine: fslab, implementation: no_such_column > 1}\n      - {id: fine, type: custom, engine: fslab, implementation: a > 0}\n");
    await engine().loadArrow("t", arrowTable({a: ["int", [1, null, -1]]}));
    const result = await runContract(engine(), bad, "t");
    const byId = Object.fromEntries(result.checks.map((c) => [c.id, c]));
    expect(byId.broken!.status).toBe("error");
    expect(byId.broken!.message).toMatch(/^the rule's SQL failed: .*no_such_column/);
    expect([byId["t.a.required"]!.unexpected_count, byId.fine!.unexpected_count]).toEqual([1, 1]);
    expect(result.status).toBe("error");
  });

  it("judges freshness at asOf: the newest event's age against the SLA", async () => {
    const fresh = contractOf("schema:\n  - name: t\n    properties:\n      - {name: at, logicalType: timestamp}\nslaProperties:\n  - {property: latency, value: 1, unit: d, element: t.at}\n");
    await engine().loadArrow("t", arrowTable({at: ["time", [Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 3, 12), null]]}));
    const at = async (asOf?: number) => (await runContract(engine(), fresh, "t", {asOf})).checks.find((c) => c.id === "t.at.freshness")!;
    expect(await at(Date.UTC(2026, 0, 4))).toMatchObject({status: "pass", value: 43_200_000, unit: "ms", message: "the newest at is 2026-01-03T12:00:00.000Z, 12 h old at 2026-01-04T00:00:00.000Z; must be at most 1 d old"});
    expect((await at(Date.UTC(2026, 0, 5))).status).toBe("fail");
    expect(await at()).toMatchObject({status: "error", message: "freshness needs the time to judge it at (asOf / --as-of)"});
  });

  it("keeps the failing samples of a table with STRUCT, LIST, MAP, INTERVAL, UUID, ENUM, UHUGEINT, BLOB and TIME columns, shown as text", async () => {
    // Native DuckDB refuses to return most of these types: the sample query used to fail and the samples were silently dropped.
    await engine().query(`CREATE OR REPLACE TABLE n AS SELECT i AS id, {'a': i, 'b': 'x'} AS meta, [i, i + 1] AS tags, [{'k': i}] AS ls, MAP {'k': i} AS m,
      INTERVAL 1 DAY AS gap, CAST('00000000-0000-0000-0000-00000000000' || (i % 2) AS UUID) AS u, CAST('a' AS ENUM('a', 'b')) AS en,
      CAST(i AS UHUGEINT) AS uh, CAST('ab' AS BLOB) AS bl, TIME '12:30:00' AS tm, CASE WHEN i % 3 = 0 THEN NULL ELSE i END AS v FROM range(6) t(i)`);
    const c = contractOf("schema:\n  - name: n\n    properties:\n      - {name: v, logicalType: integer, required: true}\n      - {name: u, unique: true}\n");
    const byId = Object.fromEntries((await runContract(engine(), c, "n")).checks.map((r) => [r.id, r]));
    const row = (i: number) => ({
      id: i, meta: `{'a': ${i}, 'b': x}`, tags: `[${i}, ${i + 1}]`, ls: `[{'k': ${i}}]`, m: `{k=${i}}`, gap: "1 day",
      u: `00000000-0000-0000-0000-00000000000${i % 2}`, en: "a", uh: String(i), bl: "ab", tm: "12:30:00", v: null,
    });
    expect(byId["n.v.required"]).toMatchObject({status: "fail", unexpected_count: 2, samples: [row(0), row(3)]});
    expect(byId["n.u.unique"]).toMatchObject({status: "fail", unexpected_count: 4, samples: [
      {u: "00000000-0000-0000-0000-000000000000", occurrences: 3}, {u: "00000000-0000-0000-0000-000000000001", occurrences: 3},
    ]});
  });

  it("reports a missing required column as a failure and a missing optional one as a warning", async () => {
    const c = contractOf("schema:\n  - name: t\n    properties:\n      - {name: a, required: true}\n      - {name: b, logicalType: integer, logicalTypeOptions: {minimum: 0}}\n      - {name: c}\n");
    await engine().loadArrow("t", arrowTable({c: ["int", [1]]}));
    const result = await runContract(engine(), c, "t");
    expect(result.checks.map((r) => [r.id, r.status])).toEqual([["t.a.present", "fail"], ["t.b.present", "warn"], ["t.c.present", "pass"]]);
  });
});

function failing(result: ContractResult): string[] {
  return result.checks.filter((c) => c.status !== "pass").map((c) => c.id);
}

describe("runContract with a maximum of 2 ** 63", () => {
  const wasm = useEngine(engineFactories[0]![1]);
  const native = useEngine(engineFactories[1]![1]);

  it("checks a bound of 2 ** 63 (9223372036854775807 in YAML) on both engines: 1e19 breaks it (duckdb-wasm cannot bind that number as JSON; jsonParams sends it as text)", async () => {
    const contract = contractOf("schema:\n  - name: t\n    properties:\n      - {name: x, logicalType: number, logicalTypeOptions: {maximum: 9223372036854775807}}\n");
    const statuses: [string, string, string][] = [];
    for (const engine of [wasm(), native()]) {
      await engine.loadArrow("t", arrowTable({x: ["float", [1, 2, 1e19]]}));
      const check = (await runContract(engine, contract, "t", {sampleSize: 0})).checks.find((c) => c.id === "t.x.maximum")!;
      statuses.push([engine.kind, check.status, String(check.unexpected_count)]);
    }
    expect(statuses).toEqual([
      ["duckdb-wasm-node", "fail", "1"],
      ["duckdb-native", "fail", "1"],
    ]);
  });
});
