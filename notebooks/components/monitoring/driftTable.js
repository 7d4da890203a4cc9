// The drift report as a table (drift.md): one row per column, every metric, the status as a
// chip coloured by its PSI band, and the PSI cell tinted the same way.
import {driftStatusColors, formatStat} from "./driftColors.js";

const headers = [
  ["column", "column"],
  ["kind", "kind"],
  ["psi", "PSI"],
  ["js", "JS div."],
  ["ks", "KS D"],
  ["ks_p_value", "KS p"],
  ["wasserstein", "Wasserstein"],
  ["null_share_reference", "nulls ref."],
  ["null_share_current", "nulls cur."],
  ["status", "status"],
];

/**
 * report: a lib/drift DriftReport ({columns: [...]}). Returns a <div> holding a table;
 * narrow screens drop the kind and reference-null columns rather than scroll. `fields`
 * picks the columns shown (keys of a report column); `highlight` tints one row.
 */
export function driftTable(report, {width = 640, highlight, fields} = {}) {
  const narrow = width < 720;
  const shown = headers.filter(([key]) => (fields ? fields.includes(key) : !(narrow && (key === "kind" || key === "null_share_reference"))));
  const wrap = document.createElement("div");
  wrap.className = "fslab-drift-table";
  wrap.style.maxWidth = `${width}px`;
  wrap.style.overflowX = "auto";
  const table = document.createElement("table");
  table.style.width = "100%";
  table.style.fontVariantNumeric = "tabular-nums";
  table.style.fontSize = narrow ? "12px" : "13px";
  const head = table.createTHead().insertRow();
  for (const [key, label] of shown) {
    const th = document.createElement("th");
    th.textContent = label;
    th.style.textAlign = key === "column" || key === "kind" || key === "status" ? "left" : "right";
    th.style.whiteSpace = "nowrap";
    head.append(th);
  }
  const body = table.createTBody();
  for (const c of report.columns) {
    const row = body.insertRow();
    if (highlight && c.column === highlight) row.style.background = "var(--fslab-accent-soft)";
    for (const [key] of shown) {
      const cell = row.insertCell();
      const value = c[key];
      if (key === "status") {
        cell.append(statusChip(c.status, c.reason));
      } else if (key === "column") {
        const code = document.createElement("code");
        code.textContent = value;
        cell.append(code);
      } else if (key === "kind") {
        cell.textContent = value;
      } else {
        cell.style.textAlign = "right";
        cell.textContent = key.startsWith("null_share") ? percent(value) : key === "ks_p_value" ? pValue(value) : formatStat(value);
        if (key === "psi" && c.status !== "no_data") {
          cell.style.background = `color-mix(in srgb, ${driftStatusColors[c.status]} 18%, transparent)`;
          cell.style.fontWeight = "600";
        }
      }
      cell.style.whiteSpace = "nowrap";
    }
  }
  wrap.append(table);
  return wrap;
}

/** A small coloured label for a status; `reason` (no_data) becomes its tooltip. */
export function statusChip(status, reason) {
  const chip = document.createElement("span");
  chip.textContent = status.replace("_", " ");
  chip.title = reason ?? `PSI in the ${status} band`;
  Object.assign(chip.style, {
    display: "inline-block", padding: "0 0.5em", borderRadius: "0.8em", fontSize: "12px", fontWeight: "600",
    color: "white", background: driftStatusColors[status] ?? "#9498a0", lineHeight: "1.6",
  });
  return chip;
}

function percent(x) {
  if (x === null || x === undefined) return "—";
  return x === 0 ? "0%" : `${(100 * x).toFixed(x < 0.01 ? 2 : 1)}%`;
}

function pValue(p) {
  if (p === null || p === undefined) return "—";
  if (p < 1e-300) return "< 1e−300";
  return p < 1e-3 ? p.toExponential(0).replace("e-", "e−") : p.toFixed(3);
}
