// The cards of a file's headline (fileHeadline.js) on "A page from your Parquet": rows,
// columns by kind, bytes fetched, missing values. Light (no Arrow, no DuckDB): the page's
// first-answer cell imports it and shows the build-time headline at once.
import {cardGrid} from "../shell/cardGrid.js";

const n = (x) => Number(x).toLocaleString("en-US");

/** Four number cards for a headline `h` (fileHeadline's value, or the same JSON from the build). */
export function fileCards(h) {
  return cardGrid([
    ["rows", n(h.rows), "in the file the loader wrote"],
    ["columns", n(h.columns), `${h.kinds.numeric} numeric, ${h.kinds.categorical} categorical, ${h.kinds.time} time${h.kinds.other ? `, ${h.kinds.other} other` : ""}`],
    ["bytes fetched", `${(h.bytes / 1e3).toFixed(0)} kB`, `Arrow, ${n(Math.round(h.bytes / Math.max(1, h.rows)))} bytes a row`],
    ["columns with nulls", h.withNulls.length === 0 ? "none" : `${h.withNulls.length} of ${h.columns}`, h.emptiest ? `most in ${h.emptiest.column}: ${(100 * h.emptiest.nullShare).toFixed(1)}% of rows` : "every column is complete"],
  ], {min: 150});
}
