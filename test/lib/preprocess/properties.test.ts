import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {applyPreprocess, fitPreprocess} from "../../../lib/preprocess/index.js";
import {tableColumns} from "../../../lib/sql/index.js";
import {arrowTable} from "../arrowTable.js";

// Doubles of ordinary size: with subnormal spreads (0 and 5e−324) the variance underflows to 0
// and the column counts as constant (std 1), as scikit-learn treats near-constant columns.
const double = fc.double({min: -1e6, max: 1e6, noNaN: true}).filter((x) => x === 0 || Math.abs(x) > 1e-6);
const values = fc.array(fc.oneof({weight: 8, arbitrary: double}, {weight: 1, arbitrary: fc.constant(null)}), {minLength: 1, maxLength: 60})
  .filter((v) => v.some((x) => x !== null));

describe("scaling properties", () => {
  it("standard-scaled training data has mean 0 and population std 1 (or is all 0 when constant)", () => {
    fc.assert(
      fc.property(values, (v) => {
        const out = (tableColumns(applyPreprocess(fitPreprocess(arrowTable({x: ["float", v]}), [{kind: "standard", column: "x"}]), arrowTable({x: ["float", v]}))).x as (number | null)[]).filter((x): x is number => x !== null);
        const n = out.length, mean = out.reduce((s, x) => s + x, 0) / n;
        const std = Math.sqrt(out.reduce((s, x) => s + (x - mean) ** 2, 0) / n);
        const present = v.filter((x): x is number => x !== null);
        if (Math.min(...present) === Math.max(...present)) expect(out.every((x) => x === 0)).toBe(true);
        else {
          // rounding in x − mean is up to an ulp of max|x|, so relative to the spread it is
          // max|x|·ε/std: tiny for ordinary data, large for values that differ in the 10th digit
          const raw = Math.sqrt(present.reduce((s, x) => s + (x - present.reduce((a, b) => a + b, 0) / present.length) ** 2, 0) / present.length);
          const tolerance = 1e-12 + 16 * present.length * Number.EPSILON * Math.max(...present.map(Math.abs)) / raw;
          expect(Math.abs(mean)).toBeLessThan(tolerance);
          expect(Math.abs(std - 1)).toBeLessThan(tolerance);
        }
      }),
    );
  });
  it("minmax of the training data is in [0, 1], with 0 and 1 reached unless constant", () => {
    fc.assert(
      fc.property(values, (v) => {
        const out = (tableColumns(applyPreprocess(fitPreprocess(arrowTable({x: ["float", v]}), [{kind: "minmax", column: "x"}]), arrowTable({x: ["float", v]}))).x as (number | null)[]).filter((x): x is number => x !== null);
        expect(out.every((x) => x >= 0 && x <= 1)).toBe(true);
        expect(Math.min(...out)).toBe(0);
        if (new Set(out).size > 1) expect(Math.max(...out)).toBe(1);
      }),
    );
  });
  it("robust scaling maps the training median to 0", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: -50, max: 50}), {minLength: 1, maxLength: 41}).map((v) => (v.length % 2 ? v : [...v, 0])), (v) => {
        const spec = fitPreprocess(arrowTable({x: ["float", v]}), [{kind: "robust", column: "x"}]);
        const median = [...v].sort((a, b) => a - b)[(v.length - 1) / 2]!;
        expect(tableColumns(applyPreprocess(spec, arrowTable({x: ["float", [median]]}))).x).toEqual([0]);
      }),
    );
  });
});

describe("unknown categories (property)", () => {
  it("an unseen category is all zeros in onehot, −1 in ordinal and the prior in target encoding", () => {
    const category = fc.constantFrom("a", "b", "c", "ä", "a b");
    fc.assert(
      fc.property(fc.array(fc.tuple(category, fc.constantFrom(0, 1)), {minLength: 1, maxLength: 30}), fc.string({minLength: 1, maxLength: 4}), (rows, unseen) => {
        fc.pre(!rows.some(([c]) => c === unseen));
        const train = arrowTable({c: ["text", rows.map(([c]) => c)], y: ["float", rows.map(([, y]) => y)]});
        const spec = fitPreprocess(train, [{kind: "onehot", column: "c"}, {kind: "ordinal", column: "c", output: "c_ord"}, {kind: "target", column: "c", target: "y"}]);
        const out = tableColumns(applyPreprocess(spec, arrowTable({c: ["text", [unseen]]})));
        const prior = rows.reduce((s, [, y]) => s + y, 0) / rows.length;
        for (const [name, col] of Object.entries(out)) {
          if (name === "c_ord") expect(col).toEqual([-1]);
          else if (name === "c_target") expect(col[0]).toBeCloseTo(prior, 14);
          else expect(col).toEqual([0]);
        }
      }),
    );
  });
});
