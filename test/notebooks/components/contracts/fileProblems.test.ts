import {describe, expect, it} from "vitest";
import {csvProblem} from "../../../../lib/sql/index.js";
// @ts-expect-error a plain JS component module
import {csvMessage} from "../../../../notebooks/components/contracts/fileProblems.js";

describe("csvMessage", () => {
  it("csvMessage(name, ragged problem) names the line, the field counts and what to do", () => {
    const problem = {kind: "ragged", line: 3, expected: 3, found: 4, text: "2,3.5,b,extra", message: "…"};
    expect(csvMessage("ragged.csv", problem, "upload-1.csv")).toBe("ragged.csv has a ragged row: line 3 has 4 fields where the header has 3: “2,3.5,b,extra”. Every line needs one field per column; quote values that contain the delimiter.");
  });
  it("csvMessage(name, other problem) gives csvSelect's words with the page's file name made the reader's", () => {
    expect(csvMessage("mine.csv", csvProblem('IO Error: cannot open "upload-2.csv"'), "upload-2.csv")).toBe('mine.csv could not be read as CSV: cannot open "mine.csv".');
    expect(csvMessage("d.csv", {kind: "duplicate-column", line: 1, message: 'the header names column "a" twice (columns 1 and 2); rename one'}, "upload-3.csv"))
      .toBe('d.csv could not be read as CSV: the header names column "a" twice (columns 1 and 2); rename one.');
  });
});
