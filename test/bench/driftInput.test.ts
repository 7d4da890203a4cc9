import {describe, expect, it} from "vitest";
import {driftBenchColumns, driftBenchWindows} from "../../bench/driftInput.js";
import {columnKind} from "../../lib/drift/index.js";
import {fingerprintTable} from "../../lib/fingerprint/index.js";

describe("driftBenchWindows", () => {
  const windows = driftBenchWindows(7, 5_000);
  it("driftBenchWindows gives two windows of 10 columns, 6 numeric and 4 categorical, as driftBenchColumns lists them", () => {
    for (const table of [windows.reference, windows.current]) {
      expect(table.numRows).toBe(5_000);
      expect(table.schema.fields.map((f) => [f.name, columnKind(f.type)])).toEqual(driftBenchColumns.map((c) => [c.name, c.kind]));
    }
    expect(driftBenchColumns.filter((c) => c.kind === "numeric")).toHaveLength(6);
  });
  it("driftBenchWindows is seeded: the same seed gives the same rows, another seed other rows", () => {
    const again = driftBenchWindows(7, 5_000), other = driftBenchWindows(8, 5_000);
    expect(fingerprintTable(again.current, {ordered: true}).fingerprint).toBe(fingerprintTable(windows.current, {ordered: true}).fingerprint);
    expect(fingerprintTable(other.current, {ordered: true}).fingerprint).not.toBe(fingerprintTable(windows.current, {ordered: true}).fingerprint);
  });
  it("driftBenchWindows has nulls in amount, session_seconds and device, and a country only the current window holds", () => {
    for (const name of ["amount", "session_seconds", "device"]) expect(windows.reference.getChild(name)!.nullCount).toBeGreaterThan(0);
    const countries = (w: "reference" | "current") => new Set(windows[w].getChild("country")!.toArray() as string[]);
    expect(countries("reference").has("br")).toBe(false);
    expect(countries("current").has("br")).toBe(true);
  });
});
