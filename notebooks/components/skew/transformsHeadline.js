// The Inconsistent transforms page's headline: every copy of the feature against the
// reference (rows differing, null mismatches, the largest difference, the skew report's
// verdict). transformsHeadline is plain data, made alike at build time (in Node) and live;
// transformsHeadlineTable draws it with no imports, so that it shows at once.

/** The headline of compareTransformVariants' result; `key` is what the table shows, for the first-answer test. */
export function transformsHeadline(compared, {featureName}) {
  const rows = compared.map((v) => ({id: v.id, label: v.label, rows: v.comparison.rows, differing: v.comparison.differing, null_mismatch: v.comparison.null_mismatch, max_abs_diff: v.comparison.max_abs_diff, status: v.comparison.skew.status, match_rate: v.comparison.skew.match_rate}));
  return {featureName, rows, key: {feature: featureName, differing: rows.map((r) => r.differing).join(" "), nulls: rows.map((r) => r.null_mismatch).join(" "), status: rows.map((r) => r.status).join(" ")}};
}

const statusColors = {pass: "#4c9a5b", fail: "#b3261e"};
const sci = (x) => (x === null ? "—" : x === 0 ? "0" : Math.abs(x) >= 1e-3 && Math.abs(x) < 1e5 ? String(+x.toPrecision(4)) : x.toExponential(1).replace("e-", "e−"));

/** The headline as a <table>: one row per variant. */
export function transformsHeadlineTable(h, {width = 640} = {}) {
  const table = document.createElement("table");
  table.style.maxWidth = `${Math.min(width, 960)}px`;
  const head = table.createTHead().insertRow();
  for (const label of ["copy of " + h.featureName, "rows not identical", "null on one side", "largest difference", "skew report"]) {
    const th = document.createElement("th");
    th.textContent = label;
    head.append(th);
  }
  const body = table.createTBody();
  for (const r of h.rows) {
    const row = body.insertRow();
    const cells = [r.label, `${r.differing.toLocaleString("en-US")} of ${r.rows.toLocaleString("en-US")}`, r.null_mismatch.toLocaleString("en-US"), sci(r.max_abs_diff), r.match_rate === null ? r.status : `${r.status} (${(100 * r.match_rate).toFixed(2)}%)`];
    for (const [i, text] of cells.entries()) {
      const td = row.insertCell();
      td.textContent = text;
      if (i > 0 && i < 4) td.style.textAlign = "right";
      if (i === 4) td.style.color = statusColors[r.status] ?? "inherit";
    }
  }
  return table;
}
