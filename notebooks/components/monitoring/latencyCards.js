// The latency page's headline cards (latency-tail-risk.md): mean, p50, p99 and p99.9 of the
// requests, and the page's colours per quantile. Light on purpose: the first-answer cell
// imports it before anything heavy (the numbers come from latencyHeadline.js).
import {bigNumber} from "../shell/bigNumber.js";
import {cardGrid} from "../shell/cardGrid.js";

/** One colour per quantile, shared by every chart of the page. */
export const quantileColors = {0.5: "#4269d0", 0.9: "#6cc5b0", 0.95: "#efb118", 0.99: "#d62728", 0.999: "#8c1c13"};
export const meanColor = "#9c4fd6";
export const incidentFill = "#d62728";

/** "p50", "p99.9", … */
export const quantileName = (q) => `p${+(100 * q).toFixed(1)}`;

/** Milliseconds as the page shows them: "2.31 ms", "1.20 s". */
export const formatMs = (x, digits = 1) => (x == null || !Number.isFinite(x) ? "—" : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(digits)} ms`);

/** The four cards of a headline (latencyHeadline's value), in a grid. */
export function latencyCards(h) {
  return cardGrid([
    bigNumber("mean", formatMs(h.mean, 2), "what a dashboard average shows", {color: meanColor}),
    bigNumber("p50", formatMs(h.p50, 2), "half the requests are faster", {color: quantileColors[0.5]}),
    bigNumber("p99", formatMs(h.p99), `${(h.p99 / h.p50).toFixed(1)}× the median`, {color: quantileColors[0.99]}),
    bigNumber("p99.9", formatMs(h.p999), `max ${formatMs(h.max)}`, {color: quantileColors[0.999]}),
  ]);
}
