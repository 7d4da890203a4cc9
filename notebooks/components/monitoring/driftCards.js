// The drift page's headline (drift.md): how many features drift, the largest PSI, and the
// noise floor, as number cards. driftHeadline is plain data (no DOM) so that the build-time
// first answer (data/first/drift.json.ts, in Node) and the page make it the same way.
import {bigNumber} from "../shell/bigNumber.js";
import {cardGrid} from "../shell/cardGrid.js";
import {driftStatusColors, formatStat} from "./driftColors.js";

/**
 * The headline of a drift report (lib/drift's driftReport): counts per status, the column
 * with the largest PSI, and the noise floor `noise` (lib/drift's chiSquareApproximation) at
 * `bins` × `rows`. `key` is what the page shows, rounded as shown, for the first-answer test.
 */
export function driftHeadline(report, noise, {bins, rows}) {
  const counts = {ok: 0, warn: 0, drift: 0, no_data: 0};
  for (const c of report.columns) counts[c.status]++;
  const worst = report.columns.filter((c) => c.psi !== null).reduce((a, b) => (b.psi > a.psi ? b : a));
  return {
    counts, features: report.columns.length, bins, rows,
    worst: {column: worst.column, psi: worst.psi, status: worst.status},
    noise: noise.approxMean,
    key: {drift: counts.drift, warn: counts.warn, worst: worst.column, psi: formatStat(worst.psi), noise: formatStat(noise.approxMean)},
  };
}

/** The three cards of a headline (driftHeadline's value), in a grid. */
export function driftCards(h) {
  return cardGrid([
    bigNumber("features in drift", `${h.counts.drift} of ${h.features}`, `${h.counts.warn} more in warn, ${h.counts.ok} ok`, {color: h.counts.drift ? driftStatusColors.drift : undefined}),
    bigNumber("largest PSI", formatStat(h.worst.psi), `${h.worst.column} (${h.worst.status})`),
    bigNumber("noise floor", formatStat(h.noise), `mean PSI of two samples of one distribution, ${h.bins} bins × ${h.rows.toLocaleString("en-US")} rows`),
  ]);
}
