import {describe, expect, it} from "vitest";
import {parseInstant} from "../../../src/cli/parseInstant.js";
import {fslabInProcess as fslab} from "./fslab.js";

const iso = (text: string) => {
  const ms = parseInstant(text);
  return ms === null ? null : new Date(ms).toISOString();
};

describe("parseInstant", () => {
  it("parseInstant reads ISO dates and times; no zone is UTC", () => {
    expect(["2026-04-01", "2026-04-01T00:00", "2026-04-01 12:30:15", "2026-04-01T00:00:00.5+02:00", "2026-04-01T00:00:00-0130"].map(iso)).toEqual([
      "2026-04-01T00:00:00.000Z", "2026-04-01T00:00:00.000Z", "2026-04-01T12:30:15.000Z", "2026-03-31T22:00:00.500Z", "2026-04-01T01:30:00.000Z",
    ]);
  });
  it("parseInstant refuses what Date.parse guesses at: bare numbers, month names, days that do not exist", () => {
    expect(["1", "2026", "March 7", "2026-02-30", "2026-13-01", "2026-04-01T24:00", "0026-01-01"].map(iso)).toEqual([null, null, null, null, null, null, null]);
  });
  it("fslab check --as-of 1 exits 2 (Date.parse read it as 2001-01-01)", async () => {
    const {code, stdout, stderr} = await fslab("check", "--contract", "c.yaml", "--data", "d.csv", "--as-of", "1");
    expect([code, stdout, stderr]).toEqual([2, "", 'fslab check: --as-of must be an ISO-8601 time such as 2026-04-01T00:00:00Z; got "1" (try fslab check --help)\n']);
  });
});
