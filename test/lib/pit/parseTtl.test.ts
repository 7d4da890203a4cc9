import {describe, expect, it} from "vitest";
import {parseTtl} from "../../../lib/pit/parseTtl.js";

describe("parseTtl", () => {
  it("parseTtl(text) converts s, m, h and d to milliseconds", () => {
    expect([parseTtl("30s"), parseTtl("90m"), parseTtl("2h"), parseTtl("7d")]).toEqual([30_000, 5_400_000, 7_200_000, 604_800_000]);
  });
  it("parseTtl(text) is undefined for other units, fractions and signs", () => {
    expect([parseTtl("7x"), parseTtl("1.5h"), parseTtl("-1d"), parseTtl("d"), parseTtl("")]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
