// First answers of the contract pages (issue 11): a contract run's headline numbers,
// computed when the site was built (notebooks/data/first/<page>.json.ts, the same lib/
// runContract on the same faults, in Node) and shown at once; then the page's own live
// run replaces them and they keep following the page's controls (shell/firstAnswer.js's
// firstAnswerFeed). Light on purpose (no DuckDB; checkResults' Plot is the page's first
// import anyway): the cell that shows them runs at once.
//
//   const feed = firstAnswerFeed(firstBuilt, {id: "null-range-cardinality"});   // the first-answer cell
//   const first = feed.values;
//   …
//   feed.push({cards: checkCards(result, focus), key: …});   // in the cell that runs the contract
import {bigNumber} from "../shell/bigNumber.js";
import {cardGrid} from "../shell/cardGrid.js";
import {pill} from "./contractStyles.js";
import {fmtPercent} from "./checkResults.js";

export {checkCards} from "./checkCards.js";

/**
 * The cards as a grid of bigNumber cards, each with its status pill. `value(card)` and
 * `context(card)` give the big value and the line under it (default: the percent of rows and
 * the count).
 */
export function checkCardGrid(cards, {value = (c) => fmtPercent(c.percent), context = (c) => (c.count === null ? "" : `${c.count.toLocaleString("en-US")} rows`)} = {}) {
  return cardGrid(cards.map((card) => {
    const figure = document.createElement("div");
    figure.dataset.check = card.id;
    const status = document.createElement("div");
    status.style.marginTop = ".4rem";
    status.append(pill(card.status));
    figure.append(bigNumber(card.what, value(card), context(card)), status);
    return figure;
  }), {min: 160});
}

/** A schema check's headline (checkCards.js schemaSummary) as three bigNumber cards: verdict, columns delivered, properties missing. */
export function schemaCards(summary) {
  return cardGrid([
    bigNumber("verdict", summary.status.toUpperCase(), `${summary.failed} failed, ${summary.warned} warned`),
    bigNumber("columns delivered", String(summary.columns), summary.extra.length ? `extra: ${summary.extra.join(", ")}` : "none the contract does not name"),
    bigNumber("properties missing", String(summary.missing), `of ${summary.properties} in the contract`),
  ], {min: 160});
}

/** A contract run's verdict (checkCards.js runSummary) as three bigNumber cards: verdict, rows checked, checks failed. `what` names the delivery. */
export function verdictCards(summary, {what = ""} = {}) {
  return cardGrid([
    bigNumber("verdict", summary.status.toUpperCase(), what),
    bigNumber("rows checked", summary.rows.toLocaleString("en-US"), "in one aggregate scan"),
    bigNumber("checks failed", `${summary.failed} of ${summary.checks}`, summary.warned ? `and ${summary.warned} warning${summary.warned > 1 ? "s" : ""}` : "no warnings"),
  ], {min: 160});
}

/** What a CI job sees of a check: the exit code and how many checks failed ({code, failed, checks, rows}; failed null when nothing was checked). */
export function exitCards({code, failed, checks, rows}) {
  return cardGrid([
    bigNumber("exit code", String(code), code === 0 ? "the build stays green" : code === 1 ? "the build goes red: the data broke the contract" : "the job is broken: the contract does not parse"),
    bigNumber("checks failed", failed === null ? "—" : `${failed} of ${checks}`, failed === null ? "nothing was checked" : `on ${rows.toLocaleString("en-US")} rows`),
  ], {min: 160});
}
