// The release page's first answer (issue 11): the paired comparison of AUC over the rollout's
// first 14 days at 95% (the page's default controls), on the world's model_daily (seed 7),
// made by the same lib/ calls the page makes live.
import {generateWorld} from "../../../lib/synth/index.js";
import {pairedComparison, pairsByUnit} from "../../../lib/release/index.js";
import {releaseHeadline} from "../../components/monitoring/releaseHeadline.js";

const days = 14, confidence = 0.95;
const modelDaily = generateWorld({seed: 7, scale: "small", tables: ["model_daily"]}).model_daily;
const pairs = pairsByUnit(modelDaily, {unit: "day", arm: "model", metric: "auc"});
const comparison = pairedComparison(pairs.baseline.slice(0, days), pairs.candidate.slice(0, days), {confidence});
process.stdout.write(JSON.stringify(releaseHeadline(comparison, {metric: "AUC", days, confidence})));
