import {describe, expect, it} from "vitest";
import {servingIncidents} from "../../../lib/synth/servingIncidents.js";
import {servingLatency} from "../../../lib/synth/servingLatency.js";
import {column, start} from "./worldFixture.js";

describe("servingIncidents", () => {
  it("servingIncidents names the windows where servingLatency's txn_stats is slower and its tail heavier", () => {
    for (const incidents of [1, 3]) {
      const options = {start, days: 30, requests: 60_000, incidents};
      const log = servingLatency(11, options);
      const windows = servingIncidents(11, options);
      expect(windows).toHaveLength(incidents);
      const at = column<number>(log, "request_timestamp"), view = column<string>(log, "feature_view"), ms = column<number>(log, "latency_ms");
      const inside = (t: number) => windows.some((w) => t >= w.start && t < w.end);
      const median = (xs: number[]) => Float64Array.from(xs).sort()[Math.floor(xs.length / 2)]!;
      const txn = (flag: boolean) => ms.filter((_, i) => view[i] === "txn_stats" && inside(at[i]!) === flag);
      const tail = (flag: boolean) => {
        const xs = ms.filter((_, i) => view[i] === "customer_profile" && inside(at[i]!) === flag);
        return xs.filter((x) => x > 20).length / xs.length;
      };
      expect(median(txn(true)) / median(txn(false))).toBeGreaterThan(1.3);
      expect(tail(true)).toBeGreaterThan(5 * tail(false));
      // Two-hour windows on the hour, ascending, inside the world.
      for (const w of windows) {
        expect(w.end - w.start).toBe(7_200_000);
        expect((w.start - start) % 3_600_000).toBe(0);
        expect(w.start).toBeGreaterThanOrEqual(start);
        expect(w.end).toBeLessThanOrEqual(start + 30 * 86_400_000);
      }
      expect(windows.map((w) => w.start)).toEqual([...windows.map((w) => w.start)].sort((a, b) => a - b));
    }
  });
  it("servingIncidents(seed, {incidents: 0}) is empty", () => {
    expect(servingIncidents(7, {start, days: 90, incidents: 0})).toEqual([]);
  });
});
