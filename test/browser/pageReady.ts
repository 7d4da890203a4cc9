/**
 * The readiness contract every page follows, as a JavaScript expression evaluated in the
 * page (a string, so no compiler helper can leak into it). A page is ready when, for one
 * uninterrupted second:
 * - Framework shows no pending cell (no <observablehq-loading> placeholder);
 * - our components report no work in flight: globalThis.__fslab.pending is 0 (DuckDB's
 *   start, every query/load/registration, every runSql and anything passed to track()),
 *   DuckDB is not "starting", and no element has data-state="pending" (sqlCell);
 * - nothing changes: the count of settled work and the size of the page stay the same.
 * Pages without DuckDB are ready as soon as their cells have rendered and stayed put.
 * Async work that does not go through duckdbClient.js/sqlCell.js (a chunked computation,
 * a fetch) is invisible here: pass its promise to track() from duckdbClient.js.
 * A page that imports sqlCell.js must show at least one sqlCell once ready.
 */
export const pageReady = `(() => {
  const state = globalThis.__fslab ?? {pending: 0, settled: 0, duckdb: "idle"};
  const busy =
    state.pending > 0 ||
    state.duckdb === "starting" ||
    document.querySelector("observablehq-loading") !== null ||
    document.querySelector('[data-state="pending"]') !== null;
  const key = state.settled + "|" + document.body.innerHTML.length;
  const now = performance.now();
  const previous = globalThis.__fslabQuiet;
  if (busy || previous === undefined || previous.key !== key) {
    globalThis.__fslabQuiet = {key, since: now};
    return false;
  }
  return now - previous.since >= 1000;
})()`;

/** What a ready page reports about itself: failures our components and Framework show. */
export const pageProblems = `(() => ({
  errorCells: [...document.querySelectorAll(".observablehq--error")].map((e) => e.textContent.trim().slice(0, 300)),
  sqlErrors: [...document.querySelectorAll('[data-fslab="sql-cell"][data-state="error"]')].map((e) => e.textContent.trim().slice(0, 300)),
  reported: (globalThis.__fslab?.errors ?? []).map(String),
  duckdb: globalThis.__fslab?.duckdb ?? "idle",
  importsSqlCell: document.querySelector('link[rel="modulepreload"][href*="/components/shell/sqlCell."]') !== null,
  sqlCells: document.querySelectorAll('[data-fslab="sql-cell"]').length,
  firstAnswers: Object.entries(globalThis.__fslabFirstAnswers ?? {}).map(([id, a]) => ({id, state: a.state, build: JSON.stringify(a.build), live: JSON.stringify(a.live)})),
}))()`;
