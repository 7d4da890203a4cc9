// Pure (no DOM): Node tests import it (test/notebooks/components/nonFiniteCells.test.ts).
import {DataType} from "apache-arrow";

// Inputs.table leaves a cell blank, without calling its format, for null and for NaN
// alike (its `defined` is `d != null && !Number.isNaN(d)`), so a NaN would read as a
// NULL. The rows we hand it carry this stand-in instead: an object is "defined", prints
// "NaN" under Inputs' default formats, and sorts with +∞ (valueOf), as DuckDB sorts NaN
// above every number.
export const NAN_CELL = Object.freeze({
  toString: () => "NaN",
  toLocaleString: () => "NaN",
  valueOf: () => Infinity,
});

/**
 * What to give Inputs.table so that NaN and ±Infinity in a float column show as "NaN",
 * "∞" and "-∞" (a NULL stays a blank cell): {data, format}. `data` is the Arrow table
 * itself when it holds no NaN, else an array of plain rows with NAN_CELL for each NaN,
 * which still carries the table's schema so Inputs types and aligns its columns as
 * before. `format` (column → function) comes back with its float columns' functions
 * answering NaN and ±Infinity themselves, so a page's format (a percent, a duration)
 * never sees them.
 *
 * @example
 * nonFiniteCells(tableFromArrays({x: Float64Array.of(1, NaN)}), {}).data[1].x === NAN_CELL; // true
 */
export function nonFiniteCells(table, format = {}) {
  const floats = table.schema.fields.filter((field) => DataType.isFloat(field.type)).map((field) => field.name);
  const formats = {...format};
  for (const name of floats) {
    const own = format[name];
    if (typeof own === "function") formats[name] = (value, ...rest) => nonFiniteText(value) ?? own(value, ...rest);
  }
  const withNaN = floats.filter((name) => hasNaN(table.getChild(name)));
  if (withNaN.length === 0) return {data: table, format: formats};
  const rows = Array.from(table, (row) => {
    const values = row.toJSON();
    for (const name of withNaN) if (Number.isNaN(values[name])) values[name] = NAN_CELL;
    return values;
  });
  // What Inputs.table checks to read an Arrow table's column types (isArrowTable).
  rows.schema = table.schema;
  rows.getChild = (name) => table.getChild(name);
  rows.toArray = () => rows;
  return {data: rows, format: formats};
}

function nonFiniteText(value) {
  if (value === NAN_CELL || Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "∞";
  if (value === -Infinity) return "-∞";
  return undefined;
}

function hasNaN(column) {
  if (column === null) return false;
  for (const value of column) if (Number.isNaN(value)) return true;
  return false;
}
