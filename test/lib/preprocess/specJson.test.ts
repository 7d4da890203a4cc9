import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {applyPreprocess, canonicalJson, fitPreprocess, parseSpec, specFingerprint, specJson, type PreprocessSpec} from "../../../lib/preprocess/index.js";
import {fnv1a64} from "../../../lib/fingerprint/index.js";
import {arrowTable} from "../arrowTable.js";
import {preprocessTable} from "./preprocessData.js";

const train = preprocessTable(5, 120);
const spec = fitPreprocess(train, [
  {kind: "impute", column: "amount", strategy: "mean", indicator: true},
  {kind: "robust", column: "amount"},
  {kind: "onehot", column: "city", min_frequency: 5},
  {kind: "target", column: "city", target: "label", folds: 3, seed: 2},
  {kind: "clip", column: "count", quantiles: [0.1, 0.9]},
  {kind: "window", column: "count", key: "customer", time: "at", window_ms: 86_400_000, agg: "count"},
]);

describe("spec JSON", () => {
  it("fitPreprocess records version 1, the training rows and the input columns' kinds (not the target: serving has none)", () => {
    expect(spec.version).toBe(1);
    expect(spec.fitted_on).toEqual({rows: 120, columns: {amount: "numeric", city: "text", count: "numeric", customer: "text", at: "timestamp"}});
    expect(spec.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it("parseSpec(specJson(spec)) round-trips to an equal spec that applies to the same output", () => {
    const back = parseSpec(specJson(spec));
    expect(back).toEqual(spec);
    expect(applyPreprocess(back, train).toArray().map((r) => r.toJSON())).toEqual(applyPreprocess(spec, train).toArray().map((r) => r.toJSON()));
  });

  it("specFingerprint is FNV-1a-64 of the canonical JSON, whatever the key order", () => {
    const {fingerprint, ...body} = spec;
    expect(fingerprint).toBe(fnv1a64(new TextEncoder().encode(canonicalJson(body))));
    const shuffled = JSON.parse(JSON.stringify({transforms: spec.transforms.map((t) => Object.fromEntries(Object.entries(t).reverse())), fitted_on: spec.fitted_on, version: 1}));
    expect(specFingerprint(shuffled)).toBe(fingerprint);
    expect(canonicalJson({b: 1, a: [2, {d: 3, c: 4}]})).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
  });

  it("the fingerprint is stable across fits and changes when any fitted number changes (property)", () => {
    expect(fitPreprocess(train, [{kind: "standard", column: "amount"}]).fingerprint).toBe(fitPreprocess(train, [{kind: "standard", column: "amount"}]).fingerprint);
    const numbers: string[][] = [];
    const walk = (v: unknown, path: string[]) => {
      if (typeof v === "number") numbers.push(path);
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk({fitted_on: spec.fitted_on, transforms: spec.transforms}, []);
    fc.assert(
      fc.property(fc.constantFrom(...numbers), fc.constantFrom(1e-9, 1, -0.5), (path, delta) => {
        const copy = JSON.parse(JSON.stringify(spec)) as PreprocessSpec & Record<string, unknown>;
        let at: Record<string, unknown> = copy;
        for (const k of path.slice(0, -1)) at = at[k] as Record<string, unknown>;
        const last = path[path.length - 1]!;
        at[last] = (at[last] as number) + delta * Math.max(1, Math.abs(at[last] as number));
        expect(specFingerprint(copy)).not.toBe(spec.fingerprint);
        expect(() => parseSpec(JSON.stringify(copy))).toThrow(/parseSpec: fingerprint [0-9a-f]{16} does not match the spec's content/);
      }),
    );
  });

  it("parseSpec refuses text that is not JSON, an unknown version, an unknown transform and a field of the wrong type", () => {
    const json = JSON.parse(specJson(spec));
    expect(() => parseSpec("{version: 1")).toThrow(/^parseSpec: the spec is not valid JSON \(/);
    expect(() => parseSpec("[]")).toThrow("parseSpec: the spec must be a JSON object, got an array");
    expect(() => parseSpec(JSON.stringify({...json, version: 2}))).toThrow("parseSpec: unknown spec version 2 (this code reads version 1)");
    const unknown = {...json, transforms: [...json.transforms, {kind: "yeo-johnson", column: "amount"}]};
    expect(() => parseSpec(JSON.stringify(unknown))).toThrow('parseSpec: transform 6 has unknown kind "yeo-johnson" (known: standard, minmax, robust, onehot, ordinal, target, impute, clip, window)');
    const badField = {...json, transforms: [{...json.transforms[1], iqr: "1"}]};
    expect(() => parseSpec(JSON.stringify(badField))).toThrow('parseSpec: transform 0 (robust) field "iqr" must be number, got "1"');
    const badFolds = {...json, transforms: [{...json.transforms[3], folds: {...json.transforms[3].folds, encodings: [[1, null]]}}]};
    expect(() => parseSpec(JSON.stringify(badFolds))).toThrow('parseSpec: transform 0 (target) folds field "encodings" must be number[][], got [[1,null]]');
    const badAgg = {...json, transforms: [{...json.transforms[5], agg: "max"}]};
    expect(() => parseSpec(JSON.stringify(badAgg))).toThrow('parseSpec: transform 0 (window) field "agg" must be one of sum, count, mean, got "max"');
    const badMethod = {...json, transforms: [{...json.transforms[4], method: {quantiles: [0.1]}}]};
    expect(() => parseSpec(JSON.stringify(badMethod))).toThrow('parseSpec: transform 0 (clip) field "method" must be {quantiles: [lo, hi]} or {iqr: k}, got {"quantiles":[0.1]}');
    expect(() => parseSpec(JSON.stringify({...json, fitted_on: {rows: 1, columns: {a: "date"}}}))).toThrow('parseSpec: fitted_on column "a" has kind "date", expected numeric, text or timestamp');
  });
});

describe("applyPreprocess errors", () => {
  it("names a missing column and a column of another kind", () => {
    const s = fitPreprocess(train, [{kind: "standard", column: "amount"}, {kind: "ordinal", column: "city"}]);
    expect(() => applyPreprocess(s, arrowTable({amount: ["float", [1]]}))).toThrow('applyPreprocess: the spec needs column "city" (text), the table has no such column');
    expect(() => applyPreprocess(s, arrowTable({amount: ["text", ["1"]], city: ["text", ["a"]]}))).toThrow('applyPreprocess: column "amount" expected numeric (as fitted), got text');
    expect(() => applyPreprocess(s, arrowTable({amount: ["time", [0]], city: ["text", ["a"]]}))).toThrow('applyPreprocess: column "amount" expected numeric (as fitted), got timestamp');
  });
  it("fitPreprocess names a missing column, a wrong kind, an unknown step and an all-null column", () => {
    expect(() => fitPreprocess(train, [{kind: "standard", column: "nope"}])).toThrow('fitPreprocess: the table has no column "nope" (its columns: amount, count, city, label, customer, at)');
    expect(() => fitPreprocess(train, [{kind: "standard", column: "city"}])).toThrow('fitPreprocess: standard requires column "city" to be numeric, got text');
    expect(() => fitPreprocess(train, [{kind: "pca", column: "amount"} as never])).toThrow('fitPreprocess: unknown transform kind "pca"');
    expect(() => fitPreprocess(arrowTable({x: ["float", [null, NaN]]}), [{kind: "minmax", column: "x"}])).toThrow('fitPreprocess: minmax on column "x" requires at least one non-null training value, got none');
    expect(() => fitPreprocess(arrowTable({x: ["float", [1, Infinity]]}), [{kind: "standard", column: "x"}])).toThrow('fitPreprocess: standard on column "x" requires finite training values, got Infinity');
    expect(() => fitPreprocess(arrowTable({x: ["float", [1, -Infinity]]}), [{kind: "impute", column: "x", strategy: "mean"}])).toThrow('fitPreprocess: impute on column "x" fitted a parameter of -Infinity: the training values must be finite');
  });
});
