// Pure (no DOM): Node tests import it (test/notebooks/components/transposedRow.test.ts).
import {DataType} from "apache-arrow";

/**
 * Whether sqlCell shows `table` down the page, one line per column: `transpose` true or
 * false decides; "auto" does it for a single row wider than `maxColumns` columns (the
 * one-scan aggregate's ~30 counts c1, c2, … would otherwise run off the right edge).
 *
 * @example
 * showTransposed(tableFromArrays({a: [1], b: [2]}), "auto", 8); // false
 */
export function showTransposed(table, transpose = "auto", maxColumns = 8) {
  if (transpose !== "auto") return Boolean(transpose) && table.numRows === 1;
  return table.numRows === 1 && table.numCols > maxColumns;
}

/**
 * What to give Inputs.table to show the first row of a result as a column: {data,
 * columns, format, align}, one row per result column ({column, value, ...legend[column]}).
 * `data` and `format` are what nonFiniteCells made of the result (so NaN reads "NaN" and
 * a page's format still applies, to that column's value); `legend` (column name → object
 * of extra fields, or a function of the name) adds what the page knows about a column,
 * e.g. which rule a count `c3` counts.
 *
 * @example
 * transposedRow(tableFromArrays({c1: [2]}), {}, {legend: {c1: {rule: "x > 0"}}}).data; // [{column: "c1", value: 2, rule: "x > 0"}]
 */
export function transposedRow(data, format = {}, {legend = {}} = {}) {
  const fields = data.schema.fields;
  const first = typeof data.get === "function" ? data.get(0)?.toJSON() : data[0];
  const describe = typeof legend === "function" ? legend : (name) => legend[name];
  const rows = fields.map((field) => ({column: field.name, value: first?.[field.name] ?? null, ...describe(field.name)}));
  const extra = [...new Set(rows.flatMap((row) => Object.keys(row).filter((key) => key !== "column" && key !== "value")))];
  const numeric = fields.every((field) => DataType.isInt(field.type) || DataType.isFloat(field.type) || DataType.isDecimal(field.type));
  return {
    data: rows,
    columns: ["column", "value", ...extra],
    // Inputs.table calls a format with the row's index into `data`, so each value gets its own column's format.
    format: {value: (value, i, shown) => (format[shown[i].column] ?? plain)(value)},
    align: {value: numeric ? "right" : "left"},
  };
}

function plain(value) {
  if (typeof value === "number" || typeof value === "bigint") return value === 0 ? "0" : value.toLocaleString("en-US");
  return String(value);
}
