// Charts of the time-travel leakage page (time-travel-leakage.md): how the offline and
// the honest AUC move apart as the leak grows, and what the model learned from each
// feature. Each takes rows plus {width} and returns a node.
import * as Plot from "@observablehq/plot";

export const leakColors = {offline: "#e0453a", honest: "#4269d0", gap: "#e0453a"};

/**
 * AUC against the leak: rows {label, offline, honest} in leak order; `selected` is the
 * label marked. The shaded band between the lines is the gap that the notebook reports
 * but production never sees.
 */
export function leakageGapChart(rows, {width, selected}) {
  const long = rows.flatMap((r) => [
    {label: r.label, score: "offline: held-out, leaky features", auc: r.offline},
    {label: r.label, score: "honest: later period, point-in-time features", auc: r.honest},
  ]);
  const lo = Math.min(...long.map((d) => d.auc));
  return Plot.plot({
    width,
    height: 340,
    marginLeft: 50,
    marginBottom: 44,
    x: {domain: rows.map((r) => r.label), label: "features read this long after the transaction →", padding: 0.3},
    y: {domain: [Math.max(0.5, Math.floor(lo * 20) / 20), 1], label: "↑ AUC", grid: true},
    color: {domain: ["offline: held-out, leaky features", "honest: later period, point-in-time features"], range: [leakColors.offline, leakColors.honest], legend: true},
    marks: [
      Plot.areaY(rows, {x: "label", y1: "honest", y2: "offline", fill: leakColors.gap, fillOpacity: 0.1, curve: "linear"}),
      Plot.ruleX([selected], {stroke: "var(--theme-foreground-faint)", strokeWidth: 10, strokeOpacity: 0.4}),
      Plot.line(long, {x: "label", y: "auc", stroke: "score", strokeWidth: 2}),
      Plot.dot(long, {x: "label", y: "auc", fill: "score", r: 4}),
      Plot.text(rows.filter((r) => r.label === selected), {x: "label", y: "offline", text: (r) => r.offline.toFixed(3), dy: -12, fill: leakColors.offline, fontWeight: 600, stroke: "var(--theme-background-alt)", strokeWidth: 3, paintOrder: "stroke"}),
      Plot.text(rows.filter((r) => r.label === selected), {x: "label", y: "honest", text: (r) => r.honest.toFixed(3), dy: 14, fill: leakColors.honest, fontWeight: 600, stroke: "var(--theme-background-alt)", strokeWidth: 3, paintOrder: "stroke"}),
      Plot.ruleY([0.5], {stroke: "var(--theme-foreground-faint)", strokeDasharray: "3,3"}),
    ],
  });
}

/** The standardized weights of two models, rows {feature, model, weight}: which feature each leans on. */
export function weightsChart(rows, {width, models}) {
  const features = [...new Set(rows.map((d) => d.feature))];
  const half = (model) => (model === models[0] ? {insetBottom: 22} : {insetTop: 22});
  return Plot.plot({
    width: Math.max(360, width),
    height: 70 + 52 * features.length,
    marginLeft: 140,
    insetLeft: 36, // room for the label left of a negative bar
    marginRight: 50,
    x: {label: "weight on the standardized feature →", grid: true},
    y: {label: null, domain: features, padding: 0.1},
    color: {domain: models, range: [leakColors.honest, leakColors.offline], legend: true},
    marks: models.flatMap((model) => {
      const data = rows.filter((d) => d.model === model);
      return [
        Plot.barX(data, {x: "weight", y: "feature", fill: "model", ...half(model)}),
        // Each label sits just past the end of its bar: right of a positive bar, left of a negative one.
        Plot.text(data.filter((d) => d.weight >= 0), {x: "weight", y: "feature", text: (d) => d.weight.toFixed(2), dy: model === models[0] ? -11 : 11, dx: 4, textAnchor: "start", fontSize: 10}),
        Plot.text(data.filter((d) => d.weight < 0), {x: "weight", y: "feature", text: (d) => d.weight.toFixed(2), dy: model === models[0] ? -11 : 11, dx: -4, textAnchor: "end", fontSize: 10}),
      ];
    }).concat([Plot.ruleX([0])]),
  });
}
