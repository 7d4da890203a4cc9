import {describe, expect, it} from "vitest";
import {labelsAsOf, labelsAsOfSql, maturityCurve, maturityCurveSql} from "../../../lib/labels/index.js";
import {engineFactories, rowsOf, useEngine} from "../profile/engines.js";
import {DAY, labelRows, labelsTable} from "./fixture.js";

describe("labelsAsOf", () => {
  it("labelsAsOf(rows, asOf) counts a label arriving exactly at asOf as known", () => {
    expect(labelsAsOf({eventMs: [0, 5], labelMs: [10, 11], isFraud: [1, 1]}, 10)).toEqual([{day: 0, events: 2, arrived: 1, arrived_fraud: 1, fraud: 2}]);
  });
  it("labelsAsOf leaves out events after asOf", () => {
    expect(labelsAsOf({eventMs: [0, DAY + 1], labelMs: [null, null], isFraud: [0, 0]}, DAY)).toEqual([{day: 0, events: 1, arrived: 0, arrived_fraud: 0, fraud: 0}]);
  });
  it("maturityCurve(rows, asOf, {maxDays}) keeps fewer, more complete events as maturity grows", () => {
    const curve = maturityCurve(labelRows, 40 * DAY, {maxDays: 30, stepDays: 10});
    expect(curve.map((c) => c.maturity_days)).toEqual([0, 10, 20, 30]);
    for (let k = 1; k < curve.length; k++) {
      expect(curve[k]!.events).toBeLessThan(curve[k - 1]!.events);
      expect(curve[k]!.arrived / curve[k]!.events).toBeGreaterThanOrEqual(curve[k - 1]!.arrived / curve[k - 1]!.events);
    }
  });
});

describe.each(engineFactories)("labelsAsOfSql and maturityCurveSql on %s", (_, create) => {
  const engine = useEngine(create, {labels: labelsTable});

  it.each([0.5, 12, 25.25, 45])("labelsAsOfSql matches labelsAsOf at day %s", async (days) => {
    const asOf = days * DAY;
    const rows = await rowsOf(engine(), labelsAsOfSql({table: "labels"}, new Date(asOf)));
    expect(rows).toEqual(labelsAsOf(labelRows, asOf));
  });
  it("maturityCurveSql matches maturityCurve, a maturity past every event included", async () => {
    const asOf = 30.5 * DAY;
    const rows = await rowsOf(engine(), maturityCurveSql({table: "labels"}, new Date(asOf), {maxDays: 35, stepDays: 5}));
    expect(rows).toEqual(maturityCurve(labelRows, asOf, {maxDays: 35, stepDays: 5}));
    expect(rows.at(-1)!.events).toBe(0);
  });
});

describe("maturityCurveSql", () => {
  it("maturityCurveSql requires whole days", () => {
    expect(() => maturityCurveSql({table: "l"}, new Date(0), {maxDays: 1.5})).toThrow(/maturityCurveSql requires a whole number maxDays, got 1.5/);
    expect(() => maturityCurveSql({table: "l"}, new Date(0), {maxDays: 5, stepDays: 0})).toThrow(/whole number stepDays, got 0/);
  });
});
