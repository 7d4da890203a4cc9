// The training-serving skew page's headline (training-serving-skew.md): how many features
// fail, how many requests joined, and every feature's match rate against --min-match, as
// number cards and a chart. skewHeadline is plain data (no DOM) so that the build-time
// first answer (data/first/training-serving-skew.json.ts, in Node) and the page make it the
// same way; the page's default knobs live here for the same reason.
import {bigNumber} from "../shell/bigNumber.js";
import {skewMatchChart, skewStatusColors} from "./skewCharts.js";
import {cardGrid} from "../shell/cardGrid.js";

/** The page's knobs and tolerances as they start (the served log's bugs; fslab skew's defaults). */
export const skewPageKnobs = {rows: 2000, centsShare: 0.05, closedLeftShare: 0.1, timezoneHours: -5, stalenessHours: 72, nullsAsZeroShare: 0.5, float32Share: 1, unseenCategories: 1};
export const skewPageTolerance = {rtol: 1e-6, atol: 1e-9, minMatch: 0.99};

/**
 * The headline of a skew report (lib/skew's skewReport) at `minMatch`: per feature its match
 * rate and status, the failing and differing counts, the joined rows. `key` is what the page
 * shows (counts, and match rates in percent to 2 decimals), for the first-answer test.
 */
export function skewHeadline(report, {minMatch}) {
  const columns = report.columns.map((c) => ({column: c.column, match_rate: c.match_rate, status: c.status, compared: c.compared, equal: c.equal}));
  const failing = columns.filter((c) => c.status === "fail").length;
  const differing = columns.filter((c) => c.equal < c.compared).length;
  const rows = {training: report.rows.training, serving: report.rows.serving, matched: report.rows.matched};
  return {
    columns, failing, differing, rows, minMatch,
    key: {failing, differing, matched: rows.matched, rates: columns.map((c) => (c.match_rate === null ? null : (100 * c.match_rate).toFixed(2))).join(" ")},
  };
}

/** The three cards and the match-rate chart of a headline (skewHeadline's value). */
export function skewHeadlineView(h, {width}) {
  const n = (x) => Number(x).toLocaleString("en-US");
  const chart = document.createElement("div");
  chart.className = "card";
  chart.append(skewMatchChart({columns: h.columns}, {width: Math.max(320, width - 32), minMatch: h.minMatch}));
  const node = document.createElement("div");
  node.append(
    cardGrid([
      bigNumber("features failing", `${h.failing} of ${h.columns.length}`, `match rate below ${h.minMatch}`, {color: h.failing ? skewStatusColors.fail : skewStatusColors.pass}),
      bigNumber("requests joined", n(h.rows.matched), `${n(h.rows.training)} recomputed, ${n(h.rows.serving)} served`),
      bigNumber("features with any difference", `${h.differing} of ${h.columns.length}`, h.differing > h.failing ? `${h.differing - h.failing} differ yet pass` : "every difference fails"),
    ]),
    chart,
  );
  return node;
}
