import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {pointInTimeJoinKernel} from "../../../lib/pit/pointInTimeJoinKernel.js";
import {pointInTimeJoinReference} from "../../../lib/pit/pointInTimeJoinReference.js";
import {pitCase, toArrow, toPlain} from "./pitCases.js";

describe("pointInTimeJoinKernel", () => {
  it("pointInTimeJoinKernel(spine, views) equals the reference on random cases", () => {
    fc.assert(fc.property(pitCase, ({spine, views, batches}) => {
      const expected = pointInTimeJoinReference(spine, views, {includeFeatureTimestamps: true});
      const actual = pointInTimeJoinKernel(toArrow(spine), views.map(({view, columns}, i) => ({view, table: toArrow(columns, batches[i])})), {includeFeatureTimestamps: true});
      expect(toPlain(actual)).toEqual(expected);
    }), {numRuns: 2000});
  });
});
