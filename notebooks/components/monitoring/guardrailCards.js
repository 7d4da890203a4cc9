// The guardrails page's headline cards (guardrails.md): the lab's fraud model scored out of
// time (transactions, frauds, AUC). Light on purpose: the first-answer cell imports it before
// anything heavy (the numbers: guardrailModel.js).
import {bigNumber} from "../shell/bigNumber.js";
import {cardGrid} from "../shell/cardGrid.js";
import {classColors} from "./guardrailColors.js";

/** The three cards of a headline (guardrailModel's `headline`, guardrailModel.js), in a grid; the fraud card in the page's fraud colour. */
export function guardrailCards(h, {fraudColor = classColors.fraud} = {}) {
  const n = (x) => Math.round(x).toLocaleString("en-US");
  return cardGrid([
    bigNumber("scored transactions", n(h.n), `${h.days} days after the training window; ${n(h.trainRows)} trained on`),
    bigNumber("fraud among them", n(h.positives), `${(100 * h.positives / h.n).toFixed(2)}% of the scored transactions`, {color: fraudColor}),
    bigNumber("AUC out of time", h.auc.toFixed(3), "how well the scores rank fraud above the rest"),
  ]);
}
