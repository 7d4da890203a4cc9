import {describe, expect, it} from "vitest";
import {lagSeconds, lagSecondsSql, lagsOf} from "../../../lib/profile/index.js";

describe("lagSeconds", () => {
  it("lagSeconds(event, created) is (created − event) in seconds, negative when created first", () => {
    expect(lagSeconds(1_000, 3_500)).toBe(2.5);
    expect(lagSeconds(3_500, 1_000)).toBe(-2.5);
  });
  it("lagSeconds is null when a timestamp is missing", () => {
    expect(lagSeconds(null, 1)).toBeNull();
    expect(lagSeconds(1, undefined)).toBeNull();
  });
  it("lagsOf requires equal lengths", () => {
    expect(lagsOf([0, 1], [1000, null])).toEqual([1, null]);
    expect(() => lagsOf([0], [])).toThrow(/lagsOf requires columns of equal length, got 1 and 0/);
  });
  it("lagSecondsSql quotes both columns", () => {
    expect(lagSecondsSql('e"', "c").text).toBe('(epoch_ms("c") - epoch_ms("e""")) / 1000.0');
  });
});
