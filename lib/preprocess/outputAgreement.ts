import type {Table} from "apache-arrow";
import {inputKind, readPreprocessColumn} from "./preprocessColumns.js";

/** How two tables' same-named columns agree, row by row. */
export interface ColumnAgreement {
  column: string;
  rows: number;
  /** Rows with the same value (null = null, NaN = null; text compared exactly). */
  equal: number;
  /** Rows null in one table only. */
  nullMismatches: number;
  /** Largest |a − b| over rows non-null in both (numbers); 0 for text when all equal, else NaN. */
  maxAbsDiff: number;
  /** Rows equal or, for numbers non-null in both, with |a − b| ≤ the tolerance. */
  close: number;
}

/**
 * Compares two tables column by column in row order (e.g. applyPreprocess against the
 * compiled SQL on the same rows): per column of `a`, the equal rows, the rows null in one
 * only and the largest absolute difference. Tables of other row counts, or a column of
 * `a` missing from `b`, are misuse. `tolerance` (absolute, default 0) decides `close`.
 *
 * @example outputAgreement(tableFromArrays({x: Float64Array.of(1, 2)}), tableFromArrays({x: Float64Array.of(1, 2.5)}), {tolerance: 0.5}) // => [{column: "x", rows: 2, equal: 1, nullMismatches: 0, maxAbsDiff: 0.5, close: 2}]
 */
export function outputAgreement(a: Table, b: Table, {tolerance = 0}: {tolerance?: number} = {}): ColumnAgreement[] {
  if (!(tolerance >= 0)) throw new RangeError(`outputAgreement requires a tolerance ≥ 0, got ${tolerance}`);
  if (a.numRows !== b.numRows) throw new RangeError(`outputAgreement requires tables of the same row count, got ${a.numRows} and ${b.numRows}`);
  return a.schema.fields.map((field) => {
    const other = b.getChild(field.name);
    if (!other) throw new TypeError(`outputAgreement: column ${JSON.stringify(field.name)} of the first table is missing from the second (${b.schema.fields.map((f) => f.name).join(", ")})`);
    const kind = inputKind(field.type) === "text" ? "text" : "numeric";
    const x = readPreprocessColumn(a.getChild(field.name)!, kind).values, y = readPreprocessColumn(other, kind).values;
    let equal = 0, nullMismatches = 0, maxAbsDiff = 0, close = 0;
    for (let i = 0; i < a.numRows; i++) {
      const u = x[i] as number | string | null, v = y[i] as number | string | null;
      const nu = u === null || u !== u, nv = v === null || v !== v;
      if (nu || nv) {
        if (nu && nv) equal++, close++;
        else nullMismatches++;
        continue;
      }
      if (u === v) equal++, close++;
      else if (typeof u === "number" && typeof v === "number") {
        maxAbsDiff = Math.max(maxAbsDiff, Math.abs(u - v));
        if (Math.abs(u - v) <= tolerance) close++;
      } else maxAbsDiff = NaN;
    }
    return {column: field.name, rows: a.numRows, equal, nullMismatches, maxAbsDiff, close};
  });
}
