import {tableFromArrays, Utf8, vectorFromArray} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {
  applyPreprocess, canonicalJson, categoryTally, checkSpecColumns, clipBounds, duckdbKind, fitPreprocess, foldOf, foldOfSql, inputKind, mostFrequent,
  onehotOutputs, parseSpec, preprocessSql, preprocessVector, readPreprocessColumn, specFingerprint, utf8Values, specJson, tableColumnKind, targetEncodingOf, transformFamily, windowAggregate, windowLabel,
} from "../../../lib/preprocess/index.js";
import {raw, tableColumns} from "../../../lib/sql/index.js";

// The @example lines of lib/preprocess that need no engine, run as written.
describe("doc examples of lib/preprocess", () => {
  const minmax = fitPreprocess(tableFromArrays({x: Float64Array.of(0, 10)}), [{kind: "minmax", column: "x"}]);

  it("fit, apply and compile give their documented results", () => {
    expect(minmax.transforms).toEqual([{kind: "minmax", column: "x", output: "x", min: 0, max: 10}]);
    expect(applyPreprocess(minmax, tableFromArrays({x: Float64Array.of(5)})).getChild("x")!.get(0)).toBe(0.5);
    expect(preprocessSql(minmax, "t").text).toBe('with s0 as (select rowid as "__preprocess_row", "x" from "t"),\n"s1" as (select * replace ((nullif("x"::DOUBLE, \'NaN\'::DOUBLE) - ?::DOUBLE) / ?::DOUBLE as "x") from "s0")\nselect "x" from "s1" order by "__preprocess_row"');
    expect(fitPreprocess(tableFromArrays({x: Float64Array.of(1, 2, 3, 4)}), [{kind: "standard", column: "x"}]).transforms[0]).toEqual({kind: "standard", column: "x", output: "x", mean: 2.5, std: 1.118033988749895});
    expect(tableColumns(applyPreprocess(fitPreprocess(tableFromArrays({c: ["a", "b"]}), [{kind: "ordinal", column: "c"}]), tableFromArrays({c: ["b", "z"]}))).c).toEqual([1, -1]);
    expect(tableColumns(applyPreprocess(fitPreprocess(tableFromArrays({x: Float64Array.of(1, NaN, 3, 3)}), [{kind: "impute", column: "x", strategy: "most_frequent", indicator: true}]), tableFromArrays({x: Float64Array.of(NaN, 2)})))).toEqual({x: [3, 2], missingindicator_x: [1, 0]});
  });

  it("the transform helpers give their documented results", () => {
    expect(onehotOutputs({kind: "onehot", column: "c", categories: ["a"], infrequent: ["z"], min_frequency: 2})).toEqual(["c_a", "c_infrequent_sklearn"]);
    expect(categoryTally(["b", "a", null, "b"])).toEqual([["a", 1], ["b", 2]]);
    expect([0, 1, 2, 3, 4, 5].map((r) => foldOf(r, 3, 7))).toEqual([1, 2, 2, 1, 1, 1]);
    expect(foldOfSql(raw("r"), 5, 0).text.startsWith("(xor(((xor(((r * 2654435761 + 0) % 4294967296)")).toBe(true);
    expect(targetEncodingOf(["a", "a", "b"], Float64Array.of(1, 0, 1), 1).encodings).toEqual([0.5555555555555555, 0.8333333333333333]);
    expect(targetEncodingOf(["a", "b"], Float64Array.of(1, 0), 0)).toEqual({categories: ["a", "b"], encodings: [1, 0], prior: 0.5});
    expect(mostFrequent(Float64Array.of(1, 1, 2, 3, 3))).toBe(1);
    expect(clipBounds(Float64Array.of(1, 2, 3, 4, 100), {iqr: 1.5})).toEqual([-1, 7]);
    expect(clipBounds(Float64Array.of(0, 10), {quantiles: [0.1, 0.9]})).toEqual([1, 9]);
    expect(windowAggregate(["a", "a", "a"], Float64Array.of(0, 5, 10), Float64Array.of(1, 2, 4), 6, "sum")).toEqual(Float64Array.of(1, 3, 6));
    expect(windowAggregate(["a", "a", "b"], Float64Array.of(0, 5, 5), Float64Array.of(1, 2, 4), 5, "count")).toEqual(Float64Array.of(1, 1, 1));
    expect([windowLabel(604_800_000), windowLabel(5_400_000), windowLabel(1500)]).toEqual(["7d", "90m", "1500ms"]);
    expect(fitPreprocess(tableFromArrays({x: [1], k: ["a"], t: [new Date(0)]}), [{kind: "window", column: "x", key: "k", time: "t", window_ms: 604_800_000, agg: "sum"}]).transforms[0]).toMatchObject({output: "x_sum_7d"});
    expect(transformFamily("standard", "fitPreprocess") === transformFamily("minmax", "fitPreprocess")).toBe(true);
  });

  it("columns, kinds and the spec's JSON give their documented results", () => {
    expect(inputKind(new Utf8())).toBe("text");
    expect(readPreprocessColumn(vectorFromArray([1, null]), "numeric").values).toEqual(Float64Array.of(1, NaN));
    expect([...preprocessVector({kind: "numeric", values: Float64Array.of(1, NaN)})]).toEqual([1, null]);
    expect(tableColumnKind(tableFromArrays({x: [1]}), "x", "applyPreprocess")).toBe("numeric");
    expect(() => checkSpecColumns({x: "numeric"}, () => "text", "applyPreprocess")).toThrow('applyPreprocess: column "x" expected numeric (as fitted), got text');
    expect(duckdbKind("TIMESTAMP_MS")).toBe("timestamp");
    expect(utf8Values(vectorFromArray(["b", null, "b"], new Utf8()))).toEqual(["b", null, "b"]);
    expect(canonicalJson({b: 1, a: [2, {d: 3, c: 4}]})).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
    expect(specFingerprint({version: 1, fitted_on: {rows: 0, columns: {}}, transforms: []})).toBe("e585fd540ee0ef45");
    expect(specJson(minmax).startsWith('{\n  "version": 1,\n  "fitted_on": {')).toBe(true);
    expect(() => parseSpec("{}")).toThrow("parseSpec: unknown spec version undefined (this code reads version 1)");
  });
});
