import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {pointInTimeJoinReference} from "../../../lib/pit/pointInTimeJoinReference.js";
import type {PointInTimeView} from "../../../lib/pit/pointInTimeInput.js";
import {validityIntervals} from "../../../lib/pit/validityIntervals.js";
import {pitCase, toArrow, toPlain} from "./pitCases.js";

const hour = 3_600_000;
const view: PointInTimeView = {name: "v", joinKeys: ["id"], timestampField: "ts", createdTimestampField: "created", features: ["amount", "label"]};
const columns = {
  id: [2, 1, 1, 1, 2], region: ["n", "n", "n", "n", "n"], ts: [0, 5 * hour, 0, 5 * hour, 9 * hour],
  created: [0, 1, 0, 0, 0], amount: [1, 2, 3, 4, 5], label: ["a", "b", "c", "d", "e"],
};

describe("validityIntervals", () => {
  it("validityIntervals(view, table) gives each version until the next, the latest open", () => {
    expect(toPlain(validityIntervals(view, toArrow(columns)))).toEqual({
      id: [2, 2, 1, 1], amount: [1, 5, 3, 2], label: ["a", "e", "c", "b"],
      valid_from: [0, 9 * hour, 0, 5 * hour], valid_to: [9 * hour, null, 5 * hour, null], expired: [false, false, false, false],
    });
  });

  it("caps valid_to at valid_from + ttl when the ttl ends first, and marks it expired", () => {
    const out = toPlain(validityIntervals({...view, ttlMs: 5 * hour}, toArrow(columns)));
    expect(out.valid_to).toEqual([5 * hour, 14 * hour, 5 * hour, 10 * hour]);
    expect(out.expired).toEqual([true, true, false, true]);
  });

  it("agrees with the point-in-time join at each interval's start, middle and end, and just after an expiry", () => {
    fc.assert(fc.property(pitCase, ({views, batches}) => {
      const [{view: v, columns: c}] = views as [typeof views[0]];
      const intervals = toPlain(validityIntervals(v, toArrow(c, batches[0])));
      const probes: Record<string, unknown[]> = {id: [], region: [], event_timestamp: []};
      const expected: unknown[] = [];
      const probe = (i: number, t: number, value: unknown) => {
        for (const key of v.joinKeys) probes[key]!.push(intervals[key]![i]);
        if (!v.joinKeys.includes("region")) probes.region!.push("n");
        probes.event_timestamp!.push(t);
        expected.push(value);
      };
      intervals.valid_from!.forEach((from, i) => {
        const [start, to, value] = [from as number, intervals.valid_to![i] as number | null, intervals.amount![i]];
        probe(i, start, value);
        if (to === null) return probe(i, start + 1, value);
        probe(i, (start + to) / 2, value);
        // at valid_to the next version takes over, unless the ttl ended first (inclusive bound)
        probe(i, to, intervals.expired![i] ? value : intervals.amount![i + 1]);
        if (intervals.expired![i]) probe(i, to + 1, null);
      });
      const joined = pointInTimeJoinReference(probes, [{view: v, columns: c}]);
      expect(joined[`${v.name}__amount`]).toEqual(expected);
    }), {numRuns: 500});
  });
});
