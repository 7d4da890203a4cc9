// Late rows per materialization run (materialization-backfill.md): caught above the axis,
// missed below it, from the runs' reports (lib/materialize materializeIncremental).
import * as Plot from "@observablehq/plot";
import {fateColors} from "./watermarkChart.js";

/** data: the runs' reports; the bar of each run spans its window (previous run end, run end]. */
export function lateRunsChart(reports, {width}) {
  const bars = reports.map((r, k) => ({...r, x1: k ? reports[k - 1].runEnd : r.runEnd - (reports[1]?.runEnd - r.runEnd || 86_400_000)}));
  const day = (ms) => new Date(ms).toISOString().slice(0, 16).replace("T", " ");
  return Plot.plot({
    width,
    height: 240,
    marginLeft: 56,
    x: {type: "utc", label: "run (processing time) →"},
    y: {label: "↑ late rows caught · ↓ missed", grid: true, tickFormat: Math.abs},
    marks: [
      Plot.rectY(bars, {x1: "x1", x2: "runEnd", y: "lateCaught", fill: fateColors.caught, inset: 0.3}),
      Plot.rectY(bars, {x1: "x1", x2: "runEnd", y: (d) => -d.lateMissed, fill: fateColors.missed, inset: 0.3}),
      Plot.ruleY([0]),
      Plot.tip(bars, Plot.pointerX({x: (d) => (d.x1 + d.runEnd) / 2, y: "lateCaught", title: (d) => `run ending ${day(d.runEnd)}\n${d.rowsRead.toLocaleString("en-US")} rows written, ${d.keysWritten} keys changed\n${d.lateCaught} late rows caught, ${d.lateMissed} missed`})),
    ],
  });
}
