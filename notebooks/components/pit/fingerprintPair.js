// Two fingerprints side by side, with whether they are equal (materialization-backfill.md).
import {html} from "htl";

/** data: [{label, fingerprint, note}, {label, fingerprint, note}]. */
export function fingerprintPair([a, b], {width} = {}) {
  const equal = a.fingerprint === b.fingerprint;
  const side = (d) => html`<div style="flex:1;min-width:220px">
    <div style="font:600 12px/1.4 var(--sans-serif);letter-spacing:.05em;text-transform:uppercase;color:var(--theme-foreground-muted)">${d.label}</div>
    <code style="display:block;font:600 22px/1.4 var(--monospace);margin:.2rem 0">${d.fingerprint}</code>
    <div style="font:13px/1.4 var(--sans-serif);color:var(--theme-foreground-muted)">${d.note ?? ""}</div>
  </div>`;
  const sign = html`<div style="align-self:center;font:700 28px var(--sans-serif);color:${equal ? "#2e7d32" : "#d62728"}" title=${equal ? "equal" : "different"}>${equal ? "=" : "≠"}</div>`;
  return html`<div data-fslab="fingerprint-pair" data-equal=${equal} style="display:flex;flex-wrap:wrap;gap:1rem 1.5rem;max-width:${width ? `${width}px` : "none"}">${side(a)}${sign}${side(b)}</div>`;
}
