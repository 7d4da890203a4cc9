// The headline of "A page from your Parquet" (your-parquet.md): the file's rows, its columns
// by kind, how many bytes came and which columns have missing values, from the Arrow table
// the template loader wrote. Plain data (no DOM), so that the build-time first answer
// (data/first/your-parquet.json.ts, on the same loader output in Node) and the page make it
// the same way; the cards that show it are in fileCards.js (light, no Arrow).
import {DataType} from "apache-arrow";
import {columnKind, textValues} from "../../lib/drift/index.js";
import {nullRates} from "../../lib/profile/index.js";

/** A column's kind on the page: "time" for timestamps and dates, else lib/drift's columnKind ("numeric", "categorical"), else "other". */
export function kindOf(type) {
  return DataType.isTimestamp(type) || DataType.isDate(type) ? "time" : columnKind(type) ?? "other";
}

/** The table's columns as [{column, arrow_type, kind}], in order. */
export function fileFields(table) {
  return table.schema.fields.map((f) => ({column: f.name, arrow_type: String(f.type), kind: kindOf(f.type)}));
}

/**
 * The headline of an Arrow table of `bytes` bytes: rows, columns, counts by kind, the null
 * count of every column (lib/profile's nullRates, in the table's order), the columns with
 * missing values, emptiest first, and the emptiest. `key` holds what the cards show, rounded as shown, for the first-answer test.
 */
export function fileHeadline(table, bytes) {
  const fields = fileFields(table);
  const kinds = {numeric: 0, categorical: 0, time: 0, other: 0};
  for (const f of fields) kinds[f.kind]++;
  const nulls = nullRates(Object.fromEntries(fields.map((f) => [f.column, textValues(table.getChild(f.column))])));
  const withNulls = nulls.filter((r) => r.nulls > 0).sort((a, b) => b.nullShare - a.nullShare);
  const emptiest = withNulls[0] ?? null;
  return {
    rows: table.numRows, columns: fields.length, kinds, bytes, nulls, withNulls, emptiest,
    key: {rows: table.numRows, columns: fields.length, ...kinds, kB: Math.round(bytes / 1e3), withNulls: withNulls.length, emptiest: emptiest?.column ?? null, nullPct: emptiest ? Math.round(1000 * emptiest.nullShare) / 10 : 0},
  };
}
