// The materialization-backfill page's headline as number cards (materializationHeadline.js
// computes it): light imports only, so that the build-time first answer shows at once.
import {bigNumber} from "../shell/bigNumber.js";
import {formatDuration} from "../../lib/profile/formatDuration.js";
import {fateColors} from "./fateColors.js";

const n = (x) => Number(x ?? 0).toLocaleString("en-US");
const hours = (ms) => formatDuration(ms / 1000);

/** The headline's four number cards (a .grid of .card elements). */
export function materializationCards({counts}) {
  const grid = document.createElement("div");
  grid.className = "grid grid-cols-4";
  for (const [label, value, context, color] of [
    ["runs", n(counts.runs), `one every ${hours(counts.cadence)}`],
    ["rows written", n(counts.read), "late ones caught included"],
    ["late, caught", n(counts.caught), `within the ${hours(counts.lookbackMs)} lookback`, fateColors.caught],
    ["late, missed", n(counts.missed), `${n(counts.missedCustomers)} customer${counts.missedCustomers === 1 ? "" : "s"} affected`, fateColors.missed],
  ]) {
    const card = document.createElement("div");
    card.className = "card";
    card.append(bigNumber(label, value, context, color ? {color} : {}));
    grid.append(card);
  }
  return grid;
}
