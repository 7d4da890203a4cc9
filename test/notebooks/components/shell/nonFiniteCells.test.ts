import {tableFromArrays} from "apache-arrow";
import {describe, expect, it} from "vitest";
// @ts-expect-error a plain JavaScript module of the site, without types
import {NAN_CELL, nonFiniteCells} from "../../../../notebooks/components/shell/nonFiniteCells.js";

type Format = (value: unknown, ...rest: unknown[]) => string;

// Inputs.table's own test of a cell worth formatting (node_modules/@observablehq/inputs/src/sort.js).
const defined = (d: unknown) => d != null && !Number.isNaN(d);

describe("nonFiniteCells", () => {
  it("nonFiniteCells(table without NaN) hands Inputs the Arrow table itself", () => {
    const table = tableFromArrays({x: Float64Array.of(1, Infinity), s: ["a", "b"]});
    expect(nonFiniteCells(table, {}).data).toBe(table);
  });

  it("a NaN becomes NAN_CELL, which Inputs formats (it skips NaN and null alike), and a NULL stays null", () => {
    const table = tableFromArrays({x: [1.5, NaN, null] as (number | null)[], n: Int32Array.of(1, 2, 3)});
    const {data} = nonFiniteCells(table, {});
    const xs = Array.from(data as Iterable<{x: unknown}>, (row) => row.x);
    expect(xs).toEqual([1.5, NAN_CELL, null]);
    expect(xs.map(defined)).toEqual([true, true, false]);
    expect(String(NAN_CELL)).toBe("NaN");
    expect(NAN_CELL.toLocaleString("en")).toBe("NaN"); // Inputs' default number format
  });

  it("the rows keep the table's schema, so Inputs still reads them as Arrow (column types, alignment)", () => {
    const table = tableFromArrays({x: Float64Array.of(NaN, 2)});
    const {data} = nonFiniteCells(table, {});
    expect(data.schema).toBe(table.schema);
    expect(typeof data.getChild).toBe("function");
    expect(typeof data.toArray).toBe("function");
    expect(data).toHaveLength(2);
  });

  it("a page's format of a float column never sees NaN or ±Infinity", () => {
    const table = tableFromArrays({share: Float64Array.of(0.25, NaN, Infinity, -Infinity)});
    const pct: Format = (x) => `${(Number(x) * 100).toFixed(0)}%`;
    const {data, format} = nonFiniteCells(table, {share: pct});
    const shown = Array.from(data as Iterable<{share: unknown}>, (row) => (format.share as Format)(row.share));
    expect(shown).toEqual(["25%", "NaN", "∞", "-∞"]);
  });

  it("NAN_CELL sorts with +Infinity, above every number, as DuckDB orders NaN", () => {
    const values = [3, NAN_CELL, -1] as unknown as number[];
    expect(values.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual([-1, 3, NAN_CELL]);
  });
});
