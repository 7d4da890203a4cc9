// Pure (no DOM): Node tests import it (test/notebooks/components/sampleColumns.test.ts).

/**
 * Which columns of a failed check's sample rows to show, in order: {all, shown, read}.
 * `all` puts the columns the rule reads first (its property, then any column its SQL
 * names), so a failed `created_timestamp >= event_timestamp` shows both timestamps
 * before the others; `read` counts them. `shown` is those, then as many of the others as
 * fit in `width` pixels, each as wide as its widest header or value (`text(column, value)`
 * is how a value prints, `measure(text)` its width in pixels): what the rule reads is
 * never cut, and a wide row no longer runs off the right edge.
 *
 * @example
 * sampleColumns({property: "a", sql: "", samples: [{id: 1, a: 2, b: 3}]}, {width: 70, measure: (t) => 7 * t.length}).shown; // ["a", "id"]
 */
export function sampleColumns(check, {width = Infinity, measure = (text) => 7 * text.length, text = (column, value) => String(value ?? "")} = {}) {
  const keys = Object.keys(check.samples[0] ?? {});
  const sql = check.sql ?? "";
  const named = (k) => k === check.property || sql.includes(`"${k}"`) || new RegExp(`\\b${k.replace(/[^\w]/g, "\\$&")}\\b`).test(sql);
  const read = [...keys.filter((k) => k === check.property), ...keys.filter((k) => k !== check.property && named(k))];
  const all = [...read, ...keys.filter((k) => !named(k))];
  const columnWidth = (k) => cellPadding + Math.max(measure(k), ...check.samples.map((row) => measure(text(k, row[k]))));
  let used = rowPadding + read.reduce((sum, k) => sum + columnWidth(k), 0);
  const shown = [...read];
  for (const k of all.slice(read.length)) {
    used += columnWidth(k);
    if (used > width) break;
    shown.push(k);
  }
  return {all, shown, read: read.length};
}

// Inputs.table's cell padding (6.5 px each side) and its row's leading checkbox column.
const cellPadding = 13;
const rowPadding = 20;
