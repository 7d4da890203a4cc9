// The headline of "Entities, event time and feature views": four number cards (rows, profile
// rows, late arrivals, corrections). `profileHeadline` turns the rows of lib/profile's
// queries (rowCountsSql, lateArrivalsSql, correctionsSql) into the cards' figures; the page
// calls it on DuckDB's results in the browser and its first-answer loader
// (data/first/entities-event-time.json.ts) on native DuckDB's at build time, so both show the
// same numbers. `profileHeadlineCards` draws them.
import {bigNumber} from "../shell/bigNumber.js";
import {cardGrid} from "../shell/cardGrid.js";
import {formatDuration} from "../../lib/profile/formatDuration.js";

const round = (x, digits) => Number(Number(x).toFixed(digits));
const pct = (x, digits = 1) => `${(100 * x).toFixed(digits)}%`;

/**
 * The cards' figures from the queries' first rows: `rowCounts` (rows of transactions, then
 * customer_profile), `late` (rows, late, late_share) and `fix` (keys, corrected_keys,
 * corrected_share); `params` are the page's controls. `key` holds the figures as the cards
 * round them.
 */
export function profileHeadline({params, rowCounts, late, fix}) {
  const summary = {
    params,
    transactions: Number(rowCounts[0]?.rows ?? 0),
    profileRows: Number(rowCounts[1]?.rows ?? 0),
    late: Number(late.late ?? 0),
    lateShare: Number(late.late_share ?? 0),
    keys: Number(fix.keys ?? 0),
    correctedKeys: Number(fix.corrected_keys ?? 0),
  };
  summary.correctedShare = summary.correctedKeys / Math.max(1, summary.keys);
  summary.key = {
    transactions: summary.transactions,
    profileRows: summary.profileRows,
    lateShare: round(summary.lateShare, 3),
    correctedShare: round(summary.correctedShare, 4),
  };
  return summary;
}

/** The four cards side by side (wrapping on narrow screens), from profileHeadline's figures. */
export function profileHeadlineCards(h) {
  return cardGrid([
    bigNumber("transactions", h.transactions.toLocaleString("en-US"), "rows, corrections included"),
    bigNumber("profile rows", h.profileRows.toLocaleString("en-US"), "a slowly changing customer profile"),
    bigNumber("late arrivals", pct(h.lateShare), `lag over ${formatDuration(h.params.lateThreshold)}`),
    bigNumber("corrected", pct(h.correctedShare, 2), "of transactions, re-stated later"),
  ]);
}
