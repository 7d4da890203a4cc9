// The release page's headline cards (release-comparison.md): the paired comparison of the
// rollout's first days (mean delta, interval, p-value, status). Light on purpose: the
// first-answer cell imports it before anything heavy (the numbers: releaseHeadline.js).
import {bigNumber} from "../shell/bigNumber.js";
import {cardGrid} from "../shell/cardGrid.js";
import {releaseColors, sig} from "./releaseCharts.js";

const confText = (c) => `${+(100 * c).toFixed(1)}%`;
export const intervalText = (ci) => `[${sig(ci[0])}, ${sig(ci[1])}]`;
const verdicts = {better: "better", worse: "worse", inconclusive: "not shown to differ"};

/** The four cards of a headline (releaseHeadline's value), in a grid. */
export function releaseCards(h) {
  return cardGrid([
    bigNumber("mean delta", sig(h.meanDelta), `${h.metric}, candidate − baseline, ${h.days} days`),
    bigNumber(`${confText(h.confidence)} interval`, intervalText(h.ci), `mean ± ${sig(h.multiplier, 4)} × SE ${sig(h.se)}`, {color: releaseColors[h.status]}),
    bigNumber("p-value", h.pValue < 1e-4 ? h.pValue.toExponential(1) : sig(h.pValue, 2), `t ${sig(h.t)}, ${h.df} df`),
    bigNumber("status", h.status, `the candidate's ${h.metric} is ${verdicts[h.status]}`, {color: releaseColors[h.status]}),
  ]);
}
