// The Monitoring pages' first answers (issue 11) when the answer follows the page's controls.
// shell/firstAnswer.js's buildThenLive shows the build-time answer, then ONE live answer; on
// these pages the headline (the drift cards, a p99, a release's verdict…) is recomputed
// whenever a control moves, by the cell that already computes it for the rest of the page.
// A feed lets that cell push each result: the first push is the live answer the browser test
// compares with the build (so the page must push its default-controls result first), later
// pushes follow the controls.
//
//   const driftFirst = firstAnswerFeed(JSON.parse(await FileAttachment("data/first/drift.json").text()), {id: "drift"});
//   const first = driftFirst.values;                  // a cell of its own: the generator
//   display(answerFrame(first, driftCards(first)));   // build answer at once, then live ones
//   …
//   driftFirst.push({...summary, key});               // in the cell that computes the summary
import {buildThenLive} from "../shell/firstAnswer.js";

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
