// Compatibility between contract versions (lib/contracts diffContracts, checkCompatibility)
// as a reader sees it: the classified changes, the verdict of every mode, and a matrix of
// which change breaks which direction.
import * as Plot from "@observablehq/plot";
import {element as el} from "../shell/element.js";
import {contractStyles, pill} from "./contractStyles.js";

/** The changes from the latest earlier version, each with its level and what it breaks. */
export function changesTable(changes, {width = 640} = {}) {
  contractStyles();
  const table = el("table", "fslab-c-props");
  table.style.maxWidth = `${width}px`;
  table.dataset.fslab = "compat-changes";
  table.append(row("th", ["level", "change", "breaks"]));
  if (changes.length === 0) {
    const tr = el("tr");
    const td = el("td", "", "no change: the two versions promise the same things");
    td.colSpan = 3;
    tr.append(td);
    table.append(tr);
  }
  for (const c of changes) {
    const tr = el("tr");
    const level = el("td");
    level.append(pill(c.level));
    tr.append(level, el("td", "", c.message), el("td", "", [c.breaksBackward && "backward", c.breaksForward && "forward"].filter(Boolean).join(", ") || "nothing"));
    table.append(tr);
  }
  return table;
}

const modeMeaning = {
  backward: "consumers on the new contract read data written under the old",
  forward: "consumers on the old contract read data written under the new",
  full: "both",
  backward_transitive: "backward, against every earlier version",
  forward_transitive: "forward, against every earlier version",
  full_transitive: "full, against every earlier version",
  none: "nothing is checked",
};

/** One row per mode: its verdict, what it compared with, who upgrades first or what breaks. */
export function modesTable(verdicts, {width = 640} = {}) {
  contractStyles();
  const table = el("table", "fslab-c-props");
  table.style.maxWidth = `${width}px`;
  table.dataset.fslab = "compat-modes";
  table.append(row("th", ["mode", "verdict", "compared with", "so"]));
  for (const v of verdicts) {
    const tr = el("tr");
    const mode = el("td");
    mode.append(el("code", "", v.mode), el("div", "fslab-c-big-context", modeMeaning[v.mode]));
    const verdict = el("td");
    verdict.append(pill(v.compatible ? "compatible" : "incompatible", v.compatible ? "yes" : "no"));
    const so = v.compatible ? v.message.replace(/^.*?: /, "") : breakingText(v);
    tr.append(mode, verdict, el("td", "", v.comparedWith.join(", ") || "—"), el("td", "", so));
    table.append(tr);
  }
  return table;
}

function breakingText(v) {
  const list = v.breaking.map((b) => `${b.direction} vs ${b.version}: ${b.change.message.replace(/^[^:]*: /, "")}`);
  return `${list.slice(0, 3).join("; ")}${list.length > 3 ? `; and ${list.length - 3} more` : ""}`;
}

/**
 * A matrix: one row per change (against each earlier version), one column per direction;
 * a filled cell means the change breaks that direction.
 */
export function breakMatrix(rows, {width = 640} = {}) {
  const cells = rows.flatMap((r) => ["backward", "forward"].map((direction) => ({...r, direction, breaks: direction === "backward" ? r.change.breaksBackward : r.change.breaksForward})));
  const label = (r) => `vs ${r.version}: ${r.change.property ?? r.change.object} · ${r.change.kind}`;
  return Plot.plot({
    width: Math.min(width, 720),
    height: 60 + 26 * rows.length,
    marginLeft: Math.min(380, 10 + 6.4 * Math.max(10, ...rows.map((r) => label(r).length))),
    x: {label: null, axis: "top", domain: ["backward", "forward"], tickFormat: (d) => `breaks ${d}?`},
    y: {label: null, domain: rows.map(label)},
    color: {domain: [true, false], range: ["#b3261e", "#e8eaed"]},
    marks: [
      Plot.cell(cells, {x: "direction", y: label, fill: "breaks", inset: 1.5, rx: 3}),
      Plot.text(cells, {x: "direction", y: label, text: (d) => (d.breaks ? `yes (${d.change.level})` : "no"), fill: (d) => (d.breaks ? "white" : "#777"), fontSize: 11}),
      Plot.tip(cells, Plot.pointer({x: "direction", y: label, title: (d) => `${d.change.message}\n${d.breaks ? `breaks ${d.direction}` : `does not break ${d.direction}`}`})),
    ],
  });
}

function row(cell, texts) {
  const tr = el("tr");
  for (const t of texts) tr.append(el(cell, "", t));
  return tr;
}
