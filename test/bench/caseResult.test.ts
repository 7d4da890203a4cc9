import {describe, expect, it} from "vitest";
import {caseOutcome, type CaseResult} from "../../bench/caseResult.js";

const result: CaseResult = {suite: "pit", case: "kernel", ms: 5, runs: [5], rows: 1, peakRssMb: 1, rssBeforeMb: 1, check: "x", baseline: "kernel"};

describe("caseOutcome", () => {
  it("caseOutcome(0, …) reads the results from the last line of stdout", () => {
    expect(caseOutcome(0, null, `loading…\n\n${JSON.stringify([result])}\n`, "progress\n")).toEqual([result]);
  });
  it("caseOutcome of a failed process names the exit code and the first stderr line with an error", () => {
    expect(caseOutcome(1, null, "", "at a\nSqlError: no table x\n  at b\nError: again\n")).toEqual({failed: "exit 1: SqlError: no table x"});
  });
  it("caseOutcome falls back to the last stderr line, and names a signal", () => {
    expect(caseOutcome(null, "SIGKILL", "", "step 1\nstep 2\n")).toEqual({failed: "exit SIGKILL: step 2"});
    expect(caseOutcome(137, null, "", "")).toEqual({failed: "exit 137: "});
  });
  it("caseOutcome of a process that exits 0 without results is a failure", () => {
    expect(caseOutcome(0, null, "done\n", "Error: ignored")).toEqual({failed: 'exit 0 without a JSON array of results on the last line of stdout: "done"'});
    expect(caseOutcome(0, null, "[not json\n", "")).toEqual({failed: 'exit 0 without a JSON array of results on the last line of stdout: "[not json"'});
  });
});
