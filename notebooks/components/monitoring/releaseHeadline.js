// The release page's headline numbers (release-comparison.md), plain data (no DOM), so that
// the build-time first answer (data/first/release-comparison.json.ts, in Node) and the page
// make them the same way; releaseCards.js shows them.
import {studentQuantile} from "../../lib/release/studentT.js";
import {sig} from "./releaseCharts.js";
import {intervalText} from "./releaseCards.js";

/**
 * The headline of a paired comparison (lib/release's pairedComparison) of `metric` (a label)
 * over `days` days at `confidence`: the numbers the cards show, and `key`, rounded as shown.
 */
export function releaseHeadline(comparison, {metric, days, confidence}) {
  const {meanDelta, ci, se, t, df, pValue, status} = comparison;
  const multiplier = studentQuantile(0.5 + confidence / 2, df);
  return {metric, days, confidence, meanDelta, ci: [...ci], se, t, df, pValue, status, multiplier, key: {metric, days, meanDelta: sig(meanDelta), ci: intervalText(ci), status}};
}
