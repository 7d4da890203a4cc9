// The feature-freshness page's headline as number cards (freshnessHeadline.js computes it):
// light imports only, so that the build-time first answer shows at once.
import {cardGrid} from "../shell/cardGrid.js";
import {formatDuration} from "../../lib/profile/formatDuration.js";

const pct = (x, digits = 1) => (x == null ? "—" : `${(100 * x).toFixed(digits)}%`);
const dur = (ms) => formatDuration(ms / 1000);

/** The headline's number cards (a grid of three .card elements). */
export function freshnessCards({cards}) {
  return cardGrid([
    ["within SLA (event time)", pct(cards.withinEvent), `newest value at most ${dur(cards.slaMs)} old`],
    ["median staleness", dur(cards.medianMs), "half the customers are fresher"],
    ["pipeline lag", dur(cards.lagMs), "since the newest event of any customer"],
  ]);
}
