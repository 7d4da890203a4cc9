// The preprocessing page's headline cards (preprocessing.md): rows the spec was fitted on,
// its transforms and output columns, and whether TypeScript and SQL applied it identically.
// Light imports only, so that the build-time answer shows at once.
import {bigNumber} from "../shell/bigNumber.js";
import {cardGrid} from "../shell/cardGrid.js";

const colors = {same: "#4269d0", differ: "#e0453a"};

/** Three cards of preprocessHeadline's value (preprocessPage.js). */
export function preprocessCards(h) {
  const n = (x) => Number(x).toLocaleString("en-US");
  return cardGrid([
    bigNumber("rows fitted on", n(h.fittedRows), `the training window, ${h.trainDays} days`),
    bigNumber("transforms → columns", `${h.transforms} → ${h.columns}`, `spec v${h.version}, fingerprint ${h.fingerprint}`),
    bigNumber("TypeScript = SQL", h.allEqual ? "identical" : `max |Δ| ${h.worstDiff.toExponential(1)}`, `${h.comparisons} column comparisons over ${n(h.rows)} rows`, {color: h.allEqual ? colors.same : colors.differ}),
  ]);
}
