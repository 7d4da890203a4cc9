// First answers of the contract pages (issue 11): a contract run's headline numbers,
// computed when the site was built (notebooks/data/first/<page>.json.ts, the same lib/
// runContract on the same faults, in Node) and shown at once; then the page's own live
// run replaces them and, unlike a plain buildThenLive, they keep following the page's
// controls. Light on purpose (no DuckDB; checkResults' Plot is the page's first import anyway): the cell that shows them runs at once.
//
//   const feed = liveFeed();                       // in the first-answer cell
//   const first = buildThenFollow(firstBuilt, feed, {id: "null-range-cardinality"});
//   …
//   feed.push({cards: checkCards(result, focus), key: …});   // in the cell that runs the contract
import {buildThenLive} from "../shell/firstAnswer.js";
import {bigNumber} from "../shell/bigNumber.js";
import {pill} from "./contractStyles.js";
import {fmtPercent} from "./checkResults.js";

export {checkCards} from "./checkCards.js";

/**
 * A channel the page's live computation pushes each of its results into. `next(after)`
 * resolves to the newest {value, version} once a result newer than version `after` exists.
 */
export function liveFeed() {
  let version = 0;
  let latest;
  const waiting = [];
  return {
    push(value) {
      version += 1;
      latest = value;
      for (const wake of waiting.splice(0)) wake();
    },
    async next(after = 0) {
      while (version <= after) await new Promise((wake) => waiting.push(wake));
      return {value: latest, version};
    },
  };
}

/**
 * buildThenLive (its `live` is the first result pushed into `feed`, so the browser test
 * compares that one with the build's key), then every newer result the page pushes, each
 * with source "live": a first answer that goes on answering when a control moves.
 */
export async function* buildThenFollow(built, feed, {id}) {
  let seen = 0;
  const live = async () => {
    const {value, version} = await feed.next(0);
    seen = version;
    return value;
  };
  yield* buildThenLive(built, live, {id});
  for (;;) {
    const {value, version} = await feed.next(seen);
    seen = version;
    yield {...value, source: "live"};
  }
}

/**
 * The cards as a grid of bigNumber cards, each with its status pill. `value(card)` and
 * `context(card)` give the big value and the line under it (default: the percent of rows and
 * the count).
 */
export function cardGrid(cards, {value = (c) => fmtPercent(c.percent), context = (c) => (c.count === null ? "" : `${c.count.toLocaleString("en-US")} rows`)} = {}) {
  return cardRow(cards.map((card) => {
    const status = document.createElement("div");
    status.style.marginTop = ".4rem";
    status.append(pill(card.status));
    const box = cardBox(bigNumber(card.what, value(card), context(card)), status);
    box.dataset.check = card.id;
    return box;
  }));
}

/** A schema check's headline (checkCards.js schemaSummary) as three bigNumber cards: verdict, columns delivered, properties missing. */
export function schemaCards(summary) {
  return cardRow([
    bigNumber("verdict", summary.status.toUpperCase(), `${summary.failed} failed, ${summary.warned} warned`),
    bigNumber("columns delivered", String(summary.columns), summary.extra.length ? `extra: ${summary.extra.join(", ")}` : "none the contract does not name"),
    bigNumber("properties missing", String(summary.missing), `of ${summary.properties} in the contract`),
  ].map((figure) => cardBox(figure)));
}

// A row of cards as the pages lay them out (a grid of at least 160 px columns).
function cardRow(boxes) {
  const grid = document.createElement("div");
  grid.className = "grid";
  grid.style.gridTemplateColumns = "repeat(auto-fit, minmax(160px, 1fr))";
  grid.style.margin = "0";
  grid.append(...boxes);
  return grid;
}

function cardBox(...children) {
  const box = document.createElement("div");
  box.className = "card";
  box.append(...children);
  return box;
}

/** A contract run's verdict (checkCards.js runSummary) as three bigNumber cards: verdict, rows checked, checks failed. `what` names the delivery. */
export function verdictCards(summary, {what = ""} = {}) {
  return cardRow([
    bigNumber("verdict", summary.status.toUpperCase(), what),
    bigNumber("rows checked", summary.rows.toLocaleString("en-US"), "in one aggregate scan"),
    bigNumber("checks failed", `${summary.failed} of ${summary.checks}`, summary.warned ? `and ${summary.warned} warning${summary.warned > 1 ? "s" : ""}` : "no warnings"),
  ].map((figure) => cardBox(figure)));
}

/** What a CI job sees of a check: the exit code and how many checks failed ({code, failed, checks, rows}; failed null when nothing was checked). */
export function exitCards({code, failed, checks, rows}) {
  return cardRow([
    bigNumber("exit code", String(code), code === 0 ? "the build stays green" : code === 1 ? "the build goes red: the data broke the contract" : "the job is broken: the contract does not parse"),
    bigNumber("checks failed", failed === null ? "—" : `${failed} of ${checks}`, failed === null ? "nothing was checked" : `on ${rows.toLocaleString("en-US")} rows`),
  ].map((figure) => cardBox(figure)));
}
