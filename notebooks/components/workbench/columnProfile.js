// The profile chart of one column for "A page from your Parquet" (your-parquet.md): a
// histogram of numbers or instants, bars of the most frequent categories. Takes the values
// or counts lib/drift gave the page and {width}; binning is Plot's, for the picture only.
import * as Plot from "@observablehq/plot";

/**
 * column: {name, kind: "numeric" | "time" | "categorical", values (numbers, ms for time;
 * NaN is a null) or counts (Map category → count, for categorical)}. Shows at most `top`
 * categories, the most frequent first.
 */
export function columnProfileChart(column, {width, top = 15}) {
  if (column.kind === "categorical") {
    const rows = [...column.counts].map(([category, count]) => ({category, count})).sort((a, b) => b.count - a.count || (a.category < b.category ? -1 : 1)).slice(0, top);
    const longest = Math.max(4, ...rows.map((r) => r.category.length));
    return Plot.plot({
      width, height: 26 * rows.length + 40, marginLeft: Math.min(180, 7 * longest + 12), marginRight: 48,
      x: {label: "rows →", grid: true},
      y: {label: null, domain: rows.map((r) => r.category)},
      marks: [
        Plot.barX(rows, {x: "count", y: "category", fill: "#275fa8", tip: true}),
        Plot.text(rows, {x: "count", y: "category", text: (r) => r.count.toLocaleString("en-US"), dx: 4, textAnchor: "start", fontSize: 11}),
        Plot.ruleX([0]),
      ],
    });
  }
  const values = Array.from(column.values).filter((v) => !Number.isNaN(v));
  const time = column.kind === "time";
  // Positive values spread over more than three orders of magnitude (money, counts) read better on a log axis, binned evenly in log space.
  const [lo, hi] = values.reduce(([a, b], v) => [Math.min(a, v), Math.max(b, v)], [Infinity, -Infinity]);
  const log = !time && lo > 0 && hi / lo > 1000;
  return Plot.plot({
    width, height: 240, marginLeft: 52,
    x: time ? {label: `${column.name} (UTC) →`, type: "utc"} : log ? {label: `${column.name} (log scale) →`, type: "log"} : {label: `${column.name} →`},
    y: {label: "↑ rows", grid: true},
    marks: [
      Plot.rectY(values, Plot.binX({y: "count"}, {x: time ? (v) => new Date(v) : (v) => v, fill: "#275fa8", ...(time ? {interval: "day"} : log ? {thresholds: logThresholds(lo, hi, 40)} : {thresholds: 40}), tip: true, inset: 0.5})),
      Plot.ruleY([0]),
    ],
  });
}

// n + 1 edges evenly spaced in log space from lo to hi (both > 0), the last nudged up so that hi falls in a bin.
function logThresholds(lo, hi, n) {
  const a = Math.log10(lo), b = Math.log10(hi);
  return Array.from({length: n + 1}, (_, i) => 10 ** (a + ((b - a) * i) / n) * (i === n ? 1.0001 : 1));
}
