// One big run vs many small ones, as a function of the lookback (materialization-backfill.md).
import * as Plot from "@observablehq/plot";
import {fateColors} from "./watermarkChart.js";

/**
 * data: {sweep: [{label, lookbackMs, missed, keysDiffering, equal}], current (lookbackMs)}.
 * Bars: late rows missed; dots: keys whose online row differs from one big run.
 */
export function lookbackChart({sweep, current}, {width}) {
  const labels = sweep.map((d) => d.label);
  return Plot.plot({
    width,
    height: 260,
    marginLeft: 56,
    marginTop: 34,
    x: {domain: labels, label: "lookback →", padding: 0.25},
    y: {type: "symlog", label: "↑ late rows missed (bars) · customers differing from one big run (dots)", grid: true, ticks: [0, 1, 10, 100, 1000]},
    marks: [
      Plot.barY(sweep, {x: "label", y: "missed", fill: fateColors.missed, fillOpacity: 0.35, stroke: (d) => (d.lookbackMs === current ? "currentColor" : "none")}),
      Plot.text(sweep, {x: "label", y: "missed", text: (d) => d.missed.toLocaleString("en-US"), dy: -7, fill: "var(--theme-foreground-muted)", fontSize: 10}),
      Plot.dot(sweep, {x: "label", y: "keysDiffering", r: 6, fill: (d) => (d.equal ? "#2e7d32" : fateColors.missed), stroke: "white"}),
      Plot.text(sweep, {x: "label", y: "keysDiffering", text: (d) => (d.equal ? "=" : "≠"), fill: "white", fontWeight: 700, fontSize: 10}),
      Plot.ruleY([0]),
      Plot.tip(sweep, Plot.pointerX({x: "label", y: "keysDiffering", title: (d) => `lookback ${d.label}\n${d.missed.toLocaleString("en-US")} late rows missed\n${d.keysDiffering} keys differ from one big run\nfingerprint ${d.fingerprint} ${d.equal ? "= one big run" : "≠ one big run"}`})),
    ],
  });
}
