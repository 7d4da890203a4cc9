// The offline/online consistency check's counts (online-offline-stores.md), from
// lib/online onlineConsistency: one bar per outcome, agreement first.
import * as Plot from "@observablehq/plot";

export const consistencyKinds = [
  {field: "agree", label: "agree", color: "#4c9a5b"},
  {field: "valueDiffers", label: "value differs", color: "#d62728"},
  {field: "onlineMissing", label: "missing online", color: "#ff9da7"},
  {field: "onlineExtra", label: "extra online", color: "#9c6b4e"},
  {field: "notYetArrived", label: "not yet arrived", color: "#9498a0"},
];

/** data: a ConsistencyReport. */
export function consistencyChart(report, {width}) {
  const bars = consistencyKinds.map((k) => ({...k, count: report[k.field]}));
  return Plot.plot({
    width,
    height: 200,
    marginLeft: 120,
    marginRight: 60,
    x: {label: "customers →", grid: true},
    y: {domain: bars.map((d) => d.label), label: null},
    color: {domain: bars.map((d) => d.label), range: bars.map((d) => d.color)},
    marks: [
      Plot.barX(bars, {y: "label", x: "count", fill: "label"}),
      Plot.text(bars, {y: "label", x: "count", text: (d) => d.count.toLocaleString("en-US"), dx: 6, textAnchor: "start"}),
      Plot.ruleX([0]),
    ],
  });
}
