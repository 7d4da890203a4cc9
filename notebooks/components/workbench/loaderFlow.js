// The Data-loader lab's picture of one loader's trip (data-loader-lab.md): from its source
// file, run at build time, to the bytes this page fetched. Takes what the page measured.
import * as Plot from "@observablehq/plot";
import {html} from "htl";

/**
 * Five numbered boxes: the loader file, the command Framework ran, the cached output, the
 * hashed file in dist/, and what the browser received. step: {loader, command, cache, url,
 * sourceBytes, bytes, rows, columns}. As many boxes a row as fit, one a row on a phone.
 */
export function loaderFlow({loader, command, cache, url, sourceBytes, bytes, rows, columns}, {width}) {
  const n = (x) => Number(x).toLocaleString("en-US");
  const steps = [
    ["the loader", html`<code>notebooks/${loader}</code>`, `${n(sourceBytes)} bytes of TypeScript`],
    ["at build time", html`<code>${command}</code>`, "its stdout is the file; stderr goes to the build log"],
    ["cached", html`<code>${cache}</code>`, "reused while the loader is older than it"],
    ["published", html`<code>${url}</code>`, "named by a hash of its bytes"],
    ["in your browser", html`<strong>${n(bytes)}</strong> bytes of Arrow`, `${n(rows)} rows × ${n(columns)} columns, no TypeScript ran here`],
  ];
  return html`<ol class="fslab-flow" style="max-width:${width}px">${steps.map(
    ([title, body, note], i) => html`<li class="fslab-flow__step"><div class="fslab-flow__title">${i + 1} · ${title}${i < steps.length - 1 ? " →" : ""}</div><div class="fslab-flow__body">${body}</div><div class="fslab-flow__note">${note}</div></li>`
  )}</ol>`;
}

/** The flow's styles, once per page (a <style> element to display). */
export function loaderFlowStyles() {
  return html`<style>
.fslab-flow {display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 8px; margin: 1rem 0; padding: 0; list-style: none; font-size: 13px;}
.fslab-flow__step {min-width: 0; margin: 0; border: 1px solid var(--theme-foreground-faintest); border-radius: 8px; padding: 8px 10px; background: var(--theme-background-alt);}
.fslab-flow__title {font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--theme-foreground-muted); margin-bottom: 4px;}
.fslab-flow__body {overflow-wrap: anywhere;}
.fslab-flow__body code {font-size: 12px;}
.fslab-flow__note {color: var(--theme-foreground-muted); font-size: 12px; margin-top: 4px;}
</style>`;
}

/**
 * What each loader's output weighs, from the build's own file metadata (no download):
 * files: [{name, bytes}], the chosen one darker. Bytes on a log scale: the lab's outputs
 * run from kilobytes to megabytes.
 */
export function outputSizesChart(files, {width, chosen}) {
  const rows = [...files].sort((a, b) => b.bytes - a.bytes);
  const kb = (b) => (b < 1e6 ? `${(b / 1e3).toFixed(b < 1e4 ? 1 : 0)} kB` : `${(b / 1e6).toFixed(2)} MB`);
  return Plot.plot({
    width, height: 24 * rows.length + 44, marginLeft: 130, marginRight: 64,
    x: {type: "log", label: "bytes published (log scale) →", ticks: [1e3, 1e4, 1e5, 1e6, 1e7].filter((t) => t <= 2 * Math.max(...rows.map((r) => r.bytes))), tickFormat: "~s", grid: true},
    y: {domain: rows.map((r) => r.name), label: null, tickFormat: (d) => `${d}.arrow`},
    marks: [
      Plot.barX(rows, {x1: 1e3, x2: "bytes", y: "name", fill: (r) => (r.name === chosen ? "#275fa8" : "#9fb6d6")}),
      Plot.text(rows, {x: "bytes", y: "name", text: (r) => kb(r.bytes), dx: 4, textAnchor: "start", fontSize: 11}),
    ],
  });
}
