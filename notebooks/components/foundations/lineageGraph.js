// The lineage DAG drawn left to right with d3: one column per layer, nodes coloured by
// kind. Hovering a node lights it and everything downstream of it (impactOf); clicking
// pins that selection. The returned element is an input: `value` is {node, impact, dependencies}
// (nodes, in pipeline order) for the pinned node (or null), and it dispatches "input" when the pin changes, so a page
// can write `const selected = view(lineageGraph(graph, {width}))`.
import * as d3 from "d3";
import {dependenciesOf, impactOf, layoutLineage, lineageKinds} from "../../lib/lineage/index.js";

/** Colour and column title of each kind, in pipeline order. */
export const kindStyle = {
  source: {color: "#4269d0", title: "raw events"},
  cleaned: {color: "#3ca951", title: "cleaned"},
  feature_view: {color: "#efb118", title: "feature views"},
  training_set: {color: "#ff725c", title: "training set"},
  model: {color: "#a463f2", title: "model"},
  endpoint: {color: "#38a3c9", title: "endpoint"},
};

export function lineageGraph(graph, {width = 640, rowHeight = 58, nodeHeight = 36, selected = null} = {}) {
  const layout = layoutLineage(graph);
  const layers = d3.max(layout.values(), (p) => p.layer) + 1;
  const maxRows = d3.max(layout.values(), (p) => p.rows);
  const margin = {top: 34, right: 6, bottom: 8, left: 6};
  const column = (width - margin.left - margin.right) / layers;
  const nodeWidth = Math.min(170, column - 14);
  const height = margin.top + maxRows * rowHeight + margin.bottom;
  const fontSize = nodeWidth < 110 ? 10.5 : 12;
  const place = (id) => {
    const {layer, row, rows} = layout.get(id);
    const x = margin.left + layer * column + (column - nodeWidth) / 2;
    const y = margin.top + (maxRows - rows) * rowHeight / 2 + row * rowHeight + (rowHeight - nodeHeight) / 2;
    return {x, y};
  };
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  // Lists of nodes read best in pipeline order (the graph's node order), not search order.
  const inGraphOrder = (ids) => graph.nodes.filter((n) => ids.includes(n.id));

  const svg = d3.create("svg")
    .attr("viewBox", [0, 0, width, height])
    .attr("width", width)
    .attr("height", height)
    .attr("class", "fslab-lineage")
    .attr("role", "img")
    .attr("aria-label", "Lineage graph: raw events to the scoring endpoint")
    .style("max-width", "100%")
    .style("font", `${fontSize}px var(--sans-serif)`);

  const kindOfLayer = d3.rollup([...layout], (v) => byId.get(v[0][0]).kind, ([, p]) => p.layer);
  svg.append("g").selectAll("text")
    .data(d3.range(layers))
    .join("text")
    .attr("x", (layer) => margin.left + layer * column + column / 2)
    .attr("y", 14)
    .attr("text-anchor", "middle")
    .attr("fill", "var(--theme-foreground-muted)")
    .style("font-size", "11px")
    .style("letter-spacing", "0.06em")
    .style("text-transform", "uppercase")
    .text((layer) => kindStyle[kindOfLayer.get(layer)]?.title ?? "");

  const link = d3.linkHorizontal().x((d) => d[0]).y((d) => d[1]);
  const edges = svg.append("g").attr("fill", "none").selectAll("path")
    .data(graph.edges)
    .join("path")
    .attr("d", ({source, target}) => {
      const s = place(source), t = place(target);
      return link({source: [s.x + nodeWidth, s.y + nodeHeight / 2], target: [t.x, t.y + nodeHeight / 2]});
    })
    .attr("stroke", "var(--theme-foreground-faint)")
    .attr("stroke-width", 1.5);

  const nodes = svg.append("g").selectAll("g")
    .data(graph.nodes)
    .join("g")
    .attr("transform", (n) => { const {x, y} = place(n.id); return `translate(${x},${y})`; })
    .attr("tabindex", 0)
    .attr("data-node", (n) => n.id)
    .style("cursor", "pointer");
  nodes.append("title").text((n) => `${kindStyle[n.kind].title}: ${n.name}\n${n.description}${n.features.length ? `\nfeatures: ${n.features.join(", ")}` : ""}`);
  nodes.append("rect")
    .attr("width", nodeWidth)
    .attr("height", nodeHeight)
    .attr("rx", 7)
    .attr("fill", (n) => `color-mix(in srgb, ${kindStyle[n.kind].color} 16%, var(--theme-background))`)
    .attr("stroke", (n) => kindStyle[n.kind].color)
    .attr("stroke-width", 1.5);
  nodes.append("text")
    .attr("x", nodeWidth / 2)
    .attr("y", nodeHeight / 2)
    .attr("text-anchor", "middle")
    .attr("fill", "var(--theme-foreground)")
    .selectAll("tspan")
    .data((n) => labelLines(n.name, nodeWidth - 10, fontSize))
    .join("tspan")
    .attr("x", nodeWidth / 2)
    .attr("dy", (_, i, all) => (i === 0 ? `${0.35 - 0.55 * (all.length - 1)}em` : "1.1em"))
    .text((line) => line);

  const selection = (id) => id && {
    node: byId.get(id),
    impact: inGraphOrder(impactOf(graph, id)),
    dependencies: inGraphOrder(dependenciesOf(graph, id)),
  };
  const root = document.createElement("div");
  root.className = "fslab-lineage-wrap";
  root.append(svg.node());
  root.value = null;

  // Emphasise `id` and its downstream impact; the edges between lit nodes turn the node's colour.
  const highlight = (id) => {
    const lit = id ? new Set([id, ...impactOf(graph, id)]) : null;
    const color = id ? kindStyle[byId.get(id).kind].color : null;
    nodes.style("opacity", (n) => (!lit || lit.has(n.id) ? 1 : 0.28))
      .select("rect").attr("stroke-width", (n) => (n.id === id ? 3 : 1.5));
    edges.attr("stroke", (e) => (lit && lit.has(e.source) && lit.has(e.target) ? color : "var(--theme-foreground-faint)"))
      .attr("stroke-width", (e) => (lit && lit.has(e.source) && lit.has(e.target) ? 2.5 : 1.5))
      .style("opacity", (e) => (!lit || (lit.has(e.source) && lit.has(e.target)) ? 1 : 0.25));
  };
  const pin = (id) => {
    root.value = selection(id);
    highlight(id);
    root.dispatchEvent(new Event("input", {bubbles: true}));
  };
  nodes
    .on("pointerenter", (_, n) => highlight(n.id))
    .on("pointerleave", () => highlight(root.value?.node.id ?? null))
    .on("click", (event, n) => { event.stopPropagation(); pin(root.value?.node.id === n.id ? null : n.id); })
    .on("keydown", (event, n) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); pin(n.id); } });
  svg.on("click", () => pin(null));
  if (selected && byId.has(selected)) {
    root.value = selection(selected);
    highlight(selected);
  }
  return root;
}

/** A legend of the kinds, as coloured swatches. */
export function lineageLegend() {
  const legend = document.createElement("div");
  legend.className = "fslab-lineage-legend";
  legend.style.cssText = "display:flex;flex-wrap:wrap;gap:4px 16px;font:13px var(--sans-serif);color:var(--theme-foreground-muted)";
  for (const kind of lineageKinds) {
    const item = document.createElement("span");
    const swatch = document.createElement("i");
    swatch.style.cssText = `display:inline-block;width:10px;height:10px;border-radius:3px;margin-right:6px;background:${kindStyle[kind].color}`;
    item.append(swatch, kindStyle[kind].title);
    legend.append(item);
  }
  return legend;
}

// Splits a label into at most two lines that fit `pixels` at `fontSize` (an estimate:
// 0.58em per character), breaking after an underscore; shortens with … what still overflows.
function labelLines(text, pixels, fontSize) {
  const max = Math.floor(pixels / (fontSize * 0.58));
  const fit = (line) => (line.length <= max ? line : `${line.slice(0, Math.max(1, max - 1))}…`);
  if (text.length <= max) return [text];
  const cut = text.lastIndexOf("_", max - 1);
  return cut > 0 ? [text.slice(0, cut + 1), fit(text.slice(cut + 1))] : [fit(text)];
}
