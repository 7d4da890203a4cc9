import {describe, expect, it} from "vitest";
// @ts-expect-error a plain JavaScript module of the site, without types
import {ownDataSummary} from "../../../../notebooks/components/contracts/ownDataCards.js";

const check = (id: string, status: string) => ({id, status});

describe("ownDataSummary", () => {
  it("ownDataSummary counts each status and lists the failed and errored checks in order", () => {
    const result = {status: "fail", rows: 12, checks: [check("a", "pass"), check("b", "fail"), check("c", "warn"), check("d", "error"), check("e", "pass"), check("f", "fail")]};
    const s = ownDataSummary(result, {where: "orders.csv"});
    expect(s).toMatchObject({status: "fail", rows: 12, checks: 6, passed: 2, failed: 2, warned: 1, errors: 1, where: "orders.csv", failedIds: ["b", "d", "f"]});
    expect(s.key).toEqual({status: "fail", rows: 12, checks: 6, passed: 2, failed: 2, warned: 1, errors: 1});
  });

  it("ownDataSummary of a run that passed lists no failed check", () => {
    const s = ownDataSummary({status: "pass", rows: 0, checks: [check("a", "pass")]});
    expect(s.failedIds).toEqual([]);
    expect(s.key).toEqual({status: "pass", rows: 0, checks: 1, passed: 1, failed: 0, warned: 0, errors: 0});
  });
});
