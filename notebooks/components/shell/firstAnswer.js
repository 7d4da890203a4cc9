// A page's first answer at once (issue 11): computed at build time by the same lib/ code
// in a data loader (notebooks/data/first/<page>.json.ts), shown the moment the page opens,
// then replaced by the same computation run live in the browser once DuckDB (or the page's
// data) is up. The page says which one the reader is looking at.
//
//   const firstBuilt = JSON.parse(await FileAttachment("data/first/drift.json").text());
//   const first = buildThenLive(firstBuilt, async () => liveDriftSummary(await db));
//
//   answerFrame(first, driftChart(first.rows, {width}))
//
// Both answers carry `key`: a few numbers that identify the result (rounded as the page
// shows them). The browser test checks that the live key equals the build-time one, so a
// page can never show a build-time answer the browser would not compute.

/** Every first answer of the page: {build, live} keys, for the browser test. */
const record = (globalThis.__fslabFirstAnswers ??= {});

/**
 * An async generator for a cell: yields `built` (with source "build") at once, then the
 * result of `live()` (source "live"). If `live()` fails, yields the built answer again with
 * source "build-only" and the error's message, so the page keeps its answer and says why.
 */
export async function* buildThenLive(built, live, {id = "first"} = {}) {
  record[id] = {build: built.key ?? null, live: null, state: "build"};
  yield {...built, source: "build"};
  try {
    const value = await live();
    record[id] = {build: built.key ?? null, live: value.key ?? null, state: "live"};
    yield {...value, source: "live"};
  } catch (error) {
    record[id] = {build: built.key ?? null, live: null, state: "failed", error: String(error?.message ?? error)};
    // duckdbClient.js's page state, written directly: importing it would delay this cell by DuckDB's module.
    (globalThis.__fslab ??= {duckdb: "idle", version: null, pending: 0, settled: 0, errors: []}).errors.push(`first answer ${id}: ${error?.message ?? error}`);
    yield {...built, source: "build-only", error: String(error?.message ?? error)};
  }
}

/**
 * Wraps a view of a first answer with a line saying where it came from: "computed when the
 * site was built (lib/ in Node)" until the live answer replaces it, then "recomputed live in
 * your browser". `answer` is a value yielded by buildThenLive.
 */
export function answerFrame(answer, content, {live = "recomputed live in your browser", build = "computed when the site was built, by the same lib/ code in Node; the live computation replaces it in a moment"} = {}) {
  const node = document.createElement("div");
  node.className = "fslab-first";
  node.dataset.fslab = "first-answer";
  node.dataset.source = answer.source;
  const line = document.createElement("div");
  line.className = "fslab-first__source";
  line.textContent =
    answer.source === "live" ? `✓ ${live}` : answer.source === "build-only" ? `Computed when the site was built; the live computation failed here: ${answer.error}` : `○ ${build}`;
  node.append(content, line);
  return node;
}

// When the answer follows the page's controls (most pages): the cell that already computes
// the headline for the rest of the page pushes each result into a feed. The first push is
// the live answer the browser test compares with the build (so the page pushes its
// default-controls result first); later pushes follow the controls.
//
//   const driftFirst = firstAnswerFeed(JSON.parse(await FileAttachment("data/first/drift.json").text()), {id: "drift"});
//   const first = driftFirst.values;                  // a cell of its own: the generator
//   display(answerFrame(first, driftCards(first)));   // build answer at once, then live ones
//   …
//   driftFirst.push({...summary, key});               // in the cell that computes the summary

/**
 * {values, push}: `values` is an async generator for a cell, yielding `built` at once
 * (source "build"), then the first pushed value through buildThenLive (source "live", its key
 * recorded for the test), then every later push (source "live"). Only the latest pending push
 * is kept: a reader that falls behind skips to the newest result. `shown` and `painted()`:
 * see below.
 */
export function firstAnswerFeed(built, {id, waitMs = 2000}) {
  let waiting = null;
  let pending = null;
  const next = () => {
    if (pending !== null) {
      const value = pending;
      pending = null;
      return Promise.resolve(value);
    }
    return new Promise((resolve) => (waiting = resolve));
  };
  const push = (value) => {
    if (waiting !== null) {
      const resolve = waiting;
      waiting = null;
      resolve(value);
    } else pending = value;
  };
  async function* values() {
    yield* buildThenLive(built, next, {id});
    for (;;) yield {...(await next()), source: "live"};
  }
  // `shown` resolves once the page says it has displayed the built answer (painted(): after
  // the next animation frame), or after `waitMs` at the latest: a cell that computes for a
  // while on the main thread awaits it, so that the built answer paints before it starts.
  let resolveShown;
  const shown = new Promise((resolve) => (resolveShown = resolve));
  setTimeout(() => resolveShown(), waitMs);
  const painted = () => requestAnimationFrame(() => setTimeout(() => resolveShown()));
  return {values: values(), push, shown, painted};
}

// A page whose live answer is computed in JavaScript on the main thread (a world generated in
// the browser, a report over its rows) awaits this before starting, so that the frame showing
// the build-time answer paints first.

/**
 * Resolves once the browser has painted twice after the call (two animation frames and a
 * task), or after `fallbackMs` when animation frames do not run (a hidden tab).
 */
export function afterFirstPaint({fallbackMs = 1000} = {}) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
      clearTimeout(timer);
      resolve();
    }, 0)));
  });
}
