import {Utf8, makeVector, vectorFromArray} from "apache-arrow";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {utf8Values} from "../../../lib/preprocess/index.js";

describe("utf8Values", () => {
  it("utf8Values(vector) decodes as vector.get does, over several chunks, multi-byte text and nulls (property)", () => {
    const text = fc.oneof(fc.constantFrom("a", "b", "ä", "日本", "", "a b", "🙂"), fc.string({maxLength: 3}), fc.constant(null));
    fc.assert(
      fc.property(fc.array(text, {maxLength: 30}), fc.array(text, {maxLength: 30}), (a, b) => {
        const vector = vectorFromArray(a, new Utf8()).concat(vectorFromArray(b, new Utf8()));
        expect(utf8Values(vector)).toEqual([...a, ...b]);
      }),
    );
  });
  it("utf8Values of an empty vector is empty", () => {
    expect(utf8Values(makeVector(vectorFromArray([], new Utf8()).data))).toEqual([]);
  });
});
