// The built-in shop example (data/contracts/shop/*.csv) as Arrow tables for the page's
// exercise: the files are the lab's own (no quotes, no commas inside fields), so a plain
// split reads them; numbers are the columns whose every value is a number.
import {tableFromArrays} from "apache-arrow";

/** A small CSV of the lab's own, as an Arrow table: whole-number columns Int32, other numbers Float64, the rest text. */
export function shopTable(text) {
  const [header, ...lines] = text.trim().split("\n").map((line) => line.split(","));
  const columns = {};
  header.forEach((name, c) => {
    const values = lines.map((fields) => fields[c]);
    const numeric = values.every((v) => v !== "" && Number.isFinite(Number(v)));
    columns[name] = !numeric ? values : values.every((v) => Number.isInteger(Number(v))) ? Int32Array.from(values, Number) : Float64Array.from(values, Number);
  });
  return tableFromArrays(columns);
}
