import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {shareWithinSla, stalenessOverTime, stalenessPerKey} from "../../../lib/freshness/index.js";
import {featureRows} from "../../../lib/materialize/index.js";
import {sourceTable, view, type Row} from "../online/viewFixture.js";

const rows: Row[] = [
  {id: 1, t: 0, c: 0, x: 1},
  {id: 2, t: 0, c: 5, x: 1},
  {id: 1, t: 50, c: 50, x: 2},
];

describe("stalenessOverTime", () => {
  it("stalenessOverTime(rows, instants, {slaMs}) gives the share within the SLA and percentiles per instant", () => {
    const out = stalenessOverTime(featureRows(sourceTable(rows), view), [-1, 40, 60], {slaMs: 30});
    expect(out[0]).toEqual({at: -1, keys: 0, withinSla: 0, share: null, p50: null, p95: null, max: null});
    expect(out[1]).toEqual({at: 40, keys: 2, withinSla: 0, share: 0, p50: 40, p95: 40, max: 40});
    expect(out[2]).toEqual({at: 60, keys: 2, withinSla: 1, share: 0.5, p50: 35, p95: 57.5, max: 60});
  });

  it("stalenessOverTime(rows, instants, {basis: \"created\"}) measures from the latest arrival", () => {
    const [sample] = stalenessOverTime(featureRows(sourceTable(rows), view), [40], {slaMs: 36, basis: "created"});
    expect(sample).toMatchObject({keys: 2, withinSla: 1, max: 40});
  });

  it("stalenessOverTime throws when instants go back", () => {
    expect(() => stalenessOverTime(featureRows(sourceTable(rows), view), [10, 5], {slaMs: 1})).toThrow(/requires ascending instants, got 5 after 10/);
  });

  it("stalenessOverTime agrees with stalenessPerKey and shareWithinSla at every instant (property)", () => {
    const rowArb = fc.record({id: fc.integer({min: 0, max: 4}), t: fc.integer({min: 0, max: 100}), lag: fc.integer({min: -5, max: 30})})
      .map(({id, t, lag}) => ({id, t, c: t + lag, x: 0}) as Row);
    fc.assert(
      fc.property(fc.array(rowArb, {maxLength: 30}), fc.uniqueArray(fc.integer({min: 0, max: 140}), {maxLength: 6}), fc.integer({min: 0, max: 60}), (rs, instants, slaMs) => {
        const source = featureRows(sourceTable(rs), view);
        const sorted = [...instants].sort((a, b) => a - b);
        const samples = stalenessOverTime(source, sorted, {slaMs});
        sorted.forEach((at, k) => {
          const perKey = stalenessPerKey(source, at).map((s) => s.eventStalenessMs);
          expect(samples[k]!.keys).toBe(perKey.length);
          expect(samples[k]!.share).toBe(shareWithinSla(perKey, slaMs));
          expect(samples[k]!.max).toBe(perKey.length ? Math.max(...perKey) : null);
        });
      }),
    );
  });
});

describe("shareWithinSla", () => {
  it("shareWithinSla(staleness, sla) counts values at the SLA as within", () => {
    expect(shareWithinSla([1000, 5000, 9000, 20000], 9000)).toBe(0.75);
    expect(shareWithinSla([], 1)).toBeNull();
    expect(() => shareWithinSla([1], -1)).toThrow(/shareWithinSla requires slaMs >= 0, got -1/);
  });
});
