// The views of the features-as-APIs page (features-as-apis.md): one feature's contract as
// an API reference card, each view's staleness against its update interval, and the
// version diff of a change. Each takes data + {width} and returns a node.
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {kindStyle} from "./lineageGraph.js";
import {durationText} from "../../lib/catalog/index.js";
import {formatDuration} from "../../lib/profile/index.js";

const changeColors = {same: "#8a8f98", changed: "#d1495b", added: "#3ca951", removed: "#a463f2"};
const nodeName = (id) => id.slice(id.indexOf(":") + 1);
const nodeKind = (id) => id.slice(0, id.indexOf(":"));

/** A lineage node id as a small chip coloured by its kind, the kind in small letters before the name. */
export function nodeChip(id) {
  const style = kindStyle[nodeKind(id)] ?? {color: "#888", title: nodeKind(id)};
  return html`<span title=${id} style="display:inline-block;margin:1px 4px 1px 0;padding:0 6px;border-radius:5px;border:1px solid ${style.color};background:color-mix(in srgb, ${style.color} 12%, var(--theme-background));white-space:nowrap"><span style="font:10.5px var(--sans-serif);color:var(--theme-foreground-muted);margin-right:4px">${style.title}</span><span style="font:12px var(--monospace)">${nodeName(id)}</span></span>`;
}

/**
 * One feature as an API reference: signature (served column, dtype, keys), meaning,
 * calculation, the freshness promise and what the data shows, owner, version, upstream
 * and consumers. `checks` are the contract checks whose id names the feature or its view.
 */
export function catalogContract(feature, {width = 640, checks = []} = {}) {
  const f = feature.freshness;
  const promise = [
    f.ttlMs === null ? "no ttl: a value is served until it changes" : `values older than ${durationText(f.ttlMs)} are not served (ttl)`,
    f.updateFrequency === null ? "update frequency undocumented" : f.updateFrequency === "on_event" ? "recomputed on each upstream event" : `recomputed every ${f.updateFrequency}`,
  ].join("; ");
  const observed = f.latestEventMs === null ? "not observed"
    : `newest event ${new Date(f.latestEventMs).toISOString().slice(0, 16).replace("T", " ")} UTC${f.stalenessMs === null ? "" : `, ${formatDuration(f.stalenessMs / 1000)} before now`}`;
  const mine = checks.filter((c) => c.id === `dtype.${feature.view}.${feature.name}` || c.id === `freshness.${feature.view}`);
  const badge = (c) => html`<span title=${c.message} style="display:inline-block;margin-right:6px;padding:0 6px;border-radius:5px;color:white;background:${c.status === "pass" ? "#3a7d44" : c.status === "fail" ? "#b3261e" : "#8a8f98"};font-size:12px">${c.id.split(".")[0]} ${c.status}</span>`;
  const row = (label, value) => html`<tr><th style="width:${width < 560 ? 96 : 150}px;vertical-align:top;font-weight:500;color:var(--theme-foreground-muted);padding:4px 8px 4px 0">${label}</th><td style="padding:4px 0">${value}</td></tr>`;
  return html`<div style="max-width:${width}px">
    <div style="font:600 16px var(--monospace);margin-bottom:2px">${feature.servedAs}<span style="color:var(--theme-foreground-muted);font-weight:400">: ${feature.dtype ?? "?"}</span></div>
    <div style="margin-bottom:8px;color:var(--theme-foreground-muted)">GET by ${feature.joinKeys.map((k) => html`<code>${k}</code>`)} at an event time · version <code>${feature.version}</code></div>
    <table style="border-collapse:collapse;width:100%;max-width:none;font-size:14px">
      ${row("Meaning", feature.description ?? "—")}
      ${row("Calculation", html`<code style="white-space:normal">${feature.calculation ?? "—"}</code>`)}
      ${row("Freshness promise", promise)}
      ${row("Observed", observed)}
      ${row("Contract checks", mine.length ? mine.map(badge) : "—")}
      ${row("Owner", feature.owner ?? "—")}
      ${row("Tags", feature.tags.join(", ") || "—")}
      ${row("Upstream", feature.upstream.map(nodeChip))}
      ${row("Consumers", feature.downstream.map(nodeChip))}
    </table>
  </div>`;
}

/**
 * Each view's staleness at now (hours since its newest known event) as a bar, with its
 * update interval as a red tick where it has one ("on each event" views have none).
 * `rows`: [{view, stalenessMs, updateEveryMs}].
 */
export function catalogFreshnessChart(rows, {width = 640} = {}) {
  const data = rows.map((r) => ({...r, hours: r.stalenessMs / 3_600_000, sla: r.updateEveryMs === null ? null : r.updateEveryMs / 3_600_000}));
  const max = Math.max(1, ...data.map((d) => Math.max(d.hours, d.sla ?? 0))) * 1.15;
  return Plot.plot({
    width, height: 40 + 46 * data.length, marginLeft: 130, marginRight: 20,
    x: {label: "staleness at now (hours since the newest known event) →", domain: [0, max], grid: true},
    y: {label: null, domain: data.map((d) => d.view)},
    marks: [
      Plot.barX(data, {y: "view", x: "hours", fill: (d) => (d.sla !== null && d.hours > d.sla ? "#d1495b" : "#4269d0"), insetTop: 10, insetBottom: 10,
        title: (d) => `${d.view}: ${formatDuration(d.stalenessMs / 1000)} since its newest event${d.sla === null ? " (recomputed on each event: no interval)" : `; interval ${durationText(d.updateEveryMs)}`}`}),
      Plot.tickX(data.filter((d) => d.sla !== null), {y: "view", x: "sla", stroke: "#b3261e", strokeWidth: 3}),
      Plot.text(data, {y: "view", x: "hours", text: (d) => `${formatDuration(d.stalenessMs / 1000)}${d.sla === null ? " · on each event" : ` · interval ${durationText(d.updateEveryMs)}`}`, dx: 6, textAnchor: "start", fill: "currentColor"}),
      Plot.ruleX([0]),
    ],
  });
}

/**
 * The version diff of a change: one row per feature with its version before and after,
 * coloured by what happened (same, changed, added, removed), and the consumers to tell.
 */
export function catalogDiffTable(changes, {width = 640} = {}) {
  const narrow = width < 640;
  const version = (v) => (v === null ? html`<span style="color:var(--theme-foreground-faint)">—</span>` : html`<code>${narrow ? v.slice(0, 8) : v}</code>`);
  return html`<div style="max-width:${width}px;overflow-x:auto"><table style="border-collapse:collapse;width:100%;max-width:none;font-size:13.5px">
    <thead><tr>${["feature", "before", "after", ""].map((h) => html`<th style="text-align:left;padding:4px 8px;border-bottom:1px solid var(--theme-foreground-faint)">${h}</th>`)}</tr></thead>
    <tbody>${changes.map((c) => html`<tr style="background:${c.change === "same" ? "transparent" : `color-mix(in srgb, ${changeColors[c.change]} 10%, var(--theme-background))`}">
      <td style="padding:3px 8px;font-family:var(--monospace)">${c.view}__${c.feature}</td>
      <td style="padding:3px 8px">${version(c.before)}</td>
      <td style="padding:3px 8px">${version(c.after)}</td>
      <td style="padding:3px 8px;color:${changeColors[c.change]};font-weight:${c.change === "same" ? 400 : 600}">${c.change}</td>
    </tr>`)}</tbody>
  </table></div>`;
}
