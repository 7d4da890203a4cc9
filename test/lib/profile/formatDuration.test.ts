import {describe, expect, it} from "vitest";
import {formatDuration} from "../../../lib/profile/index.js";

describe("formatDuration", () => {
  it("formatDuration(seconds) picks the largest unit the duration reaches", () => {
    expect([0.25, 15.3, 90, 5400, 172_800].map((s) => formatDuration(s))).toEqual(["250 ms", "15.3 s", "1.5 min", "1.5 h", "2 d"]);
  });
  it("formatDuration keeps the sign and rounds to the given significant digits", () => {
    expect(formatDuration(-7200)).toBe("-2 h");
    expect(formatDuration(3725, 2)).toBe("1 h");
    expect(formatDuration(0)).toBe("0 s");
  });
  it("formatDuration requires a finite number", () => {
    expect(() => formatDuration(Infinity)).toThrow(/formatDuration requires a finite number of seconds, got Infinity/);
  });
});
