// The data-quality page's headline cards (data-quality-over-time.md): one per signal, how late
// it caught the incident. Light on purpose: the first-answer cell imports it before anything
// heavy (the numbers: qualityMonitor.js's qualityHeadline).
import {html} from "htl";
import {bigNumber} from "../shell/bigNumber.js";
import {incidentColor, qualitySignalNames, qualityStatusColors} from "./qualityColors.js";

const DAY = 86_400_000;

/** One card per signal: its delay ("day 0", "+3 d", "missed"), when it alarmed, the first in the incident's colour. */
export function qualityCards(h) {
  const {start, days} = h;
  const dateOf = (day) => new Date(start + day * DAY).toISOString().slice(0, 10);
  const plural = (k, word) => `${k} ${word}${k === 1 ? "" : "s"}`;
  return html`<div class="grid" style="grid-template-columns: repeat(auto-fit, minmax(130px, 1fr));margin-bottom:0.25rem">${h.detections.map((d) => html`<div class="card">${bigNumber(qualitySignalNames[d.signal], d.delay === null ? "missed" : d.delay === 0 ? "day 0" : `+${d.delay} d`, d.day === null ? `no alarm in ${days - h.incidentDay} days` : `alarm on day ${d.day} (${dateOf(d.day)})${d.falseAlarms ? `, but ${plural(d.falseAlarms, "false alarm")} before` : ""}`, {color: d.delay === null ? undefined : h.first.includes(d.signal) ? incidentColor : qualityStatusColors.fail})}</div>`)}</div>`;
}
