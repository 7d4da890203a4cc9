import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {fanOutAmplification, measuredAmplification, requestLatencies, requestLatencySql} from "../../../lib/latency/index.js";
import {tableColumns} from "../../../lib/sql/index.js";
import {createRng, servingLatency} from "../../../lib/synth/index.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";

describe("fanOutAmplification", () => {
  it("fanOutAmplification(p) is 1 − Π(1 − p_i): one view is its own p, none is 0", () => {
    expect(fanOutAmplification([0.2])).toBeCloseTo(0.2, 15);
    expect(fanOutAmplification([])).toBe(0);
    expect(fanOutAmplification([0.5, 0.5])).toBe(0.75);
    expect(fanOutAmplification(Array(10).fill(0.01))).toBeCloseTo(0.0956179249911955, 15);
  });
  it("fanOutAmplification throws on a probability outside [0, 1]", () => {
    expect(() => fanOutAmplification([0.1, 1.2])).toThrow("fanOutAmplification requires probabilities in [0, 1], got 1.2");
  });
  it("fanOutAmplification matches simulated independent lookups within 4 standard errors (property)", () => {
    fc.assert(fc.property(fc.array(fc.double({min: 0, max: 0.2, noNaN: true}), {minLength: 1, maxLength: 8}), fc.integer({min: 1, max: 1e6}), (p, seed) => {
      const rng = createRng(seed, "fan-out");
      const requests = 20_000;
      const id: number[] = [], view: string[] = [], latency: number[] = [];
      for (let r = 0; r < requests; r++) {
        p.forEach((pi, v) => {
          id.push(r);
          view.push(`v${v}`);
          latency.push(rng.uniform() < pi ? 100 : 1);
        });
      }
      const predicted = fanOutAmplification(p);
      const measured = requestLatencies(id, latency).latency.filter((ms) => ms > 50).length / requests;
      expect(Math.abs(measured - predicted)).toBeLessThanOrEqual(4 * Math.sqrt((predicted * (1 - predicted)) / requests) + 1e-12);
      // measuredAmplification predicts from the measured shares; with independent lookups it lands near the truth too.
      expect(Math.abs(measuredAmplification(id, view, latency, 50).zScore)).toBeLessThan(5);
    }), {numRuns: 20});
  });
});

describe("measuredAmplification", () => {
  const start = Date.UTC(2026, 0, 1);
  it("on the synthetic log without incidents, the formula predicts the share of slow requests (|z| < 3)", () => {
    const {request_id, feature_view, latency_ms} = tableColumns(servingLatency(7, {start, days: 30, requests: 60_000, incidents: 0})) as {request_id: number[]; feature_view: string[]; latency_ms: number[]};
    const m = measuredAmplification(request_id, feature_view, latency_ms, 25);
    expect(m.views.map((v) => v.view)).toEqual(["customer_profile", "customer_risk", "txn_stats"]);
    expect(m.views.every((v) => v.lookups === m.requests)).toBe(true);
    expect(m.views.every((v) => v.share > 0.003 && v.share < 0.01)).toBe(true);
    expect(m.measured).toBeGreaterThan(Math.max(...m.views.map((v) => v.share)));
    expect(Math.abs(m.zScore)).toBeLessThan(3);
  });
  it("with incidents (every view's tail ten times as likely at once) the measured share falls below the formula: slow lookups pile onto the same requests", () => {
    const {request_id, feature_view, latency_ms} = tableColumns(servingLatency(7, {start, days: 3, requests: 60_000, incidents: 8})) as {request_id: number[]; feature_view: string[]; latency_ms: number[]};
    const m = measuredAmplification(request_id, feature_view, latency_ms, 15);
    expect(m.zScore).toBeLessThan(-3);
  });
  it("measuredAmplification counts a request slow when any lookup is over the threshold", () => {
    const m = measuredAmplification([1, 1, 2, 2, 3, 3], ["a", "b", "a", "b", "a", "b"], [9, 1, 1, 9, 1, 1], 5);
    expect(m).toMatchObject({requests: 3, slowRequests: 2, measured: 2 / 3, views: [{view: "a", lookups: 3, slow: 1, share: 1 / 3}, {view: "b", lookups: 3, slow: 1, share: 1 / 3}]});
    expect(m.predicted).toBeCloseTo(5 / 9, 15);
  });
  it("measuredAmplification's zScore is 0 when nothing is slow", () => {
    expect(measuredAmplification([1, 1], ["a", "b"], [1, 1], 5)).toMatchObject({measured: 0, predicted: 0, standardError: 0, zScore: 0});
  });
});

describe("requestLatencies", () => {
  it("requestLatencies takes the max over each request's lookups, in id order, whatever the row order", () => {
    const r = requestLatencies([7, 3, 7, 3, 5], [1, 4, 9, 2, NaN], [70, 31, 71, 30, 50]);
    expect(Array.from(r.requestId)).toEqual([3, 5, 7]);
    expect(Array.from(r.latency)).toEqual([4, NaN, 9]);
    expect(Array.from(r.time!)).toEqual([30, 50, 70]);
  });
  it("requestLatencies without times has no time column", () => {
    expect(requestLatencies([1], [2]).time).toBeUndefined();
  });
});

const log = servingLatency(11, {start: Date.UTC(2026, 0, 1), days: 2, requests: 4000});
const columns = tableColumns(log) as {request_id: number[]; request_timestamp: number[]; latency_ms: number[]};

describe.each(engineFactories)("requestLatencySql on %s", (_, create) => {
  const engine = useEngine(create, {serving_latency: log});
  it("equals requestLatencies", async () => {
    const rows = await rowsOf(engine(), requestLatencySql("serving_latency"));
    const r = requestLatencies(columns.request_id, columns.latency_ms, columns.request_timestamp);
    expect(rows).toEqual(Array.from(r.requestId, (id, i) => ({request_id: id, request_timestamp: r.time![i], latency_ms: r.latency[i]})));
  });
  it("without a time column gives request_id and latency_ms", async () => {
    const rows = await rowsOf(engine(), requestLatencySql("serving_latency", {time: null}));
    expect(Object.keys(rows[0]!)).toEqual(["request_id", "latency_ms"]);
  });
});
