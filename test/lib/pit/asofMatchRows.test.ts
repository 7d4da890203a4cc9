import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {asofMatchRows} from "../../../lib/pit/asofMatchRows.js";

/** The rule asofMatchRows implements, one spine row at a time. */
function naive(spine: {key: Int32Array; ts: Float64Array}, features: {key: Int32Array; ts: Float64Array}, ttl: number, created: Float64Array): Int32Array {
  return Int32Array.from(spine.key, (k, i) => {
    const t = spine.ts[i]!;
    let best = -1;
    features.key.forEach((fk, j) => {
      const f = features.ts[j]!;
      if (k < 0 || fk !== k || !(f <= t) || f < t - ttl) return;
      const b = best < 0 ? undefined : [features.ts[best]!, created[best]! === created[best]! ? created[best]! : -Infinity];
      const cr = created[j]! === created[j]! ? created[j]! : -Infinity;
      if (!b || f > b[0]! || (f === b[0] && cr >= b[1]!)) best = j;
    });
    return best;
  });
}

const side = (rows: number) => fc.record({
  key: fc.array(fc.integer({min: -1, max: 9}), {minLength: rows, maxLength: rows}),
  ts: fc.array(fc.oneof(fc.integer({min: 0, max: 12}), fc.constant(NaN)), {minLength: rows, maxLength: rows}),
});

describe("asofMatchRows", () => {
  it("asofMatchRows(spine, features, size, ttl, created) on the example", () => {
    expect(asofMatchRows({key: Int32Array.of(0, 0), ts: Float64Array.of(5, 20)}, {key: Int32Array.of(0, 0, 0), ts: Float64Array.of(1, 5, 9)}, 1)).toEqual(Int32Array.of(1, 2));
  });

  it("gives the same rows with many partitions, one partition, and the naive rule", () => {
    const input = fc.tuple(fc.integer({min: 0, max: 30}), fc.integer({min: 0, max: 60})).chain(([n, m]) => fc.record({
      spine: side(n), features: side(m), ttl: fc.constantFrom(Infinity, 0, 2, 5),
      created: fc.array(fc.oneof(fc.integer({min: 0, max: 2}), fc.constant(NaN)), {minLength: m, maxLength: m}),
    }));
    fc.assert(fc.property(input, ({spine, features, ttl, created}) => {
      const s = {key: Int32Array.from(spine.key), ts: Float64Array.from(spine.ts)};
      const f = {key: Int32Array.from(features.key), ts: Float64Array.from(features.ts)};
      const c = Float64Array.from(created);
      const expected = naive(s, f, ttl, c);
      expect(asofMatchRows(s, f, 10, ttl, c, 1)).toEqual(expected);
      expect(asofMatchRows(s, f, 10, ttl, c)).toEqual(expected);
    }), {numRuns: 2000});
  });
});
