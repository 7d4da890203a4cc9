import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {pointInTimeJoinKernel} from "../../../lib/pit/pointInTimeJoinKernel.js";
import {pointInTimeJoinReference} from "../../../lib/pit/pointInTimeJoinReference.js";
import {pointInTimeJoinSql} from "../../../lib/pit/pointInTimeJoinSql.js";
import {pointInTimeJoinWindowSql} from "../../../lib/pit/pointInTimeJoinWindowSql.js";
import {engineFactories, useEngine} from "../engines.js";
import {pitCase, toArrow, toPlain, type PitCase} from "./pitCases.js";

const options = {includeFeatureTimestamps: true};

function kernel({spine, views, batches}: PitCase) {
  return toPlain(pointInTimeJoinKernel(toArrow(spine), views.map(({view, columns}, i) => ({view, table: toArrow(columns, batches[i])})), options));
}

describe("point-in-time join properties", () => {
  it("the kernel equals the reference on thousands of random cases", () => {
    fc.assert(fc.property(pitCase, (c) => {
      expect(kernel(c)).toEqual(pointInTimeJoinReference(c.spine, c.views, options));
    }), {numRuns: 3000});
  });

  it("no matched feature timestamp is later than its spine timestamp or older than the ttl allows", () => {
    fc.assert(fc.property(pitCase, (c) => {
      const out = kernel(c);
      for (const {view} of c.views) {
        out[`${view.name}__event_timestamp`]!.forEach((ts, i) => {
          if (ts === null) return;
          const t = c.spine.event_timestamp![i] as number;
          expect(ts as number).toBeLessThanOrEqual(t);
          if (view.ttlMs !== undefined) expect(ts as number).toBeGreaterThanOrEqual(t - view.ttlMs);
        });
      }
    }), {numRuns: 1000});
  });
});

for (const [kind, create] of engineFactories) {
  describe(`point-in-time join SQL on ${kind}`, () => {
    const engine = useEngine(create, {});
    for (const builder of [pointInTimeJoinSql, pointInTimeJoinWindowSql]) {
      it(`${builder.name} equals the reference on random cases`, async () => {
        await fc.assert(fc.asyncProperty(pitCase, async (c) => {
          await engine().loadArrow("spine", toArrow(c.spine, [], {plainStrings: true}));
          for (const [i, {columns}] of c.views.entries()) await engine().loadArrow(`source_${i}`, toArrow(columns, c.batches[i], {plainStrings: true}));
          const query = builder({spine: "spine", views: c.views.map(({view}, i) => ({view, source: `source_${i}`})), ...options});
          expect(toPlain(await engine().query(query))).toEqual(pointInTimeJoinReference(c.spine, c.views, options));
        }), {numRuns: 100});
      });
    }
  });
}
