// The learner's progress along the lab's path (issue 12), kept in this browser only
// (localStorage; nothing leaves the machine): pages visited, and exercises tried or solved.
// The config's <head> script marks each visit before any module runs (same key, same shape):
//   {visited: {"/drift": epochMs}, last: "/drift", exercises: {id: {page, state, at}}}

export const progressKey = "fslab:progress:v1";

/** The stored progress, or an empty one (private windows and blocked storage too). */
export function readProgress() {
  try {
    const value = JSON.parse(globalThis.localStorage?.getItem(progressKey) ?? "{}");
    return {visited: value.visited ?? {}, last: value.last ?? null, exercises: value.exercises ?? {}};
  } catch {
    return {visited: {}, last: null, exercises: {}};
  }
}

function write(progress) {
  try {
    globalThis.localStorage?.setItem(progressKey, JSON.stringify(progress));
  } catch {
    // storage full or blocked: progress is a convenience, the page works without it
  }
  for (const listener of listeners) listener(progress);
}

const listeners = new Set();

/** Calls `listener(progress)` after every change made on this page; returns an unsubscribe. */
export function onProgress(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Records an exercise's state. "correct" sticks: a later wrong attempt does not undo it.
 * `seen` only registers the exercise (so the map knows how many a page has).
 */
export function recordExercise(id, page, state) {
  const progress = readProgress();
  const before = progress.exercises[id];
  if (state === "seen") {
    if (before?.page === page) return;
    progress.exercises[id] = {page, state: "todo", at: null};
  } else if (before?.state !== "correct" || state === "correct") {
    progress.exercises[id] = {page, state, at: Date.now()};
  }
  write(progress);
}

/** Forgets everything (the map's "start again" button). */
export function resetProgress() {
  write({visited: {}, last: null, exercises: {}});
}

/** The path of the page this document is, as in observablehq.config.ts ("/" for the map). */
export function currentPagePath() {
  const last = location.pathname.split("/").pop().replace(/\.html$/, "");
  return last === "" || last === "index" ? "/" : `/${last}`;
}
