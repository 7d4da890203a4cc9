// The map's view of the learner's progress along the path (issue 12): where to continue,
// and per section each page as a step, visited or not, with its exercises solved.

import {element} from "../shell/element.js";

/**
 * `course` is data/course.json ({path: [{section, pages: [{name, path}]}]}), `progress`
 * is readProgress(). Returns the element: a "continue" line and one row per section.
 */
export function pathProgress(course, progress, {width, onReset} = {}) {
  const pages = course.path.flatMap((s) => s.pages.map((p) => ({...p, section: s.section})));
  const byPage = exercisesByPage(progress);
  const visited = (p) => progress.visited[p.path] !== undefined;
  const node = element("div", "fslab-progress");
  node.dataset.fslab = "path-progress";
  node.style.maxWidth = `${width}px`;

  const last = pages.find((p) => p.path === progress.last && p.path !== "/") ?? null;
  const lastIndex = last === null ? 0 : pages.indexOf(last);
  const next = pages.slice(lastIndex + 1).find((p) => !visited(p)) ?? pages.find((p) => !visited(p) && p.path !== "/") ?? null;
  const lead = element("p", "fslab-progress__continue");
  lead.dataset.fslab = "continue";
  if (last === null) {
    lead.append("You have not started yet. Begin with ", link(pages.find((p) => p.path !== "/")), ", or pick any page: each says what it assumes.");
  } else {
    lead.append("Continue where you left off: ", link(last), ` (${last.section})`);
    if (next !== null && next !== last) lead.append(". Next on the path: ", link(next), ".");
    else lead.append(".");
  }
  node.append(lead);

  const table = element("table", "fslab-progress__table");
  for (const section of course.path) {
    const row = element("tr");
    const name = element("th", "", section.section);
    const steps = element("td", "fslab-progress__steps");
    let solved = 0;
    let seen = 0;
    for (const page of section.pages) {
      const step = element("a", "fslab-progress__step");
      step.href = page.path === "/" ? "./" : `.${page.path}`;
      const ex = byPage.get(page.path) ?? {solved: 0, seen: 0};
      solved += ex.solved;
      seen += ex.seen;
      step.title = `${page.name}${visited(page) ? " · visited" : ""}${ex.seen > 0 ? ` · exercises ${ex.solved} of ${ex.seen} solved` : ""}`;
      step.dataset.path = page.path;
      step.dataset.state = ex.seen > 0 && ex.solved === ex.seen ? "solved" : visited(page) ? "visited" : "new";
      step.textContent = ex.seen > 0 ? `${ex.solved}/${ex.seen}` : visited(page) ? "✓" : "";
      steps.append(step);
    }
    const count = section.pages.filter(visited).length;
    const summary = element("td", "fslab-progress__summary", `${count} of ${section.pages.length} read${seen > 0 ? ` · ${solved} of ${seen} exercises solved` : ""}`);
    row.append(name, steps, summary);
    table.append(row);
  }
  node.append(table);

  const foot = element("p", "fslab-progress__foot");
  foot.append("Kept in this browser only (localStorage); an exercise counts once you have opened its page. ");
  const reset = element("button", "fslab-progress__reset", "Start again");
  reset.type = "button";
  reset.dataset.fslab = "progress-reset";
  reset.addEventListener("click", () => onReset?.());
  foot.append(reset);
  node.append(foot);
  return node;
}

function exercisesByPage(progress) {
  const byPage = new Map();
  for (const {page, state} of Object.values(progress.exercises)) {
    const entry = byPage.get(page) ?? {solved: 0, seen: 0};
    entry.seen++;
    if (state === "correct") entry.solved++;
    byPage.set(page, entry);
  }
  return byPage;
}

function link(page) {
  const a = element("a", "", page.name);
  a.href = page.path === "/" ? "./" : `.${page.path}`;
  return a;
}
