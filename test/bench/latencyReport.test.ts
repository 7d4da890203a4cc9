import {describe, expect, it} from "vitest";
import {benchQs, errorText, quantileCheck, relativeErrors} from "../../bench/latencyReport.js";

describe("latencyReport", () => {
  it("quantileCheck names each quantile and rounds to 12 significant digits, so a few ulps agree", () => {
    expect(quantileCheck([0.5, 0.99], [2.4123456789012345, 25.000000000000004])).toBe("p50 2.41234567890 p99 25.0000000000");
    expect(quantileCheck(benchQs, [3.417499999999998, 3.4174999999999978, 1, null])).toBe("p50 3.41750000000 p95 3.41750000000 p99 1.00000000000 p99.9 null");
  });
  it("relativeErrors is |estimate − exact| / exact", () => {
    expect(relativeErrors([101, 99, 5], [100, 100, 5])).toEqual([0.01, 0.01, 0]);
  });
  it("errorText prints percentages with two decimals", () => {
    expect(errorText([0.5, 0.999], [0.004, 0.0123])).toBe("p50 0.40%, p99.9 1.23%");
  });
});
