// The cards of a world's headline (worldHeadline.js) on the Data-loader lab: rows, labels
// arrived, fraud among them, PSI of amount. Light (no Arrow, no lib/): the page's
// first-answer cell imports it and shows the build-time headline at once.
import {cardGrid} from "../shell/cardGrid.js";
import {driftStatusColors, formatStat} from "../monitoring/driftColors.js";

const n = (x) => Number(x).toLocaleString("en-US");
const pct = (x, d = 1) => `${(100 * x).toFixed(d)}%`;

/** Four number cards for a headline `h` (worldHeadline's value, or the same JSON from the build). */
export function worldCards(h) {
  const {known} = h;
  return cardGrid([
    ["rows", n(h.labels), `labels; ${n(h.windowRows)} per drift window`],
    ["labels arrived", pct(known.arrived / known.events), `${n(known.arrived)} of ${n(known.events)} by the world's end`],
    ["fraud among them", pct(known.arrived_fraud / Math.max(1, known.arrived), 2), `true rate ${pct(known.fraud / known.events, 2)} of all events`],
    ["PSI of amount", formatStat(h.amount.psi), `${h.amount.status}; noise floor ${formatStat(h.floor)}`, driftStatusColors[h.amount.status]],
  ], {min: 150});
}
