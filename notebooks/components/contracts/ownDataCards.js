// The results headline of "Check your own data" (its 3 · The results): the verdict, the rows
// checked and the checks run, as number cards, and the checks that failed. ownDataSummary is
// plain data, so the build-time first answer (data/first/check-your-own-data.json.ts, the
// example file checked in Node) and the page's live run make it the same way. Light on
// purpose: the cell that shows the build-time answer imports this and nothing heavy.
import {bigNumber} from "../shell/bigNumber.js";
import {cardGrid} from "../shell/cardGrid.js";

/**
 * The headline of a runContract or runContracts result: status, rows, checks run, how many
 * passed, failed, warned and could not run (error), the failed checks' ids, and `where` (the
 * file's name, or "in 2 files"). `key` holds the counts, for the first-answer test.
 *
 * @example
 * ownDataSummary({status: "fail", rows: 3, checks: [{id: "a", status: "pass"}, {id: "b", status: "fail"}]}, {where: "x.csv"}).key
 * // => {status: "fail", rows: 3, checks: 2, passed: 1, failed: 1, warned: 0, errors: 0}
 */
export function ownDataSummary(result, {where = ""} = {}) {
  const count = (status) => result.checks.filter((c) => c.status === status).length;
  const counts = {passed: count("pass"), failed: count("fail"), warned: count("warn"), errors: count("error")};
  return {
    status: result.status, rows: result.rows, checks: result.checks.length, ...counts, where,
    failedIds: result.checks.filter((c) => c.status === "fail" || c.status === "error").map((c) => c.id),
    key: {status: result.status, rows: result.rows, checks: result.checks.length, ...counts},
  };
}

/** The headline (ownDataSummary's value) as three cards (verdict, rows, checks) and a line naming the checks that failed. */
export function ownDataCards(s) {
  const node = document.createElement("div");
  node.dataset.fslab = "own-data-headline";
  node.dataset.status = s.status;
  node.append(cardGrid([
    bigNumber("verdict", s.status.toUpperCase(), `${s.failed} failed, ${s.warned} warned, ${s.errors} could not run`),
    bigNumber("rows", s.rows.toLocaleString("en-US"), s.where),
    bigNumber("checks", String(s.checks), `${s.passed} passed`),
  ], {min: 160}));
  if (s.failedIds.length > 0) {
    const line = document.createElement("p");
    line.style.cssText = "font-size:13px;margin:.4rem 0 0";
    line.append(`Failed${s.errors ? " or could not run" : ""}: `);
    s.failedIds.forEach((id, i) => {
      if (i) line.append(", ");
      const code = document.createElement("code");
      code.textContent = id;
      line.append(code);
    });
    line.append(" (each is explained below).");
    node.append(line);
  }
  return node;
}
