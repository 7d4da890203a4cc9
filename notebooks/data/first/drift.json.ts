// The drift page's first answer (issue 11): its headline cards at the page's default knobs
// (seed 7, 5,000 rows per window, strength 0.7, category shift 0.9, 5% in cents; 10 bins,
// eps 1e-8), made by the same lib/ calls the page makes live.
import {driftWindows} from "../../../lib/synth/index.js";
import {driftReport} from "../../../lib/drift/index.js";
import {chiSquareApproximation} from "../../../lib/drift/psiNullBand.js";
import {driftHeadline} from "../../components/monitoring/driftCards.js";

const rows = 5000, bins = 10;
const windows = driftWindows(7, rows, {strength: 0.7, categoryShift: 0.9, skew: 0.05});
const report = driftReport(windows.drift_reference, windows.drift_current, {bins, eps: 1e-8});
process.stdout.write(JSON.stringify(driftHeadline(report, chiSquareApproximation(bins, rows, rows), {bins, rows})));
