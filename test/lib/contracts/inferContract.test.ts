import {describe, expect, it} from "vitest";
import {jsonRows, parseContract, runContract, type Column} from "../../../lib/contracts/index.js";
import {inferContract} from "../../../lib/contracts/inferContract.js";
import {columnProfiles, profileQuery} from "../../../lib/contracts/profileColumns.js";
import {arrowTable, engineFactories, useEngine} from "./engines.js";

const hostile = `it's "x"; DROP TABLE t; -- <b>`;
const n = 60;
const table = arrowTable({
  id: ["int", Array.from({length: n}, (_, i) => i + 1)],
  [hostile]: ["text", Array.from({length: n}, (_, i) => ["web", "pos", "café ☕"][i % 3])],
  select: ["float", Array.from({length: n}, (_, i) => (i % 10 === 0 ? null : i / 4))],
  delta: ["float", Array.from({length: n}, (_, i) => i - 5)],
  flag: ["bool", Array.from({length: n}, (_, i) => i % 2 === 0)],
  at: ["time", Array.from({length: n}, (_, i) => Date.UTC(2026, 0, 1) + i * 1000)],
});

describe("profileQuery", () => {
  it("profileQuery names outputs by position and quotes every column", () => {
    const q = profileQuery("t", [{name: hostile, type: "VARCHAR"}]);
    expect(q.text).toContain(`"it's ""x""; DROP TABLE t; -- <b>"`);
    expect(q.text).toContain('AS "v0"');
  });
});

describe.each(engineFactories)("inferContract on %s", (_, create) => {
  const engine = useEngine(create);

  it("proposes a contract that parses and that the profiled data passes", async () => {
    await engine().loadArrow("t", table);
    const columns: Column[] = jsonRows(await engine().query("DESCRIBE t")).map((r) => ({name: String(r.column_name), type: String(r.column_type)}));
    const profiles = columnProfiles(await engine().query(profileQuery("t", columns)), columns);
    const text = inferContract(profiles, {name: "t", source: "t.csv"});
    const parsed = parseContract(text, "inferred.yaml");
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.text).join("\n"));
    const props = Object.fromEntries(parsed.contract.schema[0]!.properties.map((p) => [p.name, p]));
    expect(props.id).toMatchObject({logicalType: "integer", required: true, unique: true, options: {minimum: 0}});
    expect(props[hostile]).toMatchObject({logicalType: "string", required: true, unique: false, enum: ["café ☕", "pos", "web"]});
    expect(props.select).toMatchObject({logicalType: "number", required: false, options: {minimum: 0}});
    expect(props.select!.quality[0]).toMatchObject({metric: "nullValues", threshold: {mustBeLessOrEqualTo: 20}, unit: "percent"});
    expect(props.delta!.options.minimum).toBeUndefined();
    expect(props.flag!.logicalType).toBe("boolean");
    expect(props.at!.logicalType).toBe("timestamp");
    const result = await runContract(engine(), parsed.contract, "t");
    expect(result.checks.filter((c) => c.status !== "pass")).toEqual([]);
    expect(result.status).toBe("pass");
  });

  it("proposes no minimum for a column holding NaN (NaN breaks every range) and counts the NaN", async () => {
    await engine().loadArrow("n", arrowTable({ratio: ["float", [0.5, Number.NaN, 2, null]], ok: ["float", [0.5, 1, Number.POSITIVE_INFINITY, 2]]}));
    const columns: Column[] = [{name: "ratio", type: "DOUBLE"}, {name: "ok", type: "DOUBLE"}];
    const profiles = columnProfiles(await engine().query(profileQuery("n", columns)), columns);
    expect(profiles.map((p) => [p.nans, p.min])).toEqual([[1, 0.5], [0, 0.5]]);
    const parsed = parseContract(inferContract(profiles, {name: "n"}), "inferred.yaml");
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.text).join("\n"));
    expect(parsed.contract.schema[0]!.properties.map((p) => [p.name, p.options.minimum])).toEqual([["ratio", undefined], ["ok", 0]]);
    expect((await runContract(engine(), parsed.contract, "n")).status).toBe("pass");
  });

  it("columnProfiles counts nulls and distinct values per column", async () => {
    await engine().loadArrow("t", table);
    const columns: Column[] = [{name: "select", type: "DOUBLE"}, {name: hostile, type: "VARCHAR"}];
    const [select, text] = columnProfiles(await engine().query(profileQuery("t", columns)), columns);
    expect(select).toMatchObject({rows: 60, nulls: 6, nans: 0, distinct: 54, min: 0.25, max: 14.75, values: null});
    expect(text).toMatchObject({nulls: 0, nans: 0, distinct: 3, values: ["café ☕", "pos", "web"]});
  });
});
