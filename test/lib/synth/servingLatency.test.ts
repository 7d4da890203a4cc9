import {describe, expect, it} from "vitest";
import {servingLatency} from "../../../lib/synth/servingLatency.js";
import {column, quantile, start} from "./worldFixture.js";

describe("servingLatency", () => {
  const log = servingLatency(7, {start, days: 30, requests: 20_000});
  const request = column<number>(log, "request_id"), latency = column<number>(log, "latency_ms"), view = column<string>(log, "feature_view");

  it("each request fans out to the three feature views", () => {
    expect(view.slice(0, 3)).toEqual(["customer_profile", "txn_stats", "customer_risk"]);
    expect(log.numRows).toBe(3 * request[request.length - 1]!);
  });
  it("request latency (max over views) has a heavy tail: p99/p50 > 5", () => {
    const max = new Map<number, number>();
    request.forEach((r, i) => max.set(r, Math.max(max.get(r) ?? 0, latency[i]!)));
    const requests = [...max.values()];
    expect(quantile(requests, 0.99) / quantile(requests, 0.5)).toBeGreaterThan(5);
    expect(quantile(requests, 0.5)).toBeGreaterThan(quantile(latency, 0.5));
  });
  it("no lookup exceeds the timeout and all are positive", () => {
    const capped = servingLatency(7, {start, days: 5, requests: 2_000, timeoutMs: 50, tailShare: 0.2});
    const ms = column<number>(capped, "latency_ms");
    expect(Math.max(...ms)).toBe(50);
    expect(Math.min(...ms)).toBeGreaterThan(0);
  });
});
