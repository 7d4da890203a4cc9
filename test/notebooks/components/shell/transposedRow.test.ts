import {tableFromArrays} from "apache-arrow";
import {describe, expect, it} from "vitest";
// @ts-expect-error a plain JavaScript module of the site, without types
import {nonFiniteCells} from "../../../../notebooks/components/shell/nonFiniteCells.js";
// @ts-expect-error a plain JavaScript module of the site, without types
import {showTransposed, transposedRow} from "../../../../notebooks/components/shell/transposedRow.js";

type Line = Record<string, unknown> & {column: string; value: unknown};
type Lines = {data: Line[]; columns: string[]; format: {value: (v: unknown, i: number, data: Line[]) => string}; align: {value: string}};

const wide = (n: number) => tableFromArrays(Object.fromEntries(Array.from({length: n}, (_, i) => [`c${i + 1}`, Int32Array.of(i * 1000)])));

/** What Inputs.table would print in the value column of each line. */
function shown(lines: Lines): string[] {
  return lines.data.map((line, i) => lines.format.value(line.value, i, lines.data));
}

describe("showTransposed", () => {
  it("showTransposed(one row of 28 columns) is true by default, and false for one row of 7", () => {
    expect(showTransposed(wide(28))).toBe(true);
    expect(showTransposed(wide(7))).toBe(false);
  });

  it("showTransposed(table, true) turns only a one-row result; false keeps it across", () => {
    expect(showTransposed(wide(2), true)).toBe(true);
    expect(showTransposed(tableFromArrays({a: Int32Array.of(1, 2)}), true)).toBe(false);
    expect(showTransposed(wide(28), false)).toBe(false);
  });
});

describe("transposedRow", () => {
  it("transposedRow(data) gives one line per column, in the result's order, with the legend's fields beside", () => {
    const table = tableFromArrays({rows: Int32Array.of(100), c3: Int32Array.of(4)});
    const lines = transposedRow(table, {}, {legend: {c3: {check: "amount.minimum", rule: "minimum 0"}}}) as Lines;
    expect(lines.data).toEqual([{column: "rows", value: 100}, {column: "c3", value: 4, check: "amount.minimum", rule: "minimum 0"}]);
    expect(lines.columns).toEqual(["column", "value", "check", "rule"]);
    expect(lines.align.value).toBe("right");
  });

  it("each value is printed with its own column's format, others with thousands separators", () => {
    const table = tableFromArrays({n: Int32Array.of(12345), share: Float64Array.of(0.25), name: ["x"]});
    const lines = transposedRow(table, {share: (x: number) => `${x * 100}%`}) as Lines;
    expect(shown(lines)).toEqual(["12,345", "25%", "x"]);
    expect(lines.align.value).toBe("left"); // a text value among them
  });

  it("after nonFiniteCells, NaN reads 'NaN' and ±Infinity '∞'/'-∞' in the value column, and a NULL stays empty", () => {
    const table = tableFromArrays({a: Float64Array.of(NaN), b: Float64Array.of(Infinity), c: Float64Array.of(-Infinity), d: [null] as (number | null)[]});
    const {data, format} = nonFiniteCells(table, {});
    const lines = transposedRow(data, format) as Lines;
    expect(shown(lines).slice(0, 3)).toEqual(["NaN", "∞", "-∞"]);
    expect(lines.data[3]?.value).toBeNull(); // Inputs.table leaves a null cell blank
  });

  it("a legend given as a function is asked for each column", () => {
    const lines = transposedRow(wide(2), {}, {legend: (name: string) => ({what: name.toUpperCase()})}) as Lines;
    expect(lines.data.map((line) => line.what)).toEqual(["C1", "C2"]);
  });
});
