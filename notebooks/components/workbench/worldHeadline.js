// The headline of a world on the Data-loader lab (data-loader-lab.md, "What changes from world
// to world"): its labels as known at the world's end (lib/labels' maturityCurve at maturity 0)
// and the PSI of amount between its two drift windows (lib/drift's driftReport, ten bins at
// the reference's deciles), with the noise floor at its window size. Plain data (no DOM), so
// that the build-time first answer (data/first/data-loader-lab.json.ts, on the same world
// generated in Node) and the page make it the same way; worldCards.js shows it.
import {driftReport, numericValues} from "../../lib/drift/index.js";
import {chiSquareApproximation} from "../../lib/drift/psiNullBand.js";
import {maturityCurve} from "../../lib/labels/index.js";
import {formatStat} from "../monitoring/driftColors.js";

/** The world's 90 days end on 2026-04-01 00:00 UTC: its labels are counted as known then. */
export const worldEnd = new Date(Date.UTC(2026, 3, 1));

/**
 * The headline of world `world` ("tiny/11/0.6") from its Arrow tables: rows of labels and of
 * each drift window, the labels known at `worldEnd` ({events, arrived, arrived_fraud, fraud}),
 * amount's drift column ({psi, status, …}) and the noise floor (chiSquareApproximation's mean
 * PSI at `bins` × the windows' rows). `key` holds what the cards show, rounded as shown.
 */
export function worldHeadline(world, labels, reference, current, {bins = 10} = {}) {
  const rows = {eventMs: numericValues(labels.getChild("event_timestamp")), labelMs: numericValues(labels.getChild("label_timestamp")), isFraud: labels.getChild("is_fraud").toArray()};
  const known = maturityCurve(rows, worldEnd.getTime(), {maxDays: 0})[0];
  const amount = driftReport(reference, current, {columns: ["amount"]}).columns[0];
  const floor = chiSquareApproximation(bins, reference.numRows, current.numRows).approxMean;
  return {
    world, labels: labels.numRows, windowRows: reference.numRows, known, floor,
    amount: {psi: amount.psi, status: amount.status},
    key: {world, labels: labels.numRows, events: known.events, arrived: known.arrived, fraud: known.arrived_fraud, truth: known.fraud, psi: formatStat(amount.psi), status: amount.status},
  };
}
