import {describe, expect, it} from "vitest";
import {lagQuantiles, lagQuantilesSql, lagsOf} from "../../../lib/profile/index.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";
import {arrowTable} from "../arrowTable.js";
import {events} from "./fixture.js";

const plainLags = lagsOf(events.event_timestamp[1] as number[], events.created_timestamp[1] as (number | null)[]);

describe("lagQuantiles", () => {
  it("lagQuantiles(lags, q) skips nulls and sorts numerically", () => {
    expect(lagQuantiles([10, 9, null, 100, 2], [0, 0.5, 1])).toEqual([{q: 0, value: 2}, {q: 0.5, value: 9.5}, {q: 1, value: 100}]);
  });
  it("lagQuantiles of no lags gives null values", () => {
    expect(lagQuantiles([null], [0.5])).toEqual([{q: 0.5, value: null}]);
  });
  it("lagQuantilesSql requires quantiles in [0, 1]", () => {
    expect(() => lagQuantilesSql({table: "t", q: [0.5, 2]})).toThrow(/lagQuantilesSql requires quantiles in \[0, 1\], got 2/);
  });
});

describe.each(engineFactories)("lagQuantilesSql on %s", (_, create) => {
  const engine = useEngine(create, {events: arrowTable(events), no_lags: arrowTable({event_timestamp: ["time", []], created_timestamp: ["time", []]})});

  it("matches lagQuantiles (quantile_cont is type 7), in the order given", async () => {
    const q = [0.9, 0.5, 0.1, 0.99];
    const rows = await rowsOf(engine(), lagQuantilesSql({table: "events", q}));
    const expected = lagQuantiles(plainLags, q);
    expect(rows.map((r) => r.q)).toEqual(q);
    rows.forEach((row, i) => expect(row.value).toBeCloseTo(expected[i]!.value!, 9));
    expect(rows[1]!.value).toBe(3615);
  });
  it("gives null values on a table without rows", async () => {
    expect(await rowsOf(engine(), lagQuantilesSql({table: "no_lags", q: [0.5, 0.9]}))).toEqual([{q: 0.5, value: null}, {q: 0.9, value: null}]);
  });
});
