import {describe, expect, it} from "vitest";
import {releaseGate} from "../../../lib/guardrails/index.js";
import {nonInferiority, pairedComparison} from "../../../lib/release/index.js";

const auc = {metric: "auc", direction: "higher" as const, baseline: [0.85, 0.86, 0.84, 0.85, 0.86], candidate: [0.87, 0.88, 0.87, 0.87, 0.87]};
const latency = {metric: "p95_latency_ms", direction: "lower" as const, margin: 2, baseline: [30, 31, 29, 30, 30], candidate: [31, 31, 30, 31, 30]};

describe("releaseGate({primary, guardrails})", () => {
  it("passes when the primary metric is better and every guardrail is within its margin", () => {
    const gate = releaseGate({primary: auc, guardrails: [latency]});
    expect(gate.status).toBe("pass");
    expect(gate.checks.map((c) => [c.id, c.status, c.role, c.direction])).toEqual([["primary:auc", "pass", "primary", "higher"], ["non_inferiority:p95_latency_ms", "pass", "guardrail", "lower"]]);
  });
  it("its checks are lib/release's comparisons: the primary's value is the CI's lower bound, a guardrail's is nonInferiority's", () => {
    const gate = releaseGate({primary: auc, guardrails: [latency]});
    const primary = pairedComparison(auc.baseline, auc.candidate);
    expect(gate.checks[0]).toMatchObject({value: primary.ci[0], threshold: 0});
    const g = nonInferiority(latency.baseline, latency.candidate, {metric: latency.metric, margin: 2, direction: "lower"});
    expect(gate.checks[1]).toMatchObject({value: g.value, threshold: 2, message: g.message});
  });
  it("fails on one guardrail beyond its margin, naming it, even with a better primary", () => {
    const gate = releaseGate({primary: auc, guardrails: [{...latency, margin: 0.5}, {...latency, metric: "error_rate", margin: 10}]});
    expect(gate.status).toBe("fail");
    expect(gate.message).toBe("fail: non_inferiority:p95_latency_ms");
    expect(gate.checks.map((c) => c.status)).toEqual(["pass", "fail", "pass"]);
  });
  it("fails when the primary metric is not proven better, however good the guardrails", () => {
    const flat = {...auc, candidate: [0.86, 0.85, 0.85, 0.84, 0.86]};
    const gate = releaseGate({primary: flat, guardrails: []});
    expect(gate.status).toBe("fail");
    expect(gate.checks[0]!.message).toMatch(/not shown better/);
  });
  it("a lower-is-better primary passes when the interval is below 0", () => {
    const cost = {metric: "cost", direction: "lower" as const, baseline: [10, 11, 10, 12], candidate: [8, 9, 8, 9]};
    expect(releaseGate({primary: cost, guardrails: []}).checks[0]).toMatchObject({status: "pass", value: pairedComparison(cost.baseline, cost.candidate).ci[1]});
  });
  it("a wider confidence can turn a pass into a fail, never the reverse", () => {
    const at = (confidence: number) => releaseGate({primary: auc, guardrails: [{...latency, margin: 1.3}], confidence}).checks[1]!.status;
    expect([at(0.8), at(0.99)]).toEqual(["pass", "fail"]);
  });
});
